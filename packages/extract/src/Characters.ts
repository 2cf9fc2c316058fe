/**
 * Tests of one UTF-16 code unit of the article text, answering as /\s/, /\p{L}/u, /\p{Lu}/u … answer for `text[i]`, but
 * without making a one-character string per test (loops over every character of the text use them).
 */

/** A code unit lowercased as toLowerCase lowercases ASCII: A-Z only. */
export const asciiLower = (c: number): number => (c >= 65 && c <= 90 ? c | 32 : c)

/** Whether every code unit of `word` is ASCII (then toLowerCase only maps A-Z). */
export const isAscii = (word: string): boolean => {
  for (let i = 0, n = word.length; i < n; i++) if (word.charCodeAt(i) > 127) return false
  return true
}

/** /\s/: ECMAScript white space and line terminators. */
export const isSpaceCode = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || (c >= 0x80 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff))

const LETTER = 1
const DIGIT = 2
const UPPER = 4
const LOWER = 8
const KNOWN = 16
/** Unicode classes per code unit, filled on first sight; a lone surrogate (half of a pair) is in none, as for the regexes. */
const classes = new Uint8Array(0x10000)
const classOf = (c: number): number => {
  let k = classes[c]!
  if (k === 0) {
    const ch = String.fromCharCode(c)
    k = KNOWN | (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{N}/u.test(ch) ? DIGIT : 0) | (/\p{Lu}/u.test(ch) ? UPPER : 0) | (/\p{Ll}/u.test(ch) ? LOWER : 0)
    classes[c] = k
  }
  return k
}

/** /[\p{L}\p{N}]/u */
export const isLetterOrDigitCode = (c: number): boolean => (classOf(c) & (LETTER | DIGIT)) !== 0
/** /\p{L}/u */
export const isLetterCode = (c: number): boolean => (classOf(c) & LETTER) !== 0
/** /\p{N}/u */
export const isNumberCode = (c: number): boolean => (classOf(c) & DIGIT) !== 0
/** /\p{Lu}/u */
export const isUpperCode = (c: number): boolean => (classOf(c) & UPPER) !== 0
/** /\p{Ll}/u */
export const isLowerCode = (c: number): boolean => (classOf(c) & LOWER) !== 0

/** s.split(/\s+/).filter((w) => w.length > 0): the runs of non-space characters, without a regex split. */
export const wordsOf = (s: string): Array<string> => {
  const out: Array<string> = []
  const n = s.length
  let i = 0
  while (i < n) {
    while (i < n && isSpaceCode(s.charCodeAt(i))) i++
    if (i === n) break
    const start = i
    while (i < n && !isSpaceCode(s.charCodeAt(i))) i++
    out.push(s.slice(start, i))
  }
  return out
}

/** s.split(/\s+/).length: one more than the runs of white space. */
export const pieceCount = (s: string): number => {
  let runs = 0
  for (let i = 0, n = s.length; i < n; i++) {
    if (isSpaceCode(s.charCodeAt(i))) {
      runs++
      while (i + 1 < n && isSpaceCode(s.charCodeAt(i + 1))) i++
    }
  }
  return runs + 1
}

/** s.split(/\s+/).pop()!: what follows the last white space (all of s when there is none). */
export const lastPiece = (s: string): string => {
  let i = s.length - 1
  while (i >= 0 && !isSpaceCode(s.charCodeAt(i))) i--
  return i < 0 ? s : s.slice(i + 1)
}
