/** Tests for turning a chart bucket into the days it covers, and for the bucket labels on axes. */
import type { IsoDate } from "@wirewatch/domain"
import { describe, expect, it } from "vitest"
import { bucketLabel, bucketRange, bucketTick, clampRange, formatDay, spansYears } from "../src/charts/bucketRange.ts"

const d = (s: string) => s as IsoDate

describe("bucketRange", () => {
  it("a day bucket is that one day", () => {
    expect(bucketRange(d("2025-04-24"), "day")).toEqual({ from: "2025-04-24", to: "2025-04-24" })
  })

  it("a week bucket runs Monday to Sunday, across a month and a year end", () => {
    expect(bucketRange(d("2024-12-30"), "week")).toEqual({ from: "2024-12-30", to: "2025-01-05" })
    expect(bucketRange(d("2025-04-21"), "week")).toEqual({ from: "2025-04-21", to: "2025-04-27" })
  })

  it("a week label that is not a Monday is snapped to its week", () => {
    expect(bucketRange(d("2025-04-24"), "week")).toEqual({ from: "2025-04-21", to: "2025-04-27" })
  })

  it("a month bucket ends on the month's last day, leap years and December included", () => {
    expect(bucketRange(d("2024-02-01"), "month")).toEqual({ from: "2024-02-01", to: "2024-02-29" })
    expect(bucketRange(d("2025-02-01"), "month")).toEqual({ from: "2025-02-01", to: "2025-02-28" })
    expect(bucketRange(d("2024-12-01"), "month")).toEqual({ from: "2024-12-01", to: "2024-12-31" })
    expect(bucketRange(d("2025-04-01"), "month")).toEqual({ from: "2025-04-01", to: "2025-04-30" })
  })

  it("clampRange never widens the user's from/to filter", () => {
    const week = bucketRange(d("2025-04-21"), "week")
    expect(clampRange(week, { from: d("2025-04-23"), to: null })).toEqual({ from: "2025-04-23", to: "2025-04-27" })
    expect(clampRange(week, { from: d("2025-01-01"), to: d("2025-04-22") })).toEqual({ from: "2025-04-21", to: "2025-04-22" })
    expect(clampRange(week, { from: null, to: null })).toEqual(week)
  })
})

describe("bucket labels", () => {
  it("formats days without the browser's time zone shifting them", () => {
    expect(formatDay("2025-01-01")).toBe("1 Jan 2025")
    expect(formatDay("2024-12-31")).toBe("31 Dec 2024")
    expect(formatDay("not a date")).toBe("not a date")
  })

  it("names day, week and month buckets", () => {
    expect(bucketLabel("2025-04-24", "day")).toBe("24 Apr 2025")
    expect(bucketLabel("2025-04-21", "week")).toBe("week of 21 Apr 2025")
    expect(bucketLabel("2025-04-01", "month")).toBe("Apr 2025")
    expect(bucketTick("2025-04-01", "month")).toBe("Apr 25")
    expect(bucketTick("2025-04-21", "week")).toBe("21 Apr")
  })
})

describe("axis ticks across years", () => {
  it("adds a two-digit year to day and week ticks only when the chart spans years", () => {
    expect(bucketTick("2024-01-09", "day", true)).toBe("9 Jan 24")
    expect(bucketTick("2024-01-09", "week", false)).toBe("9 Jan")
    expect(bucketTick("2024-01-01", "month", true)).toBe("Jan 24")
  })

  it("knows when buckets span more than one calendar year", () => {
    expect(spansYears(["2024-12-30", "2025-01-06"])).toBe(true)
    expect(spansYears(["2024-01-01", "2024-12-01"])).toBe(false)
    expect(spansYears(["2024-01-01"])).toBe(false)
    expect(spansYears([])).toBe(false)
  })
})
