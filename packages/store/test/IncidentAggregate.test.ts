import { describe, expect, it } from "@effect/vitest"
import { IncidentReport } from "@wirewatch/domain"
import { aggregateOf } from "../src/index.ts"
import { article1, article2, day } from "./fixtures.ts"

const kyiv1 = article1.incidents[0]!
const kyiv2 = article2.incidents[0]!

describe("aggregateOf", () => {
  it("takes the highest tolls, all weapons, the first perpetrator, and counts reports", () => {
    expect(aggregateOf([kyiv2, kyiv1])).toMatchObject({
      killed: 5,
      injured: 10,
      weapons: ["drone", "missile"],
      perpetrator: "Russia",
      reportCount: 2
    })
  })

  it("keeps unknown tolls unknown, and known ones over unknown", () => {
    const unknown = IncidentReport.make({ ...kyiv1, killed: null, injured: null })
    expect(aggregateOf([unknown])).toMatchObject({ killed: null, injured: null })
    expect(aggregateOf([unknown, kyiv2])).toMatchObject({ killed: 5, injured: 8 })
  })

  it("dates the incident by its most precise dated report", () => {
    const monthOnly = IncidentReport.make({ ...kyiv1, date: day("2025-01-01"), datePrecision: "month" })
    const undated = IncidentReport.make({ ...kyiv1, date: null, datePrecision: "day" })
    expect(aggregateOf([monthOnly, undated, kyiv2])).toMatchObject({ date: "2025-01-11", datePrecision: "day" })
    expect(aggregateOf([undated, monthOnly])).toMatchObject({ date: "2025-01-01", datePrecision: "month" })
    expect(aggregateOf([kyiv1, kyiv2])).toMatchObject({ date: "2025-01-10" })
  })
})
