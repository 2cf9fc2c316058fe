/** Tests for the overlay's shared time axis. */
import type { IncidentSeries, IsoDate, StatementSeries } from "@wirewatch/domain"
import { describe, expect, it } from "vitest"
import { bucketsBetween, initialWindow, overlayRows } from "../src/charts/overlayRows.ts"

const d = (s: string) => s as IsoDate

describe("bucketsBetween", () => {
  it("steps by week and by month, across a year end", () => {
    expect(bucketsBetween(d("2024-12-23"), d("2025-01-06"), "week")).toEqual(["2024-12-23", "2024-12-30", "2025-01-06"])
    expect(bucketsBetween(d("2024-11-01"), d("2025-02-01"), "month")).toEqual(["2024-11-01", "2024-12-01", "2025-01-01", "2025-02-01"])
    expect(bucketsBetween(d("2025-02-27"), d("2025-03-01"), "day")).toEqual(["2025-02-27", "2025-02-28", "2025-03-01"])
  })
})

describe("overlayRows", () => {
  const statements: StatementSeries = {
    interval: "week",
    buckets: [d("2025-04-07"), d("2025-04-14")],
    series: [
      { actorId: "person:donald-trump", actorName: "Donald Trump", points: [{ bucket: d("2025-04-07"), count: 2 }, { bucket: d("2025-04-14"), count: 0 }] },
      { actorId: "state:russia", actorName: "Russia", points: [{ bucket: d("2025-04-14"), count: 5 }] }
    ]
  }
  const attacks: IncidentSeries = {
    interval: "week",
    points: [{ bucket: d("2025-04-28"), reports: 3, incidents: 1, killed: 9, injured: 70 }]
  }

  it("covers both series' buckets without gaps, counting only the chosen actor", () => {
    const rows = overlayRows(statements, attacks, "person:donald-trump")
    expect(rows.map((r) => r.bucket)).toEqual(["2025-04-07", "2025-04-14", "2025-04-21", "2025-04-28"])
    expect(rows.map((r) => r.statements)).toEqual([2, 0, 0, 0])
    expect(rows[3]).toEqual({ bucket: "2025-04-28", statements: 0, reports: 3, incidents: 1, killed: 9, injured: 70 })
  })

  it("is empty when neither series has a bucket", () => {
    expect(overlayRows({ interval: "week", buckets: [], series: [] }, { interval: "week", points: [] }, "x")).toEqual([])
  })
})

describe("initialWindow", () => {
  it("shows the last buckets, or all of them when there are few", () => {
    expect(initialWindow(100, 26)).toEqual({ startIndex: 74, endIndex: 99 })
    expect(initialWindow(10, 26)).toEqual({ startIndex: 0, endIndex: 9 })
  })
})
