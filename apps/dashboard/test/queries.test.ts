/** Tests that URL state becomes the query strings the API decodes, encoded as the domain's own query schemas encode them. */
import { ActorQuery, ArticleQuery, IncidentQuery, IncidentSeriesQuery, StatementQuery, StatementSeriesQuery, type IsoDate } from "@wirewatch/domain"
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { searchOf } from "../src/api/client.ts"
import { actorQueryOf, articleQueryOf, bucketStatementQuery, incidentQueryOf, incidentSeriesQueryOf, statementQueryOf, statementSeriesQueryOf } from "../src/api/queries.ts"
import { emptyIncidentFilters, emptyStatementFilters } from "../src/state/urlState.ts"

describe("API queries from URL state", () => {
  it("encodes statement filters as the API reads them: comma-joined actors, limit as text, blanks left out", () => {
    const q = statementQueryOf({ ...emptyStatementFilters, actors: ["person:donald-trump", "state:russia"], kind: "direct", q: "  strikes  " }, 50)
    expect(searchOf(q)).toBe(`?actor=${encodeURIComponent("person:donald-trump,state:russia")}&kind=direct&q=strikes&limit=50`)
  })

  it("sends nothing for empty filters but the page size", () => {
    expect(searchOf(statementQueryOf(emptyStatementFilters, 25))).toBe("?limit=25")
    expect(searchOf(incidentQueryOf({ ...emptyIncidentFilters, country: " " }))).toBe("")
  })

  it("a drill-down asks for the bucket's days and the clicked actor, and decodes back to the same query", () => {
    const q = bucketStatementQuery({ from: "2025-04-21" as IsoDate, to: "2025-04-27" as IsoDate }, ["state:russia"], 25, "cursor-1")
    const search = searchOf(q)
    const wire = Object.fromEntries(new URLSearchParams(search))
    expect(wire).toEqual({ actor: "state:russia", from: "2025-04-21", to: "2025-04-27", limit: "25", cursor: "cursor-1" })
    expect(Schema.decodeUnknownSync(StatementQuery)(wire)).toEqual(q)
  })

  it("always names the interval of a series", () => {
    expect(searchOf(statementSeriesQueryOf([], "month", null, null))).toBe("?interval=month")
  })

  it("encodes every query the way the domain schema encodes it (the API decodes with that schema)", () => {
    const day = (d: string) => d as IsoDate
    const viaSchema = <A, I>(schema: Schema.Schema<A, I>, query: A): string => {
      const encoded = Schema.encodeSync(schema)(query) as Record<string, unknown>
      const params = new URLSearchParams()
      for (const [k, v] of Object.entries(encoded)) if (v !== undefined && v !== "") params.set(k, String(v))
      const s = params.toString()
      return s === "" ? "" : `?${s}`
    }
    const cases: ReadonlyArray<readonly [Schema.Schema<any, any>, object]> = [
      [StatementQuery, statementQueryOf({ actors: ["person:donald-trump", "state:russia"], kind: "indirect", q: " peace talks ", from: day("2025-01-01"), to: day("2025-03-31") }, 50, "c:1/2")],
      [StatementQuery, bucketStatementQuery({ from: day("2025-04-21"), to: day("2025-04-27") }, [], 25, undefined, "ceasefire")],
      [StatementSeriesQuery, statementSeriesQueryOf(["a", "b", "c"], "week", day("2024-02-29"), null, "grain & gas")],
      [IncidentQuery, incidentQueryOf({ country: "Ukraine", place: "Kyiv", perpetrator: "Russia", from: null, to: day("2025-12-31") }, 1000, "x")],
      [IncidentSeriesQuery, incidentSeriesQueryOf("day", day("2025-01-01"), day("2025-01-31"), { country: "UA", place: " " })],
      [ActorQuery, actorQueryOf({ kind: "state", q: "Rus" }, 40)],
      [ArticleQuery, articleQueryOf({ q: "missile", from: day("2025-05-01"), to: null }, 50, "next")]
    ]
    const params = (search: string) => Object.fromEntries(new URLSearchParams(search))
    for (const [schema, query] of cases) {
      expect(params(searchOf(query))).toEqual(params(viaSchema(schema, query)))
      expect(Schema.decodeUnknownSync(schema)(params(searchOf(query)))).toEqual(query)
    }
  })
})
