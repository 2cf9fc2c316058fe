/** Finds quoted passages in any quote style (straight, curly, guillemets, single) inside each paragraph. */
import { isLetterOrDigitCode, isSpaceCode } from "./Characters.ts"
import type { Paragraph } from "./Sentences.ts"

export interface QuoteSpan {
  /** Offset of the opening mark. */
  readonly open: number
  /** Offset of the closing mark, or the paragraph end when the quote runs on to the next paragraph. */
  readonly close: number
  /** The quoted words, without marks and without a trailing comma. */
  readonly start: number
  readonly end: number
  readonly paragraph: number
  /** True when the paragraph ends with the quote still open (newspaper style: continued in the next paragraph). */
  readonly runsOn: boolean
}

const OPENERS = new Set(["\u201C", "\u00AB", "\u201E"])
const CLOSERS = new Set(["\u201D", "\u00BB"])
/** The marks each scan stops at: /["\u201C\u201D\u00AB\u00BB\u201E]/ and /[\u2018']/, by code unit. */
const isDoubleMark = (c: number): boolean => c === 34 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 0x201e
const isSingleMark = (c: number): boolean => c === 39 || c === 0x2018
/** /[(\[\u2014\u2013:]/ by code unit: what may stand right before an opening single quote. */
const isSingleQuoteLead = (c: number): boolean => c === 40 || c === 91 || c === 0x2014 || c === 0x2013 || c === 58

const isSpace = (ch: string | undefined): boolean => ch === undefined || isSpaceCode(ch.charCodeAt(0))
const isLetter = (ch: string | undefined): boolean => ch !== undefined && isLetterOrDigitCode(ch.charCodeAt(0))

/** Whether a double quote mark at `i` opens (true) or closes (false) a quote, judged by its neighbours. */
const opensAt = (text: string, i: number, inside: boolean): boolean => {
  const ch = text[i]!
  const before = text[i - 1]
  const after = text[i + 1]
  if (OPENERS.has(ch) && !(inside && (isSpace(after) || /[,.;:!?]/.test(after ?? "")))) return true
  if (CLOSERS.has(ch) && !(!inside && isSpace(before) && !isSpace(after))) return false
  if (isSpace(before) || /[(\[\u2014\u2013\-:/]/.test(before ?? "")) return !isSpace(after)
  if (isSpace(after) || /[,.;:!?)\]\u2014\u2013]/.test(after ?? "")) return false
  return !inside
}

/** Trims whitespace and a trailing comma from the quoted words; keeps a final period, as the gold does. */
const trimmed = (text: string, s: number, e: number): [number, number] => {
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++
  while (e > s && /[\s,]/.test(text[e - 1]!)) e--
  return [s, e]
}

const doubleQuotes = (text: string, p: Paragraph, out: Array<QuoteSpan>): void => {
  let openAt = -1
  // the paragraph's marks, walked by code unit (a global regex's last search ran on past the paragraph's end)
  for (let i = p.start; i < p.end; i++) {
    if (!isDoubleMark(text.charCodeAt(i))) continue
    const inside = openAt !== -1
    const opens = opensAt(text, i, inside)
    if (!inside && opens) openAt = i
    else if (inside && !opens) {
      const [s, e] = trimmed(text, openAt + 1, i)
      if (e > s) out.push({ open: openAt, close: i, start: s, end: e, paragraph: p.index, runsOn: false })
      openAt = -1
    } else if (inside && opens) {
      // a second opener while open: the first one ran on unterminated; restart here
      openAt = i
    }
  }
  if (openAt !== -1) {
    const [s, e] = trimmed(text, openAt + 1, p.end)
    if (e - s > 1) out.push({ open: openAt, close: p.end, start: s, end: e, paragraph: p.index, runsOn: true })
  }
}

/** Single quotes count only as ‘…’ or '…' pairs around two or more words, never an apostrophe inside or after a word. */
const singleQuotes = (text: string, p: Paragraph, out: Array<QuoteSpan>): void => {
  for (let i = p.start; i < p.end; i++) {
    if (!isSingleMark(text.charCodeAt(i))) continue
    const ch = text[i]
    if (!(i === p.start || isSpace(text[i - 1]) || isSingleQuoteLead(text.charCodeAt(i - 1)))) continue
    if (!isLetter(text[i + 1])) continue
    const closer = ch === "\u2018" ? "\u2019" : "'"
    for (let j = i + 2; j < p.end && j < i + 400; j++) {
      if (text[j] === closer && !isLetter(text[j + 1]) && !isSpace(text[j - 1])) {
        const body = text.slice(i + 1, j)
        if (/\s/.test(body) && !/["\u201C\u201D]/.test(body)) {
          const [s, e] = trimmed(text, i + 1, j)
          out.push({ open: i, close: j, start: s, end: e, paragraph: p.index, runsOn: false })
          // the walk goes on after the closing mark
          i = j
        }
        break
      }
    }
  }
}

/** All quotes of the body, in document order; single-quoted spans inside a double-quoted one are left out. */
export const quoteSpansOf = (text: string, paragraphs: ReadonlyArray<Paragraph>): ReadonlyArray<QuoteSpan> => {
  const out: Array<QuoteSpan> = []
  for (const p of paragraphs) {
    const doubles: Array<QuoteSpan> = []
    doubleQuotes(text, p, doubles)
    const singles: Array<QuoteSpan> = []
    singleQuotes(text, p, singles)
    out.push(...doubles)
    for (const s of singles) if (!doubles.some((d) => s.open >= d.open && s.close <= d.close)) out.push(s)
  }
  return out.sort((a, b) => a.open - b.open)
}
