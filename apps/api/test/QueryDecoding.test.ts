import { ArticleQuery, IncidentSeriesQuery, StatementQuery, StatementSeriesQuery } from "@wirewatch/domain"
import { Either } from "effect"
import { describe, expect, it } from "vitest"
import { decodeQuery, MAX_SERIES_BUCKETS, NoQuery } from "../src/QueryDecoding.ts"

const issuesOf = (result: Either.Either<unknown, { readonly issues: ReadonlyArray<string> }>) =>
  Either.isLeft(result) ? result.left.issues : ["(decoded)"]

describe("decodeQuery", () => {
  it("decodes strings into the domain query, splitting lists and applying defaults", () => {
    expect(decodeQuery(StatementQuery, { actor: ["a, b,,c"], limit: ["5"], kind: ["direct"] })).toEqual(
      Either.right({ actor: ["a", "b", "c"], limit: 5, kind: "direct" })
    )
    expect(decodeQuery(IncidentSeriesQuery, {})).toEqual(Either.right({ interval: "day" }))
  })

  it("says what was expected and what was sent", () => {
    expect(issuesOf(decodeQuery(ArticleQuery, { from: ["1 March"] }))).toEqual(['from: expected a date as YYYY-MM-DD, got "1 March"'])
    expect(issuesOf(decodeQuery(ArticleQuery, { limit: ["2.5"] }))).toEqual(['limit: expected an integer, got "2.5"'])
  })

  it("shortens long values it quotes back", () => {
    const [line] = issuesOf(decodeQuery(ArticleQuery, { q: ["x".repeat(500)] }))
    expect(line).toMatch(/^q: expected a string at most 200 character\(s\) long, got "x{60}…"$/)
  })

  it("accepts from equal to to, refuses from after to", () => {
    expect(Either.isRight(decodeQuery(ArticleQuery, { from: ["2025-03-03"], to: ["2025-03-03"] }))).toBe(true)
    expect(issuesOf(decodeQuery(ArticleQuery, { from: ["2025-03-04"], to: ["2025-03-03"] }))).toEqual([
      "from: 2025-03-04 is after to: 2025-03-03"
    ])
  })

  it("refuses any parameter on a route that takes none", () => {
    expect(issuesOf(decodeQuery(NoQuery, { a: ["1"], b: ["2"] }))).toEqual([
      "a: unknown query parameter; this route takes none",
      "b: unknown query parameter; this route takes none"
    ])
    expect(decodeQuery(NoQuery, {})).toEqual(Either.right({}))
  })

  it("bounds a series over an explicit range to MAX_SERIES_BUCKETS buckets, whatever the interval", () => {
    expect(MAX_SERIES_BUCKETS).toBe(10_000)
    // 2000-01-01 .. 2027-05-18 is exactly 10,000 days.
    const days = (to: string) => decodeQuery(StatementSeriesQuery, { from: ["2000-01-01"], to: [to], interval: ["day"] })
    expect(Either.isRight(days("2027-05-18"))).toBe(true)
    expect(issuesOf(days("2027-05-19"))).toEqual([
      "interval: 2000-01-01 to 2027-05-19 is 10001 day buckets, more than 10000; choose a longer interval or a shorter range"
    ])
    // The same range by week is 1,429 buckets; a millennium by month is 12,000.
    expect(Either.isRight(decodeQuery(StatementSeriesQuery, { from: ["2000-01-01"], to: ["2027-05-19"], interval: ["week"] }))).toBe(true)
    expect(issuesOf(decodeQuery(IncidentSeriesQuery, { from: ["1000-01-01"], to: ["1999-12-31"], interval: ["month"] }))).toEqual([
      "interval: 1000-01-01 to 1999-12-31 is 12000 month buckets, more than 10000; choose a longer interval or a shorter range"
    ])
    // The default interval is day, and counts too.
    expect(Either.isLeft(decodeQuery(IncidentSeriesQuery, { from: ["1000-01-01"], to: ["2999-01-01"] }))).toBe(true)
  })
})
