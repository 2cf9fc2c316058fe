/** The article file format: an optional space, `date YYYY-MM-DD`, then the body on the same line or the next. */
import { Either } from "effect"
import { ArticleParseError } from "./Errors.ts"
import { type IsoDate, isIsoDate } from "./IsoDate.ts"

/** What a well-formed article file holds. `text` is the whole file, decoded; spans point into it. */
export interface ParsedArticleFile {
  readonly fileName: string
  readonly date: IsoDate
  readonly text: string
  readonly bodyStart: number
  /** First non-empty paragraph of the body. */
  readonly title: string
}

/** Files larger than this are refused: no news article is 5 MB of text. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024

const DATE_LINE = /^\uFEFF?[ \t]*date[ \t]+(\S+)(?:[ \t]+|\r?\n|$)/

const fail = (file: string, problem: ArticleParseError["problem"], detail: string) =>
  Either.left(new ArticleParseError({ file, problem, detail }))

/** The first non-blank line from `from` on, trimmed: the body's first paragraph. */
const firstLine = (text: string, from: number): string | undefined => {
  for (let at = from; at <= text.length; ) {
    let nl = text.indexOf("\n", at)
    if (nl === -1) nl = text.length
    const line = text.slice(at, nl).trim()
    if (line.length > 0) return line
    at = nl + 1
  }
  return undefined
}

/** Parses decoded text. */
export const parseArticleText = (fileName: string, text: string): Either.Either<ParsedArticleFile, ArticleParseError> => {
  const m = DATE_LINE.exec(text)
  if (m === null) {
    const first = text.split(/\r?\n/, 1)[0]?.slice(0, 40) ?? ""
    return fail(fileName, "missing-date-line", `first line must start with "date YYYY-MM-DD", found ${JSON.stringify(first)}`)
  }
  const raw = m[1]!
  if (!isIsoDate(raw)) {
    return fail(fileName, "invalid-date", `invalid date ${JSON.stringify(raw)} in the date line (expected a real day as YYYY-MM-DD)`)
  }
  const bodyStart = m[0].length
  const title = firstLine(text, bodyStart)
  if (title === undefined) return fail(fileName, "empty-body", "the article has a date line but no body")
  return Either.right({ fileName, date: raw as IsoDate, text, bodyStart, title })
}

/** Parses raw bytes: refuses binary content and anything that is not valid UTF-8 before reading the date line. */
export const parseArticleBytes = (fileName: string, bytes: Uint8Array): Either.Either<ParsedArticleFile, ArticleParseError> => {
  if (bytes.byteLength > MAX_ARTICLE_BYTES) {
    return fail(fileName, "too-large", `file is ${bytes.byteLength} bytes; the limit is ${MAX_ARTICLE_BYTES}`)
  }
  if (bytes.indexOf(0) !== -1) return fail(fileName, "binary", "file contains NUL bytes: binary, not a text article")
  let text: string
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return fail(fileName, "not-utf8", "file is not valid UTF-8 text")
  }
  if (/[\u0001-\u0008\u000E-\u001F]/.test(text.slice(0, 4096))) {
    return fail(fileName, "binary", "file contains control characters: binary, not a text article")
  }
  return parseArticleText(fileName, text)
}

/** Prints an article in the file format (the inverse of parsing, for generators and tests). */
export const printArticleFile = (date: IsoDate, body: string): string => ` date ${date} ${body}`
