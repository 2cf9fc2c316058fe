/** Reshapes a statement time series (one list of points per actor) into chart rows (one row per bucket). */
import type { ActorSummary, StatementSeries } from "@wirewatch/domain"

/** A chart row: the bucket's first day, plus one count per charted actor id. */
export type StatementRow = { readonly bucket: string } & Readonly<Record<string, number | string>>

/** One charted line. */
export interface StatementLine {
  readonly actorId: string
  readonly actorName: string
  readonly total: number
  readonly color: string
}

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const LINE_COLORS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#999999"] as const

/**
 * Rows for every bucket of the series (empty buckets count 0 for every actor), and the lines sorted by
 * total so the legend reads from most to least quoted. A point outside `buckets` still gets its own row.
 */
export const statementRows = (series: StatementSeries): { readonly rows: ReadonlyArray<StatementRow>; readonly lines: ReadonlyArray<StatementLine> } => {
  const byBucket = new Map<string, Record<string, number | string>>()
  const rowOf = (bucket: string) => {
    let row = byBucket.get(bucket)
    if (row === undefined) {
      row = { bucket }
      for (const s of series.series) row[s.actorId] = 0
      byBucket.set(bucket, row)
    }
    return row
  }
  for (const bucket of series.buckets) rowOf(bucket)
  const totals = series.series.map((s) => {
    let total = 0
    for (const p of s.points) {
      const row = rowOf(p.bucket)
      row[s.actorId] = (row[s.actorId] as number) + p.count
      total += p.count
    }
    return { actorId: s.actorId, actorName: s.actorName, total }
  })
  const rows = [...byBucket.values()].sort((a, b) => (String(a.bucket) < String(b.bucket) ? -1 : 1)) as Array<StatementRow>
  const lines = totals
    .sort((a, b) => b.total - a.total || a.actorName.localeCompare(b.actorName))
    .map((l, i) => ({ ...l, color: LINE_COLORS[i % LINE_COLORS.length]! }))
  return { rows, lines }
}

/** The ids of the `n` most quoted actors (ties broken by name, so the default chart is stable). */
export const topActorIds = (actors: ReadonlyArray<ActorSummary>, n: number): ReadonlyArray<string> =>
  [...actors]
    .filter((a) => a.statementCount > 0)
    .sort((a, b) => b.statementCount - a.statementCount || a.name.localeCompare(b.name))
    .slice(0, n)
    .map((a) => a.id)
