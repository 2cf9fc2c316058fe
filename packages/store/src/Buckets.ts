/** Time buckets of the series: a day, the Monday of its ISO week, or the first of its month, labelled by their first day. */
import { addDays, type Interval, type IsoDate, startOfMonth, startOfWeek } from "@wirewatch/domain"

/** The first day of the bucket of that interval holding `date`. */
export const bucketOf = (date: IsoDate, interval: Interval): IsoDate => {
  switch (interval) {
    case "day":
      return date
    case "week":
      return startOfWeek(date)
    case "month":
      return startOfMonth(date)
  }
}

/** The bucket after the one starting at `bucket`. */
const nextBucket = (bucket: IsoDate, interval: Interval): IsoDate => {
  switch (interval) {
    case "day":
      return addDays(bucket, 1)
    case "week":
      return addDays(bucket, 7)
    case "month": {
      const [y, m] = bucket.split("-").map(Number) as [number, number]
      const next = new Date(Date.UTC(y, m, 1))
      return next.toISOString().slice(0, 10) as IsoDate
    }
  }
}

/** Every bucket from the one holding `from` to the one holding `to`, both included; empty when `from` is after `to`. */
export const bucketRange = (from: IsoDate, to: IsoDate, interval: Interval): ReadonlyArray<IsoDate> => {
  if (from > to) return []
  const last = bucketOf(to, interval)
  const buckets: Array<IsoDate> = []
  for (let b = bucketOf(from, interval); b <= last; b = nextBucket(b, interval)) buckets.push(b)
  return buckets
}
