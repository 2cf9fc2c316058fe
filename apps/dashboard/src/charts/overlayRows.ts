/** Puts one actor's statement counts and the attack counts on one continuous time axis, bucket by bucket. */
import type { IncidentSeries, Interval, IsoDate, StatementSeries } from "@wirewatch/domain"
import { addDays } from "@wirewatch/domain/plain"
import { bucketRange } from "./bucketRange.ts"

/** One bucket of the overlay: the actor's statements and the attacks reported in it. */
export interface OverlayRow {
  readonly bucket: IsoDate
  readonly statements: number
  readonly reports: number
  readonly incidents: number
  readonly killed: number
  readonly injured: number
}

/** Every bucket label from `first` to `last` (both bucket starts), in order. */
export const bucketsBetween = (first: IsoDate, last: IsoDate, interval: Interval): ReadonlyArray<IsoDate> => {
  const out: Array<IsoDate> = []
  for (let b = bucketRange(first, interval).from; b <= last; b = addDays(bucketRange(b, interval).to, 1)) out.push(b)
  return out
}

/** The rows of the overlay: every bucket either series covers, with zeros where one of them has nothing. */
export const overlayRows = (statements: StatementSeries, attacks: IncidentSeries, actorId: string): ReadonlyArray<OverlayRow> => {
  const interval = statements.interval
  const said = new Map<string, number>()
  for (const p of statements.series.find((s) => s.actorId === actorId)?.points ?? []) said.set(p.bucket, p.count)
  const attacked = new Map(attacks.points.map((p) => [p.bucket as string, p]))
  const labels = [...statements.buckets, ...attacks.points.map((p) => p.bucket)].sort()
  if (labels.length === 0) return []
  return bucketsBetween(labels[0]!, labels[labels.length - 1]!, interval).map((bucket) => {
    const a = attacked.get(bucket)
    return {
      bucket,
      statements: said.get(bucket) ?? 0,
      reports: a?.reports ?? 0,
      incidents: a?.incidents ?? 0,
      killed: a?.killed ?? 0,
      injured: a?.injured ?? 0
    }
  })
}

/** The brush's first view: the last `size` buckets, and everything when there are fewer. */
export const initialWindow = (rowCount: number, size: number): { readonly startIndex: number; readonly endIndex: number } => ({
  startIndex: Math.max(0, rowCount - size),
  endIndex: Math.max(0, rowCount - 1)
})
