/** Ingests one article file in three steps (triage, extract, save) that the batch can run at different concurrency. */
import {
  ArticleParseError,
  MAX_ARTICLE_BYTES,
  parseArticleBytes,
  type ArticleExtraction,
  type ArticleId,
  type ParsedArticleFile
} from "@wirewatch/domain"
import { articleIdOf } from "@wirewatch/extract"
import { ArticleRepository, type SaveResult } from "@wirewatch/store"
import { Effect, Either } from "effect"
import * as fs from "node:fs"
import * as path from "node:path"
import type { ArticleFileRef } from "./ArticleFiles.ts"
import { ArticleExtractor } from "./ArticleExtractor.ts"
import { FileOutcome, type FileFailure } from "./FileOutcome.ts"
import { FileReadError } from "./IngestErrors.ts"

/** A parsed article whose content is not stored yet. */
export interface PendingArticle {
  readonly file: ArticleFileRef
  readonly parsed: ParsedArticleFile
  readonly articleId: ArticleId
}

/** An extraction waiting for its transaction. */
export interface ExtractedArticle {
  readonly file: ArticleFileRef
  readonly extraction: ArticleExtraction
}

const failed = (file: ArticleFileRef) => (failure: FileFailure) => Effect.succeed(FileOutcome.Failed({ file: file.displayName, failure }))

const readError = (file: ArticleFileRef) => (e: unknown) =>
  new FileReadError({ file: file.displayName, detail: e instanceof Error ? e.message : String(e) })

/**
 * Reads a file's bytes, refusing one too large to be an article before reading it.
 * Synchronous on purpose: articles are small and cached, and a blocking read costs the CLI's one busy thread
 * far less than the promise machinery of an asynchronous one.
 */
export const readArticleBytes = (file: ArticleFileRef): Effect.Effect<Uint8Array, FileReadError | ArticleParseError> =>
  Effect.suspend((): Effect.Effect<Uint8Array, FileReadError | ArticleParseError> => {
    let size: number
    try {
      size = fs.statSync(file.path).size
    } catch (e) {
      return Effect.fail(readError(file)(e))
    }
    if (size > MAX_ARTICLE_BYTES) {
      return Effect.fail(new ArticleParseError({
        file: path.basename(file.path),
        problem: "too-large",
        detail: `file is ${size} bytes; the limit is ${MAX_ARTICLE_BYTES}`
      }))
    }
    try {
      return Effect.succeed(fs.readFileSync(file.path))
    } catch (e) {
      return Effect.fail(readError(file)(e))
    }
  })

/** Reads and parses the file and looks its content hash up: already stored, failed, or pending extraction. */
export const triageFile = (
  file: ArticleFileRef
): Effect.Effect<PendingArticle | FileOutcome, never, ArticleRepository> =>
  Effect.gen(function* () {
    const bytes = yield* readArticleBytes(file)
    const parsed = parseArticleBytes(path.basename(file.path), bytes)
    if (Either.isLeft(parsed)) return yield* parsed.left
    const articleId = articleIdOf(parsed.right.text)
    const repository = yield* ArticleRepository
    if (yield* repository.hasArticle(articleId)) return FileOutcome.Unchanged({ file: file.displayName, articleId })
    return { file, parsed: parsed.right, articleId } satisfies PendingArticle
  }).pipe(Effect.catchAll(failed(file)))

/**
 * Triage for a group of files: each read and parsed as `triageFile` does, and one query for which are stored.
 * Pending articles and outcomes come back in input order.
 */
export const triageFiles = (
  files: ReadonlyArray<ArticleFileRef>
): Effect.Effect<ReadonlyArray<PendingArticle | FileOutcome>, never, ArticleRepository> =>
  Effect.gen(function* () {
    const read = yield* Effect.forEach(files, (file) =>
      readArticleBytes(file).pipe(
        Effect.flatMap((bytes) => parseArticleBytes(path.basename(file.path), bytes)),
        Effect.map((parsed): PendingArticle => ({ file, parsed, articleId: articleIdOf(parsed.text) })),
        Effect.catchAll(failed(file))
      )
    )
    const pending = read.filter((r): r is PendingArticle => !isOutcome(r))
    if (pending.length === 0) return read
    const repository = yield* ArticleRepository
    const stored = yield* Effect.either(repository.storedArticleIds(pending.map((p) => p.articleId)))
    return read.map((r) => {
      if (isOutcome(r)) return r
      if (Either.isLeft(stored)) return FileOutcome.Failed({ file: r.file.displayName, failure: stored.left })
      return stored.right.has(r.articleId) ? FileOutcome.Unchanged({ file: r.file.displayName, articleId: r.articleId }) : r
    })
  })

/** Extracts a group's pending articles together (see ArticleExtractor.extractAll); outcomes pass through, order kept. */
export const extractGroup = (
  items: ReadonlyArray<PendingArticle | FileOutcome>
): Effect.Effect<ReadonlyArray<ExtractedArticle | FileOutcome>, never, ArticleExtractor> =>
  Effect.gen(function* () {
    const pending = items.filter((i): i is PendingArticle => !isOutcome(i))
    if (pending.length === 0) return items as ReadonlyArray<FileOutcome>
    const extractor = yield* ArticleExtractor
    const extracted = yield* extractor.extractAll(pending.map((p) => p.parsed))
    const byPending = new Map(pending.map((p, i) => [p, extracted[i]!]))
    return items.map((i): ExtractedArticle | FileOutcome => {
      if (isOutcome(i)) return i
      const e = byPending.get(i)!
      return Either.isRight(e) ? { file: i.file, extraction: e.right } : FileOutcome.Failed({ file: i.file.displayName, failure: e.left })
    })
  })

/** Extracts a pending article (pure CPU work, possibly off-thread). */
export const extractPending = (
  pending: PendingArticle
): Effect.Effect<ExtractedArticle | FileOutcome, never, ArticleExtractor> =>
  Effect.gen(function* () {
    const extractor = yield* ArticleExtractor
    const extraction = yield* extractor.extract(pending.parsed)
    return { file: pending.file, extraction } satisfies ExtractedArticle
  }).pipe(Effect.catchAll(failed(pending.file)))

/** The outcome of a save, by what it did. */
const outcomeOf = (file: string, result: SaveResult): FileOutcome => {
  const counts = { statements: result.statements, incidents: result.incidents, linked: result.linkedReports }
  switch (result.status) {
    case "unchanged":
      return FileOutcome.Unchanged({ file, articleId: result.articleId })
    case "replaced":
      return FileOutcome.Replaced({ file, articleId: result.articleId, ...counts })
    case "inserted":
      return FileOutcome.Added({ file, articleId: result.articleId, ...counts })
  }
}

/**
 * Saves the extracted articles of a group in one transaction, each still all or nothing (see
 * `ArticleRepository.saveExtractions`); items that are already outcomes pass through. Outcomes keep input order.
 */
export const saveExtractedGroup = (
  items: Iterable<ExtractedArticle | FileOutcome>,
  replace = false
): Effect.Effect<ReadonlyArray<FileOutcome>, never, ArticleRepository> =>
  Effect.gen(function* () {
    const all = [...items]
    const extracted = all.filter((i): i is ExtractedArticle => !isOutcome(i))
    if (extracted.length === 0) return all as ReadonlyArray<FileOutcome>
    const repository = yield* ArticleRepository
    const saved = yield* Effect.either(repository.saveExtractions(extracted.map((e) => ({ extraction: e.extraction, replace }))))
    const results = new Map(
      extracted.map((e, i): [ExtractedArticle, FileOutcome] => {
        const file = e.file.displayName
        if (Either.isLeft(saved)) return [e, FileOutcome.Failed({ file, failure: saved.left })]
        const result = saved.right[i]!
        return [e, Either.isLeft(result) ? FileOutcome.Failed({ file, failure: result.left }) : outcomeOf(file, result.right)]
      })
    )
    return all.map((i) => (isOutcome(i) ? i : results.get(i)!))
  })

/** Saves one extraction in one transaction; `replace` re-saves a stored article (re-extraction). */
export const saveExtracted = (
  extracted: ExtractedArticle,
  replace = false
): Effect.Effect<FileOutcome, never, ArticleRepository> =>
  Effect.gen(function* () {
    const repository = yield* ArticleRepository
    const result = yield* repository.saveExtraction(extracted.extraction, replace ? { replace: true } : undefined)
    return outcomeOf(extracted.file.displayName, result)
  }).pipe(Effect.catchAll(failed(extracted.file)))

export const isOutcome = (value: PendingArticle | ExtractedArticle | FileOutcome): value is FileOutcome => "_tag" in value

/** All three steps for one file. */
export const ingestFile = (file: ArticleFileRef): Effect.Effect<FileOutcome, never, ArticleRepository | ArticleExtractor> =>
  triageFile(file).pipe(
    Effect.flatMap((triaged) => (isOutcome(triaged) ? Effect.succeed(triaged) : extractPending(triaged))),
    Effect.flatMap((extracted) => (isOutcome(extracted) ? Effect.succeed(extracted) : saveExtracted(extracted)))
  )
