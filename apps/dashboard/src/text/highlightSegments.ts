/** Cuts a text into runs, each with the set of (possibly overlapping) highlighted spans that cover it. */

/** A span to highlight: UTF-16 offsets into the text, end exclusive, with the annotation it stands for. */
export interface HighlightSpan<A> {
  readonly start: number
  readonly end: number
  readonly annotation: A
}

/** A run of text covered by exactly the same spans throughout; `annotations` is empty for plain text. */
export interface HighlightSegment<A> {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly annotations: ReadonlyArray<A>
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

/** True when `offset` falls between the two halves of one astral character (an emoji, a rare CJK ideograph). */
const splitsSurrogatePair = (text: string, offset: number): boolean =>
  offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset))

/**
 * Segments `text[window.start, window.end)` by the spans that cover it. Spans are clamped to the window,
 * widened so they never cut a surrogate pair in half, and dropped when they cover nothing. Segments are in
 * text order, never empty, tile the window exactly, and list annotations in the order the spans were given.
 */
export const highlightSegments = <A>(
  text: string,
  spans: ReadonlyArray<HighlightSpan<A>>,
  window: { readonly start: number; readonly end: number } = { start: 0, end: text.length }
): ReadonlyArray<HighlightSegment<A>> => {
  const lo = Math.max(0, Math.min(window.start, text.length))
  const hi = Math.max(lo, Math.min(window.end, text.length))
  if (lo === hi) return []

  const clamped: Array<HighlightSpan<A>> = []
  for (const span of spans) {
    if (!Number.isFinite(span.start) || !Number.isFinite(span.end)) continue
    let start = Math.max(lo, Math.floor(span.start))
    let end = Math.min(hi, Math.ceil(span.end))
    if (start >= end) continue
    if (splitsSurrogatePair(text, start)) start -= 1
    if (splitsSurrogatePair(text, end)) end += 1
    clamped.push({ start: Math.max(lo, start), end: Math.min(hi, end), annotation: span.annotation })
  }

  const boundaries = new Set<number>([lo, hi])
  for (const span of clamped) {
    boundaries.add(span.start)
    boundaries.add(span.end)
  }
  const cuts = [...boundaries].sort((a, b) => a - b)

  const segments: Array<HighlightSegment<A>> = []
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!
    const end = cuts[i + 1]!
    const annotations = clamped.filter((s) => s.start <= start && s.end >= end).map((s) => s.annotation)
    segments.push({ start, end, text: text.slice(start, end), annotations })
  }
  return segments
}
