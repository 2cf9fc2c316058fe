/** The calendar days a time-series bucket covers, so a click on a chart can ask for the items behind it. */
import type { Interval, IsoDate } from "@wirewatch/domain"
import { addDays, startOfMonth, startOfWeek } from "@wirewatch/domain/plain"

/** Inclusive first and last day of a bucket. */
export interface DayRange {
  readonly from: IsoDate
  readonly to: IsoDate
}

const nextMonth = (date: IsoDate): IsoDate => {
  const [y, m] = date.split("-").map(Number) as [number, number]
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`
  return next as IsoDate
}

/**
 * The days of the bucket labelled `bucket` (its first day, as the API labels them). A label that is not
 * the bucket's first day is snapped to the bucket that holds it, so the range never spills into the next.
 */
export const bucketRange = (bucket: IsoDate, interval: Interval): DayRange => {
  switch (interval) {
    case "day":
      return { from: bucket, to: bucket }
    case "week": {
      const from = startOfWeek(bucket)
      return { from, to: addDays(from, 6) }
    }
    case "month": {
      const from = startOfMonth(bucket)
      return { from, to: addDays(nextMonth(from), -1) }
    }
  }
}

/** Intersects a bucket with an optional outer filter range, so a drill-down never widens the user's filter. */
export const clampRange = (range: DayRange, outer: { readonly from: IsoDate | null; readonly to: IsoDate | null }): DayRange => ({
  from: outer.from !== null && outer.from > range.from ? outer.from : range.from,
  to: outer.to !== null && outer.to < range.to ? outer.to : range.to
})

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const

/** A day as readers write it, independent of the browser's time zone: "2024-03-05" → "5 Mar 2024". */
export const formatDay = (date: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (m === null) return date
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`
}

/** A bucket's name for axes and headings: "5 Mar 2024", "week of 4 Mar 2024", "Mar 2024". */
export const bucketLabel = (bucket: string, interval: Interval): string => {
  if (interval === "month") return formatDay(bucket).replace(/^\d+ /, "")
  if (interval === "week") return `week of ${formatDay(bucket)}`
  return formatDay(bucket)
}

/**
 * A short axis tick: "Mar 24" for months; "5 Mar" for days and weeks, or "5 Mar 24" when the chart spans
 * more than one year (otherwise every January looks alike).
 */
export const bucketTick = (bucket: string, interval: Interval, spansYears = false): string => {
  const full = formatDay(bucket)
  if (interval === "month") return full.replace(/^\d+ (\w+) \d\d(\d\d)$/, "$1 $2")
  return spansYears ? full.replace(/ \d\d(\d\d)$/, " $1") : full.replace(/ \d{4}$/, "")
}

/** True when the buckets (in order) fall in more than one calendar year. */
export const spansYears = (buckets: ReadonlyArray<string>): boolean =>
  buckets.length > 1 && buckets[0]!.slice(0, 4) !== buckets[buckets.length - 1]!.slice(0, 4)
