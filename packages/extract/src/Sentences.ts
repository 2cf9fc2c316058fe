/** Splits an article body into paragraphs and sentences, with offsets into the whole file text. */
import { isLetterOrDigitCode, isLowerCode, isNumberCode, isSpaceCode, isUpperCode } from "./Characters.ts"

export interface Paragraph {
  readonly index: number
  readonly start: number
  readonly end: number
}

export interface Sentence {
  readonly index: number
  readonly paragraph: number
  readonly start: number
  readonly end: number
}

/** Abbreviations whose trailing period does not end a sentence. */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "brig", "sgt", "capt", "cpl", "adm", "gov", "sen", "rep",
  "st", "jr", "sr", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "approx", "est", "inc", "ltd", "co", "corp", "mt", "ft", "hon", "rev", "fr"
])

const OPEN_QUOTES = new Set(["\u201C", "\u00AB", "\u201E"])
const CLOSE_QUOTES = new Set(["\u201D", "\u00BB"])

/** Paragraphs are the non-empty lines of the body. */
export const paragraphsOf = (text: string, bodyStart: number): ReadonlyArray<Paragraph> => {
  const out: Array<Paragraph> = []
  let pos = bodyStart
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos)
    if (nl === -1) nl = text.length
    let s = pos
    let e = nl
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--
    if (e > s) out.push({ index: out.length, start: s, end: e })
    pos = nl + 1
  }
  return out
}

const isUpperStart = (ch: string | undefined): boolean =>
  ch !== undefined && (isUpperCode(ch.charCodeAt(0)) || isNumberCode(ch.charCodeAt(0)) || ch === '"' || OPEN_QUOTES.has(ch) || ch === "\u2018" || ch === "'" || ch === "(" || ch === "[")

/** The word just before offset `i` (letters, digits and inner periods), lowercased. */
const wordBefore = (text: string, i: number, floor: number): string => {
  let s = i
  while (s > floor && (isLetterOrDigitCode(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 46)) s--
  return text.slice(s, i).toLowerCase()
}

/** One uppercase letter. */
const ONE_UPPER = /^\p{Lu}$/u

/** Initials without the last period: "u.s", "j.d". */
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u

/** Holds an uppercase letter. */
const HAS_UPPER = /\p{Lu}/u

/** Sentences of one paragraph; a period inside an open double quote does not end a sentence only when the quote continues with lowercase. */
const sentencesOfParagraph = (text: string, p: Paragraph, out: Array<Sentence>): void => {
  let start = p.start
  let i = p.start
  while (i < p.end) {
    // the walk compares code units; the character itself is taken only at a sentence mark
    const code = text.charCodeAt(i)
    if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) {
      i++
      continue
    }
    const ch = text[i]!
    let j = i + 1
    while (j < p.end && (text[j] === "." || text[j] === "!" || text[j] === "?")) j++
    while (j < p.end && (text[j] === '"' || CLOSE_QUOTES.has(text[j]!) || text[j] === "\u2019" || text[j] === "'" || text[j] === ")")) j++
    if (j >= p.end) break
    if (!isSpaceCode(text.charCodeAt(j))) {
      // "Ukraine.Security advisor": a sentence glued to the next one by a missing space
      if (ch === "." && isUpperCode(text.charCodeAt(j)) && j + 1 < text.length && isLowerCode(text.charCodeAt(j + 1)) && j === i + 1) {
        const w = wordBefore(text, i, start)
        if (w.length > 2 && !ABBREVIATIONS.has(w) && !/\./.test(w)) {
          out.push({ index: out.length, paragraph: p.index, start, end: j })
          start = j
          i = j
          continue
        }
      }
      i = j
      continue
    }
    let k = j
    while (k < p.end && isSpaceCode(text.charCodeAt(k))) k++
    const next = text[k]
    let boundary = isUpperStart(next)
    if (boundary && ch === ".") {
      const w = wordBefore(text, i, start)
      if (ABBREVIATIONS.has(w) || ONE_UPPER.test(text.slice(i - 1, i)) && w.length === 1) boundary = false
      if (INITIALS.test(w) && next !== undefined && HAS_UPPER.test(next) && w.length <= 3) boundary = true
    }
    if (boundary) {
      out.push({ index: out.length, paragraph: p.index, start, end: j })
      start = k
      i = k
      continue
    }
    i = j
  }
  if (p.end > start) out.push({ index: out.length, paragraph: p.index, start, end: p.end })
}

export const sentencesOf = (text: string, paragraphs: ReadonlyArray<Paragraph>): ReadonlyArray<Sentence> => {
  const out: Array<Sentence> = []
  for (const p of paragraphs) sentencesOfParagraph(text, p, out)
  return out
}

/** Index of the sentence holding `offset` (binary search over sorted sentences). */
export const sentenceAt = (sentences: ReadonlyArray<Sentence>, offset: number): Sentence | undefined => {
  let lo = 0
  let hi = sentences.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = sentences[mid]!
    if (offset < s.start) hi = mid - 1
    else if (offset >= s.end) lo = mid + 1
    else return s
  }
  return undefined
}
