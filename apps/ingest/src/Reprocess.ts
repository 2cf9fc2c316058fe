/** Re-extracts stored articles that an older extractor version produced, replacing their extractions in grouped transactions (each article all or nothing). */
import { parseArticleText, type ArticleId, type StoreError } from "@wirewatch/domain"
import { EXTRACTOR_VERSION } from "@wirewatch/extract"
import { ArticleRepository } from "@wirewatch/store"
import { Effect, Either, Stream } from "effect"
import type { ArticleFileRef } from "./ArticleFiles.ts"
import { ArticleExtractor } from "./ArticleExtractor.ts"
import { FileOutcome } from "./FileOutcome.ts"
import { type BatchOptions, SAVE_GROUP_SIZE, SAVE_GROUP_WAIT } from "./IngestBatch.ts"
import { extractPending, isOutcome, saveExtractedGroup, type PendingArticle } from "./IngestFile.ts"
import { addOutcome, emptySummary, type IngestSummary } from "./IngestSummary.ts"

/** Loads a stored article's text and parses it again, exactly as when it was first ingested. */
const loadStored = (
  stored: StoredArticleRef
): Effect.Effect<PendingArticle | FileOutcome, never, ArticleRepository> => {
  const file: ArticleFileRef = { path: stored.fileName, displayName: stored.fileName }
  return Effect.gen(function* () {
    const repository = yield* ArticleRepository
    const detail = yield* repository.getArticle(stored.id)
    const parsed = parseArticleText(detail.article.fileName, detail.article.text)
    if (Either.isLeft(parsed)) return yield* parsed.left
    return { file, parsed: parsed.right, articleId: stored.id } satisfies PendingArticle
  }).pipe(Effect.catchAll((failure) => Effect.succeed(FileOutcome.Failed({ file: file.displayName, failure }))))
}

export interface StoredArticleRef {
  readonly id: ArticleId
  readonly fileName: string
}

/** The stored articles whose extractor version is not the current one. */
export const outdatedArticles: Effect.Effect<ReadonlyArray<StoredArticleRef>, StoreError, ArticleRepository> = Effect.gen(function* () {
  const repository = yield* ArticleRepository
  const versions = yield* repository.articleVersions()
  return versions.filter((v) => v.extractorVersion !== EXTRACTOR_VERSION)
})

/** Re-extracts the given stored articles; each becomes a Replaced (or Failed) outcome. */
export const reprocessArticles = (
  outdated: ReadonlyArray<StoredArticleRef>,
  options: BatchOptions
): Effect.Effect<IngestSummary, never, ArticleRepository | ArticleExtractor> =>
  Effect.gen(function* () {
    const extractor = yield* ArticleExtractor
    const started = performance.now()
    if (options.onStart !== undefined) yield* options.onStart(outdated.length)
    const summary: IngestSummary = yield* Stream.fromIterable(outdated).pipe(
      Stream.mapEffect(loadStored, { concurrency: 4 }),
      Stream.mapEffect((t) => (isOutcome(t) ? Effect.succeed(t) : extractPending(t)), { concurrency: extractor.concurrency }),
      Stream.groupedWithin(SAVE_GROUP_SIZE, SAVE_GROUP_WAIT),
      Stream.mapEffect((group) => saveExtractedGroup(group, true)),
      Stream.flattenIterables,
      Stream.tap(options.onOutcome),
      Stream.runFold(emptySummary, addOutcome)
    )
    return { ...summary, elapsedMs: performance.now() - started }
  })
