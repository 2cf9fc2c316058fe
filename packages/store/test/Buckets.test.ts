import { describe, expect, it } from "@effect/vitest"
import { bucketOf, bucketRange } from "../src/index.ts"
import { day } from "./fixtures.ts"

describe("bucketOf", () => {
  it("labels a week by its Monday and a month by its first day", () => {
    expect(bucketOf(day("2025-01-12"), "week")).toBe("2025-01-06") // a Sunday
    expect(bucketOf(day("2025-01-13"), "week")).toBe("2025-01-13") // a Monday
    expect(bucketOf(day("2025-01-01"), "week")).toBe("2024-12-30")
    expect(bucketOf(day("2024-02-29"), "month")).toBe("2024-02-01")
    expect(bucketOf(day("2024-02-29"), "day")).toBe("2024-02-29")
  })
})

describe("bucketRange", () => {
  it("lists every bucket between two days, both ends included", () => {
    expect(bucketRange(day("2024-12-30"), day("2025-01-02"), "day")).toEqual(["2024-12-30", "2024-12-31", "2025-01-01", "2025-01-02"])
    expect(bucketRange(day("2024-11-30"), day("2025-02-01"), "month")).toEqual(["2024-11-01", "2024-12-01", "2025-01-01", "2025-02-01"])
    expect(bucketRange(day("2025-01-08"), day("2025-01-20"), "week")).toEqual(["2025-01-06", "2025-01-13", "2025-01-20"])
    expect(bucketRange(day("2025-03-31"), day("2025-03-31"), "month")).toEqual(["2025-03-01"])
  })

  it("is empty when the range is reversed", () => {
    expect(bucketRange(day("2025-01-02"), day("2025-01-01"), "day")).toEqual([])
    expect(bucketRange(day("2025-01-08"), day("2025-01-07"), "week")).toEqual([])
  })
})
