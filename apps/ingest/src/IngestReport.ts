/** How ingest reports: one line per file and a summary line, as aligned text for people or JSON lines for scripts. */
import { FileOutcome, type FileFailure } from "./FileOutcome.ts"
import type { IngestSummary } from "./IngestSummary.ts"

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`

const countsText = (o: { readonly statements: number; readonly incidents: number; readonly linked: number }): string =>
  `${plural(o.statements, "statement")}, ${plural(o.incidents, "incident")}${o.linked > 0 ? ` (${o.linked} linked)` : ""}`

/** The problem, said for a person: the detail, then the machine-readable problem code where there is one. */
export const describeFailure = (failure: FileFailure): string => {
  switch (failure._tag) {
    case "ArticleParseError":
      return `${failure.detail} (${failure.problem})`
    case "FileReadError":
      return `cannot read the file: ${failure.detail}`
    case "ExtractionError":
      return `extraction failed: ${failure.detail}`
    case "StoreError":
    case "NotFound":
      return failure.message
  }
}

/** `added     ua-01.txt  3 statements, 1 incident (1 linked)`. */
export const outcomeLine = (outcome: FileOutcome): string =>
  FileOutcome.$match(outcome, {
    Added: (o) => `added     ${o.file}  ${countsText(o)}`,
    Replaced: (o) => `replaced  ${o.file}  ${countsText(o)}`,
    Unchanged: (o) => `unchanged ${o.file}`,
    Failed: (o) => `failed    ${o.file}: ${describeFailure(o.failure)}`
  })

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)}s`

/** `12 files: 9 added, 2 unchanged, 1 failed; 27 statements, 5 incidents (2 linked) in 1.3s`. */
export const summaryLine = (s: IngestSummary): string => {
  const parts = [`${s.added} added`]
  if (s.replaced > 0) parts.push(`${s.replaced} replaced`)
  parts.push(`${s.unchanged} unchanged`, `${s.failed} failed`)
  return `${plural(s.files, "file")}: ${parts.join(", ")}; ${countsText(s)} in ${seconds(s.elapsedMs)}`
}

/** One JSON object per file, for scripts. */
export const outcomeJson = (outcome: FileOutcome): string =>
  JSON.stringify(
    FileOutcome.$match(outcome, {
      Added: (o) => ({ type: "file", status: "added", file: o.file, articleId: o.articleId, statements: o.statements, incidents: o.incidents, linked: o.linked }),
      Replaced: (o) => ({ type: "file", status: "replaced", file: o.file, articleId: o.articleId, statements: o.statements, incidents: o.incidents, linked: o.linked }),
      Unchanged: (o) => ({ type: "file", status: "unchanged", file: o.file, articleId: o.articleId }),
      Failed: (o) => ({
        type: "file",
        status: "failed",
        file: o.file,
        error: o.failure._tag,
        ...(o.failure._tag === "ArticleParseError" ? { problem: o.failure.problem } : {}),
        message: describeFailure(o.failure)
      })
    })
  )

export const summaryJson = (s: IngestSummary): string => JSON.stringify({ type: "summary", ...s, elapsedMs: Math.round(s.elapsedMs) })
