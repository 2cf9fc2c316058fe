/** Tests for grouping incidents into map markers. */
import { Incident, Place, type IncidentId } from "@wirewatch/domain"
import { describe, expect, it } from "vitest"
import { placeGroups } from "../src/map/placeGroups.ts"

const place = (name: string, lat: number | null, lon: number | null) => new Place({ name, region: null, country: "Ukraine", countryCode: "UA", lat, lon })
const incident = (id: string, p: Place, killed: number | null, injured: number | null) =>
  new Incident({ id: id as IncidentId, kind: "attack", place: p, date: null, datePrecision: "day", perpetratorId: null, perpetrator: null, weapons: [], killed, injured, reportCount: 1 })

describe("placeGroups", () => {
  const kyiv = place("Kyiv", 50.45, 30.52)
  const groups = placeGroups([
    incident("a", kyiv, 3, null),
    incident("b", place("Odesa", 46.48, 30.72), null, 2),
    incident("c", kyiv, 1, 5),
    incident("d", place("Donetsk Oblast", null, null), 9, 9)
  ])

  it("puts incidents at the same coordinates together, most incidents first, and leaves out places without coordinates", () => {
    expect(groups.map((g) => [g.name, g.incidents.map((i) => i.id)])).toEqual([
      ["Kyiv", ["a", "c"]],
      ["Odesa", ["b"]]
    ])
  })

  it("sums the reported tolls, counting a missing figure as none", () => {
    expect(groups.map((g) => [g.killed, g.injured])).toEqual([
      [4, 5],
      [0, 2]
    ])
  })
})
