/** How cost grows with the corpus: per-article ingest time and database bytes at the small and the large size, side by side. */
import { msPerArticle, type IngestRun } from "./IngestThroughput.ts"
import { figure, type Section } from "./Measurement.ts"
import { flatGrowth } from "./Verdict.ts"

/** Milliseconds per file between the first two and the last two checkpoints of a run: the pace at a small and at a full database. */
export const checkpointPaces = (run: IngestRun): { readonly first: number | null; readonly last: number | null } => {
  const c = run.checkpoints
  if (c.length < 3) return { first: null, last: null }
  return { first: ((c[1]! - c[0]!) * 1000) / run.checkpointEvery, last: ((c[c.length - 1]! - c[c.length - 2]!) * 1000) / run.checkpointEvery }
}

/** Milliseconds per file from the first checkpoint to the last: the run's pace without its start-up (loading the extractor's data). */
export const steadyMsPerArticle = (run: IngestRun): number | null => {
  const c = run.checkpoints
  return c.length < 2 ? null : ((c[c.length - 1]! - c[0]!) * 1000) / ((c.length - 1) * run.checkpointEvery)
}

/** Milliseconds per file over the last `intervals` stretches between checkpoints: what a file costs once the database is at its largest. */
export const latePace = (run: IngestRun, intervals = 3): number | null => {
  const c = run.checkpoints
  const n = Math.min(intervals, c.length - 1)
  return n < 1 ? null : ((c[c.length - 1]! - c[c.length - 1 - n]!) * 1000) / (n * run.checkpointEvery)
}

export const growthSection = (small: IngestRun, large: IngestRun): Section => {
  const smallMs = steadyMsPerArticle(small) ?? msPerArticle(small)
  const largeMs = steadyMsPerArticle(large) ?? msPerArticle(large)
  const lateMs = latePace(large)
  const lateFiles = Math.min(3, large.checkpoints.length - 1) * large.checkpointEvery
  const smallBytes = small.added > 0 ? small.dbBytes / small.added : null
  const largeBytes = large.added > 0 ? large.dbBytes / large.added : null
  const pace = checkpointPaces(large)
  const c = large.checkpoints.length
  const n = (x: number) => x.toLocaleString("en-US")
  return {
    title: `Cost growth: ${n(small.articles)} vs ${n(large.articles)} articles, per article`,
    figures: [
      figure(`ingest ms/article at ${n(small.articles)}, start-up included`, msPerArticle(small), "ms", 2),
      figure(`ingest ms/article at ${n(large.articles)}${large.stopped ? ` (first ${n(large.processed)})` : ""}, start-up included`, msPerArticle(large), "ms", 2),
      figure(`ingest ms/article at ${n(small.articles)}, after start-up`, smallMs, "ms", 2),
      figure(`ingest ms/article at ${n(large.articles)}${large.stopped ? ` (first ${n(large.processed)})` : ""}, after start-up`, largeMs, "ms", 2),
      figure(`ingest ms/article, ${n(large.articles)} run, files ${n(large.checkpointEvery)}–${n(2 * large.checkpointEvery)}`, pace.first, "ms", 2),
      figure(`ingest ms/article, ${n(large.articles)} run, files ${n((c - 1) * large.checkpointEvery)}–${n(c * large.checkpointEvery)}`, pace.last, "ms", 2),
      figure(`ingest RSS at file ${n(large.checkpointEvery)}`, c > 0 ? large.checkpointRss[0]! / 1024 / 1024 : null, "MB"),
      figure(`ingest RSS at file ${n(c * large.checkpointEvery)}`, c > 0 ? large.checkpointRss[c - 1]! / 1024 / 1024 : null, "MB"),
      figure(`database bytes/article at ${n(small.articles)}`, smallBytes, "B"),
      figure(`database bytes/article at ${n(large.articles)}`, largeBytes, "B")
    ],
    verdicts: [
      flatGrowth(
        `per-article ingest time flat from ${n(small.articles)} to ${n(large.articles)} (≤ ×1.2; ${n(small.articles)} run's pace vs the last ${n(lateFiles)} files of the ${n(large.articles)} run)`,
        smallMs,
        lateMs,
        "ms"
      ),
      flatGrowth(`per-article database size flat from ${n(small.articles)} to ${n(large.articles)} (≤ ×1.2)`, smallBytes, largeBytes, "B", 0)
    ],
    notes: [`after start-up: from the first checkpoint to the last, so loading the extractor's data is not spread over the files`, `the verdict compares the small run's pace after start-up with the pace over the last checkpoints of the large run, where the database is largest: an average over the whole large run would hide growth`, `the pace early and late in the larger run shows whether a file costs more as the database fills`]
  }
}
