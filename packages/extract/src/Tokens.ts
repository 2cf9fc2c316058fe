/** Word tokens of the article text with their offsets, the unit every pattern in the extractor walks over. */

export interface Token {
  readonly index: number
  readonly text: string
  readonly start: number
  readonly end: number
}

/** A word; an inner period joins only lowercase or digits ("gazeta.pl", "3.5"), so "Ukraine.The" (a missing space) is two words. */
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:(?:['\u2019\-]|\.(?=[\p{Ll}\p{N}]))[\p{L}\p{N}]+)*/gu

/** Tokens of `text[from, to)`. Offsets are absolute. */
export const tokenize = (text: string, from: number, to: number): ReadonlyArray<Token> => {
  const out: Array<Token> = []
  const slice = text.slice(from, to)
  WORD.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = WORD.exec(slice)) !== null) {
    out.push({ index: out.length, text: m[0], start: from + m.index, end: from + m.index + m[0].length })
  }
  return out
}

/** A token without a trailing possessive `'s`/`’s`. */
export const withoutPossessive = (word: string): string => {
  const n = word.length
  if (n < 2 || word.charCodeAt(n - 1) !== 115 /* s */) return word
  const mark = word.charCodeAt(n - 2)
  return mark === 39 /* ' */ || mark === 0x2019 ? word.slice(0, n - 2) : word
}

/** Whether the first letter is uppercase; ASCII answered without a regex (this runs for every token). */
export const isCapitalized = (word: string): boolean => {
  const c = word.charCodeAt(0)
  if (c >= 65 && c <= 90) return true
  if (c < 128) return false
  return /^\p{Lu}/u.test(word)
}
