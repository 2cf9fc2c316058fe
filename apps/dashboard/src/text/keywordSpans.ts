/** Where a searched keyword occurs in a text, case-insensitively, as UTF-16 spans for highlighting. */

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/**
 * Non-overlapping occurrences of `keyword` (trimmed) in `text`, left to right. Matching runs on the original
 * text (not a lowercased copy, whose length can differ), so the offsets point into `text` itself.
 */
export const keywordSpans = (text: string, keyword: string): ReadonlyArray<{ readonly start: number; readonly end: number }> => {
  const needle = keyword.trim()
  if (needle === "") return []
  const spans: Array<{ start: number; end: number }> = []
  for (const m of text.matchAll(new RegExp(escapeRegExp(needle), "giu"))) spans.push({ start: m.index, end: m.index + m[0].length })
  return spans
}
