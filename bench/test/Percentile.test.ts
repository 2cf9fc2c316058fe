import { describe, expect, it } from "vitest"
import { median, percentile, percentileOfSorted } from "../src/Percentile.ts"

describe("percentile (nearest rank)", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i) // 100..1, unsorted

  it("takes the value at rank ceil(p/100 × n)", () => {
    expect(percentile(hundred, 50)).toBe(50)
    expect(percentile(hundred, 95)).toBe(95)
    expect(percentile(hundred, 99)).toBe(99)
    expect(percentile(hundred, 100)).toBe(100)
    expect(percentile([3, 1, 2, 10], 75)).toBe(3)
  })

  it("gives the only value for one value and NaN for none", () => {
    expect(percentile([7], 99)).toBe(7)
    expect(percentile([], 50)).toBeNaN()
  })

  it("takes the lower middle as the median of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2)
    expect(median([5, 1, 3])).toBe(3)
  })

  it("rejects a percentile outside (0, 100]", () => {
    expect(() => percentileOfSorted([1, 2], 0)).toThrow(RangeError)
    expect(() => percentileOfSorted([1, 2], 101)).toThrow(RangeError)
  })
})
