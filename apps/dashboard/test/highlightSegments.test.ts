/** Tests for cutting article text into highlighted runs: overlaps, nesting, empty spans, text ends, astral characters. */
import { describe, expect, it } from "vitest"
import { highlightSegments, type HighlightSpan } from "../src/text/highlightSegments.ts"

const span = (start: number, end: number, annotation: string): HighlightSpan<string> => ({ start, end, annotation })
const view = (text: string, spans: ReadonlyArray<HighlightSpan<string>>, window?: { start: number; end: number }) =>
  highlightSegments(text, spans, window).map((s) => [s.text, s.annotations.join("+")])

describe("highlightSegments", () => {
  it("tiles the text: plain runs around one highlighted span", () => {
    expect(view("He said hello there.", [span(8, 13, "q")])).toEqual([
      ["He said ", ""],
      ["hello", "q"],
      [" there.", ""]
    ])
  })

  it("splits partially overlapping spans into before, both and after", () => {
    expect(view("abcdefghij", [span(1, 6, "s"), span(4, 9, "i")])).toEqual([
      ["a", ""],
      ["bcd", "s"],
      ["ef", "s+i"],
      ["ghi", "i"],
      ["j", ""]
    ])
  })

  it("keeps a nested span inside its outer span, in the order the spans were given", () => {
    expect(view("0123456789", [span(2, 8, "outer"), span(4, 6, "inner")])).toEqual([
      ["01", ""],
      ["23", "outer"],
      ["45", "outer+inner"],
      ["67", "outer"],
      ["89", ""]
    ])
  })

  it("treats identical spans as one run carrying both annotations", () => {
    expect(view("xx yy zz", [span(3, 5, "a"), span(3, 5, "b")])).toEqual([
      ["xx ", ""],
      ["yy", "a+b"],
      [" zz", ""]
    ])
  })

  it("does not merge adjacent spans that only touch", () => {
    expect(view("abcdef", [span(0, 3, "a"), span(3, 6, "b")])).toEqual([
      ["abc", "a"],
      ["def", "b"]
    ])
  })

  it("highlights spans at the very start and the very end of the text", () => {
    expect(view("Quote. Said X.", [span(0, 6, "start"), span(12, 14, "end")])).toEqual([
      ["Quote.", "start"],
      [" Said ", ""],
      ["X.", "end"]
    ])
  })

  it("drops empty, inverted and out-of-range spans instead of emitting empty runs", () => {
    const segments = highlightSegments("abcdef", [span(2, 2, "empty"), span(5, 3, "inverted"), span(10, 12, "beyond"), span(-5, -1, "before")])
    expect(segments.map((s) => [s.text, s.annotations.length])).toEqual([["abcdef", 0]])
  })

  it("clamps spans that run past either end of the text", () => {
    expect(view("abcdef", [span(-3, 2, "head"), span(4, 99, "tail")])).toEqual([
      ["ab", "head"],
      ["cd", ""],
      ["ef", "tail"]
    ])
  })

  it("never produces an empty segment and reassembles the exact text", () => {
    const text = "The minister said that “we will respond”, officials reported."
    const spans = [span(0, 12, "a"), span(5, 30, "b"), span(24, 39, "c"), span(24, 39, "d"), span(39, 39, "e"), span(50, text.length, "f")]
    const segments = highlightSegments(text, spans)
    expect(segments.every((s) => s.text.length > 0 && s.end > s.start)).toBe(true)
    expect(segments.map((s) => s.text).join("")).toBe(text)
    for (let i = 1; i < segments.length; i++) expect(segments[i]!.start).toBe(segments[i - 1]!.end)
  })

  it("returns nothing for empty text", () => {
    expect(highlightSegments("", [span(0, 0, "a"), span(0, 3, "b")])).toEqual([])
  })

  it("uses UTF-16 offsets: text after an emoji is highlighted where the extractor pointed", () => {
    const text = "🇺🇦 Zelensky: “Hold on.”"
    const start = text.indexOf("Hold")
    expect(view(text, [span(start, start + 8, "q")])).toEqual([
      ["🇺🇦 Zelensky: “", ""],
      ["Hold on.", "q"],
      ["”", ""]
    ])
  })

  it("widens a span that would cut an astral character in half, so no lone surrogate is rendered", () => {
    const text = "a😀b"
    // offset 2 is between the two UTF-16 halves of 😀
    const segments = highlightSegments(text, [span(2, 4, "cut-start"), span(0, 2, "cut-end")])
    for (const s of segments) expect(s.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/)
    expect(segments.map((s) => [s.text, s.annotations.join("+")])).toEqual([
      ["a", "cut-end"],
      ["😀", "cut-start+cut-end"],
      ["b", "cut-start"]
    ])
  })

  it("restricts segments to a window (the article body after the date line), with offsets kept absolute", () => {
    const text = " date 2025-04-24 Body starts here."
    const bodyStart = 17
    const segments = highlightSegments(text, [span(0, 5, "in-header"), span(bodyStart, bodyStart + 4, "body")], { start: bodyStart, end: text.length })
    expect(segments.map((s) => [s.start, s.text, s.annotations.join("+")])).toEqual([
      [17, "Body", "body"],
      [21, " starts here.", ""]
    ])
  })
})
