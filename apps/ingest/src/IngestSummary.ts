/** The running totals of a batch, folded from its file outcomes. */
import { FileOutcome } from "./FileOutcome.ts"

export interface IngestSummary {
  readonly files: number
  readonly added: number
  readonly replaced: number
  readonly unchanged: number
  readonly failed: number
  readonly statements: number
  readonly incidents: number
  readonly linked: number
  readonly elapsedMs: number
}

export const emptySummary: IngestSummary = {
  files: 0, added: 0, replaced: 0, unchanged: 0, failed: 0, statements: 0, incidents: 0, linked: 0, elapsedMs: 0
}

/** Adds one file's outcome to the totals. */
export const addOutcome = (summary: IngestSummary, outcome: FileOutcome): IngestSummary => {
  const files = summary.files + 1
  return FileOutcome.$match(outcome, {
    Added: (o) => ({ ...summary, files, added: summary.added + 1, statements: summary.statements + o.statements, incidents: summary.incidents + o.incidents, linked: summary.linked + o.linked }),
    Replaced: (o) => ({ ...summary, files, replaced: summary.replaced + 1, statements: summary.statements + o.statements, incidents: summary.incidents + o.incidents, linked: summary.linked + o.linked }),
    Unchanged: () => ({ ...summary, files, unchanged: summary.unchanged + 1 }),
    Failed: () => ({ ...summary, files, failed: summary.failed + 1 })
  })
}
