/** Decodes a URL query string with a domain query schema, turning every problem into one readable line that names the parameter. */
import { daysBetween, InvalidQuery, startOfWeek, type Interval, type IsoDate } from "@wirewatch/domain"
import { Either, ParseResult, Schema } from "effect"

/** A query schema: a struct of optional fields whose encoded side is the strings a URL carries. */
export type QuerySchema<A> = Schema.Schema<A, any, never> & { readonly fields: Schema.Struct.Fields }

/** The query of routes that take no parameters (health, detail pages). */
export const NoQuery = Schema.Struct({})

/** The raw query string as Hono gives it with `c.req.queries()`: every value of every key. */
export type RawQuery = Readonly<Record<string, ReadonlyArray<string>>>

const MAX_SHOWN = 60

const quote = (raw: string): string =>
  JSON.stringify(raw.length > MAX_SHOWN ? `${raw.slice(0, MAX_SHOWN)}…` : raw)

/** Effect's messages say `Expected X, actual Y`; we say `expected X, got "<what was sent>"`. */
const EXPECTED_ACTUAL = /^Expected (.*?), actual [\s\S]*$/

/** The lines of one parameter's issues: optional-field noise dropped, literal alternatives merged. */
const linesOfParameter = (name: string, raw: string | undefined, messages: ReadonlyArray<string>): Array<string> => {
  const expected: Array<string> = []
  const other: Array<string> = []
  for (const message of messages) {
    if (/^Expected undefined, actual /.test(message)) continue
    const m = EXPECTED_ACTUAL.exec(message)
    if (m !== null) expected.push(m[1]!)
    else other.push(message)
  }
  const got = raw === undefined ? "" : `, got ${quote(raw)}`
  const lines = other.map((message) => (raw !== undefined && message.includes(raw) ? `${name}: ${message}` : `${name}: ${message}${got}`))
  if (expected.length > 0) lines.push(`${name}: expected ${expected.join(" | ")}${got}`)
  return lines
}

const unknownParameter = (name: string, known: ReadonlyArray<string>): string =>
  known.length === 0
    ? `${name}: unknown query parameter; this route takes none`
    : `${name}: unknown query parameter; known parameters are ${known.join(", ")}`

/** Turns a parse error on a query into lines like `from: expected a date as YYYY-MM-DD, got "2025/13/01"`. */
export const issuesOf = (
  error: ParseResult.ParseError,
  input: Readonly<Record<string, string>>,
  known: ReadonlyArray<string>
): Array<string> => {
  const byParameter = new Map<string, Array<string>>()
  const lines: Array<string> = []
  for (const issue of ParseResult.ArrayFormatter.formatErrorSync(error)) {
    const name = issue.path.map(String).join(".")
    if (issue._tag === "Unexpected") {
      lines.push(unknownParameter(name, known))
      continue
    }
    const messages = byParameter.get(name) ?? []
    messages.push(issue.message)
    byParameter.set(name, messages)
  }
  for (const [name, messages] of byParameter) lines.push(...linesOfParameter(name, input[name], messages))
  return lines
}

/** A parameter given more than once is refused rather than silently taking one value: lists are comma-separated. */
const repeatedIssues = (raw: RawQuery): Array<string> =>
  Object.entries(raw)
    .filter(([, values]) => values.length > 1)
    .map(([name, values]) => `${name}: given ${values.length} times; give it once (lists are comma-separated: ${name}=a,b)`)

/** Parameters the schema does not name; checked here because an empty struct would let any key through. */
const unknownIssues = (raw: RawQuery, known: ReadonlyArray<string>): Array<string> =>
  Object.keys(raw)
    .filter((name) => !known.includes(name))
    .map((name) => unknownParameter(name, known))

/** `from` must not be after `to` in any query that has both. */
const dateOrderIssues = (query: unknown): Array<string> => {
  if (typeof query !== "object" || query === null) return []
  const { from, to } = query as { readonly from?: unknown; readonly to?: unknown }
  return typeof from === "string" && typeof to === "string" && from > to ? [`from: ${from} is after to: ${to}`] : []
}

/** The most buckets a time series may span: ten thousand days is 27 years, and the answer stays a few MB. */
export const MAX_SERIES_BUCKETS = 10_000

/** How many buckets of `interval` the days `from`..`to` touch. */
const bucketCount = (from: IsoDate, to: IsoDate, interval: Interval): number => {
  switch (interval) {
    case "day":
      return daysBetween(from, to) + 1
    case "week":
      return daysBetween(startOfWeek(from), startOfWeek(to)) / 7 + 1
    case "month":
      return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1
  }
}

/** A series over an explicit range is refused when it would have more buckets than anyone can chart. */
const seriesSpanIssues = (query: unknown): Array<string> => {
  if (typeof query !== "object" || query === null) return []
  const { from, to, interval } = query as { readonly from?: IsoDate; readonly to?: IsoDate; readonly interval?: Interval }
  if (from === undefined || to === undefined || interval === undefined || from > to) return []
  const count = bucketCount(from, to, interval)
  return count > MAX_SERIES_BUCKETS
    ? [`interval: ${from} to ${to} is ${count} ${interval} buckets, more than ${MAX_SERIES_BUCKETS}; choose a longer interval or a shorter range`]
    : []
}

/** Decodes a raw query with `schema`; unknown or repeated parameters, `from` after `to` and oversized series are refused too, all reported at once. */
export const decodeQuery = <A>(schema: QuerySchema<A>, raw: RawQuery): Either.Either<A, InvalidQuery> => {
  const known = Object.keys(schema.fields)
  const issues = [...unknownIssues(raw, known), ...repeatedIssues(raw)]
  const input: Record<string, string> = {}
  for (const [name, values] of Object.entries(raw)) if (known.includes(name)) input[name] = values[0] ?? ""
  const decoded = Schema.decodeUnknownEither(schema, { onExcessProperty: "error", errors: "all" })(input)
  if (Either.isLeft(decoded)) issues.push(...issuesOf(decoded.left, input, known))
  else issues.push(...dateOrderIssues(decoded.right), ...seriesSpanIssues(decoded.right))
  return issues.length > 0 || Either.isLeft(decoded)
    ? Either.left(new InvalidQuery({ issues }))
    : Either.right(decoded.right)
}
