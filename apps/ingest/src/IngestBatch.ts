/** Ingests many files group by group: reads and triages a group, extracts it, saves it in one transaction, in input order; the next group is extracted while this one is saved. */
import type { ArticleRepository } from "@wirewatch/store"
import { Effect, Fiber, Option } from "effect"
import type { ArticleFileRef } from "./ArticleFiles.ts"
import type { ArticleExtractor } from "./ArticleExtractor.ts"
import type { FileOutcome } from "./FileOutcome.ts"
import { collectGarbage } from "./HeapTrim.ts"
import { extractGroup, saveExtractedGroup, triageFiles } from "./IngestFile.ts"
import { addOutcome, emptySummary, type IngestSummary } from "./IngestSummary.ts"

/**
 * Articles per transaction: a commit (and its fsync) per article costs more than saving it; a few hundred amortize
 * it while keeping the memory held by a group small (at most two groups are in memory: one saving, one extracting).
 */
export const SAVE_GROUP_SIZE = 250
/** Groups between full collections of the main thread's heap (see HeapTrim). */
const COLLECT_EVERY_GROUPS = 4

/** Reprocess (a stream) closes a group after this long, so outcomes keep flowing when extraction is slow. */
export const SAVE_GROUP_WAIT = "500 millis"

export interface BatchOptions {
  /** Called once with the number of files before the first is ingested. */
  readonly onStart?: (total: number) => Effect.Effect<void>
  /** Called with each file's outcome, in input order, as soon as it is known. */
  readonly onOutcome: (outcome: FileOutcome) => Effect.Effect<void>
}

/** Runs the files through triage, extraction and saving; never fails: each bad file becomes a Failed outcome. */
export const ingestBatch = (
  files: ReadonlyArray<ArticleFileRef>,
  options: BatchOptions,
  groupSize: number = SAVE_GROUP_SIZE
): Effect.Effect<IngestSummary, never, ArticleRepository | ArticleExtractor> =>
  Effect.gen(function* () {
    const started = performance.now()
    if (options.onStart !== undefined) yield* options.onStart(files.length)
    const groups = Array.from({ length: Math.ceil(files.length / groupSize) }, (_, i) => files.slice(i * groupSize, (i + 1) * groupSize))
    let summary = emptySummary
    // Triage reads the database, so it runs between saves (the connection is the transaction's while one runs); the
    // next group goes to the extractor before this one is saved, so extraction and saving overlap.
    const startExtracting = (group: ReadonlyArray<ArticleFileRef>) =>
      Effect.flatMap(triageFiles(group), (triaged) => Effect.zipLeft(Effect.fork(extractGroup(triaged)), Effect.yieldNow()))
    let next = groups.length > 0 ? yield* startExtracting(groups[0]!) : undefined
    for (let i = 0; next !== undefined; i++) {
      // Every fourth group, when waiting for the extractor anyway: a full collection keeps the heap near its live size.
      if (i % COLLECT_EVERY_GROUPS === COLLECT_EVERY_GROUPS - 1 && Option.isNone(yield* Fiber.poll(next))) collectGarbage()
      const ready = yield* Fiber.join(next)
      next = i + 1 < groups.length ? yield* startExtracting(groups[i + 1]!) : undefined
      for (const outcome of yield* saveExtractedGroup(ready)) {
        yield* options.onOutcome(outcome)
        summary = addOutcome(summary, outcome)
      }
    }
    return { ...summary, elapsedMs: performance.now() - started }
  })
