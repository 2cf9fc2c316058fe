/** How cost grows with the corpus: per-article ingest time and database bytes at the small and the large size, side by side. */
import { msPerArticle, type IngestRun } from "./IngestThroughput.ts"
import { figure, type Section } from "./Measurement.ts"
import { flatGrowth } from "./Verdict.ts"

/** Milliseconds per file within the first and the last tenth of a run: the pace at an empty and at a full database. */
export const tenthPaces = (run: IngestRun): { readonly first: number | null; readonly last: number | null } => {
  const step = Math.max(1, Math.floor(run.articles / 10))
  const t = run.tenths
  if (t.length < 2) return { first: null, last: null }
  return { first: ((t[1]! - t[0]!) * 1000) / step, last: ((t[t.length - 1]! - t[t.length - 2]!) * 1000) / step }
}

export const growthSection = (small: IngestRun, large: IngestRun): Section => {
  const smallMs = msPerArticle(small)
  const largeMs = msPerArticle(large)
  const smallBytes = small.added > 0 ? small.dbBytes / small.added : null
  const largeBytes = large.added > 0 ? large.dbBytes / large.added : null
  const pace = tenthPaces(large)
  const n = (x: number) => x.toLocaleString("en-US")
  return {
    title: `Cost growth: ${n(small.articles)} vs ${n(large.articles)} articles, per article`,
    figures: [
      figure(`ingest ms/article at ${n(small.articles)}`, smallMs, "ms", 2),
      figure(`ingest ms/article at ${n(large.articles)}${large.stopped ? ` (first ${n(large.processed)})` : ""}`, largeMs, "ms", 2),
      figure(`ingest ms/article, ${n(large.articles)} run, 2nd tenth`, pace.first, "ms", 2),
      figure(`ingest ms/article, ${n(large.articles)} run, last tenth reached`, pace.last, "ms", 2),
      figure(`database bytes/article at ${n(small.articles)}`, smallBytes, "B"),
      figure(`database bytes/article at ${n(large.articles)}`, largeBytes, "B")
    ],
    verdicts: [
      flatGrowth(`per-article ingest time flat from ${n(small.articles)} to ${n(large.articles)} (≤ ×1.2)`, smallMs, largeMs, "ms"),
      flatGrowth(`per-article database size flat from ${n(small.articles)} to ${n(large.articles)} (≤ ×1.2)`, smallBytes, largeBytes, "B", 0)
    ],
    notes: [`the 2nd-tenth and last-tenth paces of the larger run show whether a file costs more as the database fills`]
  }
}
