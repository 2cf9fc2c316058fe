/** Tests that URL state becomes the query strings the API decodes, through the domain's own query schemas. */
import { StatementQuery, type IsoDate } from "@wirewatch/domain"
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { searchOf } from "../src/api/client.ts"
import { bucketStatementQuery, incidentQueryOf, statementQueryOf, statementSeriesQueryOf } from "../src/api/queries.ts"
import { StatementSeriesQuery, IncidentQuery } from "@wirewatch/domain"
import { emptyIncidentFilters, emptyStatementFilters } from "../src/state/urlState.ts"

describe("API queries from URL state", () => {
  it("encodes statement filters as the API reads them: comma-joined actors, limit as text, blanks left out", () => {
    const q = statementQueryOf({ ...emptyStatementFilters, actors: ["person:donald-trump", "state:russia"], kind: "direct", q: "  strikes  " }, 50)
    expect(searchOf(StatementQuery, q)).toBe(`?actor=${encodeURIComponent("person:donald-trump,state:russia")}&kind=direct&q=strikes&limit=50`)
  })

  it("sends nothing for empty filters but the page size", () => {
    expect(searchOf(StatementQuery, statementQueryOf(emptyStatementFilters, 25))).toBe("?limit=25")
    expect(searchOf(IncidentQuery, incidentQueryOf({ ...emptyIncidentFilters, country: " " }))).toBe("")
  })

  it("a drill-down asks for the bucket's days and the clicked actor, and decodes back to the same query", () => {
    const q = bucketStatementQuery({ from: "2025-04-21" as IsoDate, to: "2025-04-27" as IsoDate }, ["state:russia"], 25, "cursor-1")
    const search = searchOf(StatementQuery, q)
    const wire = Object.fromEntries(new URLSearchParams(search))
    expect(wire).toEqual({ actor: "state:russia", from: "2025-04-21", to: "2025-04-27", limit: "25", cursor: "cursor-1" })
    expect(Schema.decodeUnknownSync(StatementQuery)(wire)).toEqual(q)
  })

  it("always names the interval of a series", () => {
    expect(searchOf(StatementSeriesQuery, statementSeriesQueryOf([], "month", null, null))).toBe("?interval=month")
  })
})
