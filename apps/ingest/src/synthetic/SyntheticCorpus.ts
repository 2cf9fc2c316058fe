/** A whole synthetic corpus: N articles for a seed over a date range, as a lazy sequence and written to a folder. */
import { Effect, Schema } from "effect"
import * as fs from "node:fs/promises"
import * as path from "node:path"
import { syntheticArticle, type SyntheticArticle } from "./SyntheticArticle.ts"

export interface CorpusOptions {
  readonly articles: number
  readonly seed: number
  /** First publication date, YYYY-MM-DD (default 2020-01-01). */
  readonly from?: string
  /** Last publication date, YYYY-MM-DD (default 2025-12-31). */
  readonly to?: string
}

export const DEFAULT_FROM = "2020-01-01"
export const DEFAULT_TO = "2025-12-31"

/** The corpus's articles one by one, never all in memory. */
export function* syntheticCorpus(options: CorpusOptions): Generator<SyntheticArticle> {
  const from = options.from ?? DEFAULT_FROM
  const to = options.to ?? DEFAULT_TO
  for (let i = 0; i < options.articles; i++) yield syntheticArticle(options.seed, i, from, to)
}

/** Writing the corpus failed; names the file or folder. */
export class CorpusWriteError extends Schema.TaggedError<CorpusWriteError>()("CorpusWriteError", {
  path: Schema.String,
  detail: Schema.String
}) {
  override get message(): string {
    return `cannot write ${this.path}: ${this.detail}`
  }
}

const BATCH = 64

/** Writes the corpus into `dir` (created if missing), a few files at a time; returns how many were written. */
export const writeCorpus = (dir: string, options: CorpusOptions): Effect.Effect<number, CorpusWriteError> =>
  Effect.gen(function* () {
    yield* Effect.tryPromise({
      try: () => fs.mkdir(dir, { recursive: true }),
      catch: (e) => new CorpusWriteError({ path: dir, detail: String(e) })
    })
    let written = 0
    let batch: Array<SyntheticArticle> = []
    const flush = (articles: ReadonlyArray<SyntheticArticle>) =>
      Effect.forEach(
        articles,
        (a) => {
          const file = path.join(dir, a.fileName)
          return Effect.tryPromise({
            try: () => fs.writeFile(file, a.text, "utf8"),
            catch: (e) => new CorpusWriteError({ path: file, detail: String(e) })
          })
        },
        { concurrency: 8, discard: true }
      )
    for (const article of syntheticCorpus(options)) {
      batch.push(article)
      if (batch.length === BATCH) {
        yield* flush(batch)
        written += batch.length
        batch = []
      }
    }
    yield* flush(batch)
    return written + batch.length
  })
