/** Word tokens of the article text with their offsets, the unit every pattern in the extractor walks over. */

export interface Token {
  readonly index: number
  readonly text: string
  readonly start: number
  readonly end: number
}

/**
 * A word; an inner period joins only lowercase or digits ("gazeta.pl", "3.5"), so "Ukraine.The" (a missing space) is two words.
 * This is the definition; `tokenize` scans by hand to the same result (tested against it), since a Unicode regex over
 * two-byte text costs several times more.
 */
export const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:(?:['\u2019\-]|\.(?=[\p{Ll}\p{N}]))[\p{L}\p{N}]+)*/gu

const LETTER = 1
const DIGIT = 2
const LOWER = 4
const KNOWN = 8
/** Character classes of the Basic Multilingual Plane, filled in on first sight of each code unit. */
const classes = new Uint8Array(0x10000)
const classify = (ch: string): number =>
  KNOWN | (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{N}/u.test(ch) ? DIGIT : 0) | (/\p{Ll}/u.test(ch) ? LOWER : 0)
for (let c = 0; c < 128; c++) classes[c] = classify(String.fromCharCode(c))

/** Class bits of the code point at `i` and its length in code units (2 for a surrogate pair). */
const classAt = (text: string, i: number, to: number): number => {
  const c = text.charCodeAt(i)
  if (c < 0xd800 || c > 0xdfff) {
    let k = classes[c]!
    if (k === 0) k = classes[c] = classify(text[i]!)
    return k
  }
  if (c <= 0xdbff && i + 1 < to) {
    const d = text.charCodeAt(i + 1)
    if (d >= 0xdc00 && d <= 0xdfff) return classify(text.slice(i, i + 2)) | 16
  }
  return KNOWN
}
const WIDE = 16
const unitsOf = (k: number): number => (k & WIDE ? 2 : 1)
const isWordChar = (k: number): boolean => (k & (LETTER | DIGIT)) !== 0

/** End of a WORD match starting at `i` (where a letter or digit is), within `to`. */
const wordEnd = (text: string, i: number, to: number): number => {
  // (?:\p{L}\.){2,}: initials such as "U.S." or "J.D."
  let p = i
  let initials = 0
  for (;;) {
    if (p >= to) break
    const k = classAt(text, p, to)
    const n = unitsOf(k)
    if (!(k & LETTER) || p + n >= to || text.charCodeAt(p + n) !== 46) break
    initials++
    p += n + 1
  }
  if (initials >= 2) return p
  // [\p{L}\p{N}]+ then joiners ("'", "’", "-", or "." before a lowercase letter or digit) each followed by more of them
  p = i
  for (;;) {
    while (p < to) {
      const k = classAt(text, p, to)
      if (!isWordChar(k)) break
      p += unitsOf(k)
    }
    if (p + 1 >= to) return p
    const j = text.charCodeAt(p)
    const k = classAt(text, p + 1, to)
    if (j === 39 || j === 0x2019 || j === 45) {
      if (!isWordChar(k)) return p
    } else if (j === 46) {
      if (!(k & (LOWER | DIGIT))) return p
    } else return p
    p += 1
  }
}

/**
 * The text with every character above U+00FF replaced by its low byte: a one-byte string, whose slices V8 lowercases and
 * matches faster than slices of the two-byte original. Only slices without such characters are taken from it.
 */
const latin1Copy = (text: string): string => Buffer.from(text, "latin1").toString("latin1")
const WIDE_TEXT = /[^\u0000-\u00ff]/

const isLatin1 = (text: string, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) > 0xff) return false
  return true
}

/** Tokens of `text[from, to)`. Offsets are absolute. */
export const tokenize = (text: string, from: number, to: number): ReadonlyArray<Token> => {
  const out: Array<Token> = []
  const wide = WIDE_TEXT.test(text)
  const narrow = wide ? latin1Copy(text) : text
  let i = from
  while (i < to) {
    const k = classAt(text, i, to)
    if (!isWordChar(k)) {
      i += unitsOf(k)
      continue
    }
    const end = wordEnd(text, i, to)
    out.push({ index: out.length, text: (!wide || isLatin1(text, i, end) ? narrow : text).slice(i, end), start: i, end })
    i = end
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

/** Starts with an uppercase letter. */
const UPPER_START = /^\p{Lu}/u

/** Whether the first letter is uppercase; ASCII answered without a regex (this runs for every token). */
export const isCapitalized = (word: string): boolean => {
  const c = word.charCodeAt(0)
  if (c >= 65 && c <= 90) return true
  if (c < 128) return false
  return UPPER_START.test(word)
}
