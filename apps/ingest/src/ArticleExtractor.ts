/** The extraction step as a service, so the batch does not care whether articles are extracted in this thread or in worker threads. */
import type { ArticleExtraction, ParsedArticleFile } from "@wirewatch/domain"
import { EXTRACTOR_VERSION, extractArticle } from "@wirewatch/extract"
import { Context, Effect, Either, Layer } from "effect"
import { ExtractionError } from "./IngestErrors.ts"

export interface ArticleExtractorShape {
  /** Version stamped on every extraction it makes. */
  readonly version: string
  /** How many articles the batch may hand it at once (1 in process; the pool size with workers). */
  readonly concurrency: number
  readonly extract: (parsed: ParsedArticleFile) => Effect.Effect<ArticleExtraction, ExtractionError>
  /** Extracts many at once (all handed over together, so worker threads never wait for the next); results in input order. */
  readonly extractAll: (parsed: ReadonlyArray<ParsedArticleFile>) => Effect.Effect<ReadonlyArray<Either.Either<ArticleExtraction, ExtractionError>>>
}

export class ArticleExtractor extends Context.Tag("@wirewatch/ingest/ArticleExtractor")<ArticleExtractor, ArticleExtractorShape>() {}

const extractHere = (parsed: ParsedArticleFile): Either.Either<ArticleExtraction, ExtractionError> =>
  Either.try({
    try: () => extractArticle(parsed),
    catch: (e) => new ExtractionError({ file: parsed.fileName, detail: e instanceof Error ? e.message : String(e) })
  })

/** Extraction in the current thread: pure CPU work, so one at a time. */
export const ArticleExtractorInProcess: Layer.Layer<ArticleExtractor> = Layer.succeed(ArticleExtractor, {
  version: EXTRACTOR_VERSION,
  concurrency: 1,
  extract: (parsed) => Effect.suspend(() => extractHere(parsed)),
  extractAll: (parsed) => Effect.sync(() => parsed.map(extractHere))
})
