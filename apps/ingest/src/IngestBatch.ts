/** Ingests many files as a stream: reads and triages them, extracts at the extractor's concurrency, saves them in groups (one transaction each), in input order. */
import type { ArticleRepository } from "@wirewatch/store"
import { Effect, Stream } from "effect"
import type { ArticleFileRef } from "./ArticleFiles.ts"
import { ArticleExtractor } from "./ArticleExtractor.ts"
import type { FileOutcome } from "./FileOutcome.ts"
import { extractPending, isOutcome, saveExtractedGroup, triageFile } from "./IngestFile.ts"
import { addOutcome, emptySummary, type IngestSummary } from "./IngestSummary.ts"

/**
 * Articles per transaction: a commit (and its fsync) per article costs more than saving it; a few hundred amortize
 * it while keeping the memory held by a group small. A group also closes after SAVE_GROUP_WAIT, so outcomes keep
 * flowing when extraction is slow.
 */
export const SAVE_GROUP_SIZE = 250
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
  options: BatchOptions
): Effect.Effect<IngestSummary, never, ArticleRepository | ArticleExtractor> =>
  Effect.gen(function* () {
    const extractor = yield* ArticleExtractor
    const started = performance.now()
    if (options.onStart !== undefined) yield* options.onStart(files.length)
    const summary = yield* Stream.fromIterable(files).pipe(
      Stream.mapEffect(triageFile),
      Stream.mapEffect((t) => (isOutcome(t) ? Effect.succeed(t) : extractPending(t)), { concurrency: extractor.concurrency }),
      // SQLite has one writer: transactions go one after another.
      Stream.groupedWithin(SAVE_GROUP_SIZE, SAVE_GROUP_WAIT),
      Stream.mapEffect((group) => saveExtractedGroup(group)),
      Stream.flattenIterables,
      Stream.tap(options.onOutcome),
      Stream.runFold(emptySummary, addOutcome)
    )
    return { ...summary, elapsedMs: performance.now() - started }
  })
