/** Latency percentiles by the nearest-rank method, the way load-testing tools report them. */

/** The p-th percentile (0 < p ≤ 100) of the values, nearest rank; NaN for no values. */
export const percentile = (values: ReadonlyArray<number>, p: number): number => {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  return percentileOfSorted(sorted, p)
}

/** Same as `percentile`, for values already sorted ascending (no copy). */
export const percentileOfSorted = (sorted: ReadonlyArray<number>, p: number): number => {
  if (sorted.length === 0) return Number.NaN
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!
}

/** The middle value (lower median for an even count); NaN for none. */
export const median = (values: ReadonlyArray<number>): number => percentile(values, 50)
