/** Tests for the URL ↔ view mapping: links round-trip, bad parameters fall back, ids survive encoding. */
import type { IsoDate } from "@wirewatch/domain"
import { describe, expect, it } from "vitest"
import {
  emptyMap,
  emptyOverlay,
  emptyOverview,
  emptyStatementFilters,
  hashRouteLocation,
  parseRoute,
  routeHref,
  type Route
} from "../src/state/urlState.ts"

const at = (href: string): Route => {
  const url = new URL(href, "http://localhost")
  return parseRoute({ pathname: url.pathname, search: url.search, hash: url.hash })
}

const roundTrips: ReadonlyArray<Route> = [
  { page: "overview", state: emptyOverview },
  {
    page: "overview",
    state: {
      interval: "month",
      actors: ["person:donald-trump", "state:russia"],
      from: "2025-01-01" as IsoDate,
      to: "2025-06-30" as IsoDate,
      q: "peace",
      drill: { chart: "statements", bucket: "2025-04-01" as IsoDate, actor: "state:russia" }
    }
  },
  { page: "overview", state: { ...emptyOverview, drill: { chart: "incidents", bucket: "2025-04-21" as IsoDate } } },
  { page: "overlay", state: emptyOverlay },
  {
    page: "overlay",
    state: { actor: "person:donald-trump", q: "peace", country: "Ukraine", place: "Kyiv", interval: "day", from: "2025-04-01" as IsoDate, to: "2025-04-30" as IsoDate, bucket: "2025-04-24" as IsoDate }
  },
  { page: "map", state: emptyMap },
  { page: "map", state: { country: "UA", perpetrator: "Russia", from: "2025-01-01" as IsoDate, to: null } },
  { page: "statements", filters: { actors: ["person:donald-trump"], kind: "direct", q: "not happy & sad", from: null, to: "2025-05-01" as IsoDate } },
  { page: "articles", filters: { q: "Kyiv", from: "2025-04-01" as IsoDate, to: null } },
  { page: "article", id: "9118b10068443bb7", focus: null },
  { page: "article", id: "9118b10068443bb7", focus: { kind: "statement", id: "9118b10068443bb7:s3" } },
  { page: "article", id: "9118b10068443bb7", focus: { kind: "incident", id: "9118b10068443bb7:i0" } },
  { page: "actors", filters: { kind: "state", q: "rus" } },
  { page: "incidents", filters: { country: "UA", place: "Kyiv", perpetrator: "Russia", from: null, to: null } },
  { page: "incident", id: "kyiv/2025-04-24#airstrike ?" },
  { page: "actor", id: "person:jonas-gahr-store", interval: "month" },
  { page: "actor", id: "group:al-qassam brigades/armed wing", interval: "day" }
]

describe("routes as URLs", () => {
  it.each(roundTrips.map((r) => [routeHref(r), r] as const))("%s round-trips", (href, route) => {
    expect(at(href)).toEqual(route)
  })

  it("leaves defaults out of links", () => {
    expect(routeHref({ page: "overview", state: emptyOverview })).toBe("/")
    expect(routeHref({ page: "overlay", state: emptyOverlay })).toBe("/overlay")
    expect(routeHref({ page: "map", state: emptyMap })).toBe("/map")
    expect(routeHref({ page: "statements", filters: emptyStatementFilters })).toBe("/statements")
  })

  it("writes comma lists and ids readably", () => {
    expect(routeHref({ page: "statements", filters: { ...emptyStatementFilters, actors: ["person:a", "state:b"] } })).toBe("/statements?actor=person:a,state:b")
    expect(routeHref({ page: "article", id: "abc123", focus: { kind: "statement", id: "abc123:s1" } })).toBe("/articles/abc123#statement=abc123:s1")
  })

  it("ignores malformed parameters instead of failing", () => {
    expect(at("/?interval=year&from=2025-02-30&to=yesterday&drill=statements&bucket=nope")).toEqual({ page: "overview", state: emptyOverview })
    expect(at("/statements?kind=shouted&actor=,,")).toEqual({ page: "statements", filters: emptyStatementFilters })
  })

  it("needs a bucket for a drill-down, and knows only the two charts", () => {
    expect(at("/?drill=statements").page === "overview" && (at("/?drill=statements") as { state: { drill: unknown } }).state.drill).toBeNull()
    expect((at("/?drill=pie&bucket=2025-04-21") as { state: { drill: unknown } }).state.drill).toBeNull()
    expect((at("/?drill=statements&bucket=2025-04-21") as { state: { drill: unknown } }).state.drill).toEqual({ chart: "statements", bucket: "2025-04-21", actor: null })
  })

  it("reads an article focus written by hand, encoded or not", () => {
    expect(at("/articles/abc#statement=abc:s2")).toEqual({ page: "article", id: "abc", focus: { kind: "statement", id: "abc:s2" } })
    expect(at("/articles/abc#statement=abc%3As2")).toEqual({ page: "article", id: "abc", focus: { kind: "statement", id: "abc:s2" } })
    expect(at("/articles/abc#comments")).toEqual({ page: "article", id: "abc", focus: null })
    expect(at("/articles/abc#statement=%E0%A4%A")).toEqual({ page: "article", id: "abc", focus: null })
  })

  it("tolerates a trailing slash and reports unknown paths", () => {
    expect(at("/statements/").page).toBe("statements")
    expect(at("/nowhere")).toEqual({ page: "not-found", path: "/nowhere" })
    expect(at("/articles/a/b")).toEqual({ page: "not-found", path: "/articles/a/b" })
  })

  it("accepts hash-router links such as /#/statements", () => {
    expect(hashRouteLocation("#/statements?kind=direct")).toEqual({ pathname: "/statements", search: "?kind=direct", hash: "" })
    expect(at("/#/statements?kind=direct")).toEqual({ page: "statements", filters: { ...emptyStatementFilters, kind: "direct" } })
    expect(at("/#/articles/abc#statement=abc:s1")).toEqual({ page: "article", id: "abc", focus: { kind: "statement", id: "abc:s1" } })
    expect(hashRouteLocation("#statement=abc:s1")).toBeNull()
  })
})
