/** Chooses where articles are extracted: in this thread for small batches, in a worker pool for large ones (or as `--workers` says). */
import type { Layer } from "effect"
import { availableParallelism } from "node:os"
import { ArticleExtractorInProcess, type ArticleExtractor } from "./ArticleExtractor.ts"
import { ArticleExtractorPool } from "./ArticleExtractorPool.ts"

/** Below this many articles, starting workers (each loads the extractor) costs more than it saves. */
export const POOL_MIN_ARTICLES = 200

/** `auto`: one thread per core beyond the main one (at most 4); a number: exactly that many (0: none). */
export type WorkerSetting = number | "auto"

/**
 * Threads `auto` starts: one per core beyond the main one, which reads and saves. On 2 cores one worker now pays
 * (10k synthetic articles, same loaded machine: 140 s with it, 229 s without) since saves are grouped in
 * transactions and extractions cross without re-validation; each worker still holds its own copy of the
 * extractor's data (~150 MB RSS), and so does the main thread while it imports the extractor for `articleIdOf`.
 */
export const autoWorkerCount = (cores: number = availableParallelism()): number => (cores < 2 ? 0 : Math.min(4, cores - 1))

export const extractorFor = (articles: number, workers: WorkerSetting): Layer.Layer<ArticleExtractor> => {
  if (workers === "auto") {
    const threads = autoWorkerCount()
    return articles >= POOL_MIN_ARTICLES && threads > 0 ? ArticleExtractorPool(threads) : ArticleExtractorInProcess
  }
  return workers === 0 ? ArticleExtractorInProcess : ArticleExtractorPool(workers)
}
