/** Tests for finding a searched keyword in statement text. */
import { describe, expect, it } from "vitest"
import { keywordSpans } from "../src/text/keywordSpans.ts"

const found = (text: string, keyword: string) => keywordSpans(text, keyword).map((s) => text.slice(s.start, s.end))

describe("keywordSpans", () => {
  it("finds every occurrence, whatever the case", () => {
    expect(found("Strike after strike: the STRIKES go on.", "strike")).toEqual(["Strike", "strike", "STRIKE"])
  })

  it("treats the keyword literally, not as a pattern", () => {
    expect(found("Costs rose 5% (a.k.a. a lot) in Q1.", "(a.k.a.")).toEqual(["(a.k.a."])
    expect(found("abc", ".")).toEqual([])
  })

  it("ignores an empty or blank keyword and trims the rest", () => {
    expect(keywordSpans("anything", "")).toEqual([])
    expect(keywordSpans("anything", "   ")).toEqual([])
    expect(found("a Kyiv strike", "  kyiv ")).toEqual(["Kyiv"])
  })

  it("keeps offsets right after characters whose lowercase form is longer", () => {
    // "İ".toLowerCase() is two UTF-16 units: offsets taken from a lowercased copy would drift by one
    const text = "İstanbul talks: ceasefire now"
    expect(found(text, "ceasefire")).toEqual(["ceasefire"])
  })

  it("counts UTF-16 units after astral characters", () => {
    const text = "🇺🇦 said: hold the line"
    expect(keywordSpans(text, "hold")).toEqual([{ start: text.indexOf("hold"), end: text.indexOf("hold") + 4 }])
  })

  it("does not report overlapping matches twice", () => {
    expect(found("aaaa", "aa")).toEqual(["aa", "aa"])
  })
})
