import { describe, expect, it } from "vitest"
import { atLeast, atMost, below, flatGrowth, formatNumber, verdictWord } from "../src/Verdict.ts"

describe("verdicts", () => {
  it("atLeast is met from the floor up", () => {
    expect(atLeast("t", 2000, 2000, "articles/s").met).toBe(true)
    expect(atLeast("t", 1999.4, 2000, "articles/s")).toEqual({ target: "t", measured: "1,999 articles/s", met: false })
  })

  it("below is met strictly under the ceiling, atMost at it too", () => {
    expect(below("t", 120, 120, "s").met).toBe(false)
    expect(below("t", 119.9, 120, "s").met).toBe(true)
    expect(atMost("t", 250, 250, "KB").met).toBe(true)
    expect(atMost("t", 250.1, 250, "KB", 1)).toEqual({ target: "t", measured: "250.1 KB", met: false })
  })

  it("an unmeasured figure is neither met nor missed", () => {
    const v = atLeast("t", null, 1, "x")
    expect(v).toEqual({ target: "t", measured: "not measured", met: null })
    expect(verdictWord(v)).toBe("not measured")
    expect(below("t", Number.NaN, 1, "x").met).toBeNull()
  })

  it("flat growth allows up to ×1.2 per article", () => {
    expect(flatGrowth("t", 10, 12, "ms").met).toBe(true)
    const grown = flatGrowth("t", 10, 12.5, "ms")
    expect(grown.met).toBe(false)
    expect(grown.measured).toBe("10.00 → 12.50 ms (×1.25)")
    expect(flatGrowth("t", 0, 5, "ms").met).toBeNull()
  })

  it("formats numbers with thousands separators and n/a for missing ones", () => {
    expect(formatNumber(1234567.891, 2)).toBe("1,234,567.89")
    expect(formatNumber(null)).toBe("n/a")
    expect(verdictWord({ target: "t", measured: "", met: false })).toBe("NOT met")
  })
})
