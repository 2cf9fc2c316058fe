/** Chooses where articles are extracted: in this thread for small batches, in a worker pool for large ones (or as `--workers` says). */
import type { Layer } from "effect"
import { availableParallelism } from "node:os"
import { ArticleExtractorInProcess, type ArticleExtractor } from "./ArticleExtractor.ts"
import { ArticleExtractorPool } from "./ArticleExtractorPool.ts"

/** Below this many articles, starting workers (each loads the extractor) costs more than it saves. */
export const POOL_MIN_ARTICLES = 200

/** `auto`: one thread per core beyond the main one (at most 4) when there are at least 3 cores; a number: exactly that many (0: none). */
export type WorkerSetting = number | "auto"

/**
 * Threads `auto` starts: none on 2 cores, where measured runs were slower with a worker (the main thread's
 * saving already takes one core) and each worker holds its own copy of the extractor's data (~300 MB RSS).
 */
export const autoWorkerCount = (cores: number = availableParallelism()): number => (cores < 3 ? 0 : Math.min(4, cores - 1))

export const extractorFor = (articles: number, workers: WorkerSetting): Layer.Layer<ArticleExtractor> => {
  if (workers === "auto") {
    const threads = autoWorkerCount()
    return articles >= POOL_MIN_ARTICLES && threads > 0 ? ArticleExtractorPool(threads) : ArticleExtractorInProcess
  }
  return workers === 0 ? ArticleExtractorInProcess : ArticleExtractorPool(workers)
}
