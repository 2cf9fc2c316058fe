import { describe, expect, it } from "vitest"
import { extract } from "./Article.ts"

describe("incidents", () => {
  it("reads place, date, perpetrator, weapons and toll of an attack", () => {
    const x = extract("2025-03-13", "A Russian missile and drone attack on Kiev killed four people and injured 23 on Wednesday, officials said.")
    expect(x.incidents).toHaveLength(1)
    const i = x.incidents[0]!
    expect(i.place).toMatchObject({ name: "Kyiv", country: "Ukraine", countryCode: "UA" })
    expect(i.placeMention).toBe("Kiev")
    expect(i).toMatchObject({ date: "2025-03-12", datePrecision: "day", perpetrator: "Russia", killed: 4, injured: 23 })
    expect([...i.weapons].sort()).toEqual(["drone", "missile"])
  })

  it("merges later reports of the same event and takes the latest figures", () => {
    const x = extract(
      "2025-03-13",
      "Shelling hit the centre of Kherson overnight, killing two people.",
      "The death toll from the shelling has risen to five, the governor said."
    )
    expect(x.incidents).toHaveLength(1)
    expect(x.incidents[0]).toMatchObject({ killed: 5, injured: null, kind: "shelling" })
    expect(x.incidents[0]!.mentions.length).toBeGreaterThan(0)
  })

  it("ignores threats, hypotheticals and denials", () => {
    const x = extract(
      "2025-03-13",
      "The commander threatened to strike Kyiv if the talks fail.",
      "Officials fear Russia could attack Odesa next week.",
      "Moscow denied that its missiles hit a hospital in Kharkiv."
    )
    expect(x.incidents).toEqual([])
  })

  it("keeps separate places of a round-up apart with their own tolls", () => {
    const x = extract("2025-09-24", "Two people were killed in Kramatorsk, and three were injured in Sloviansk on Tuesday, the governor said.")
    expect(x.incidents.map((i) => [i.placeMention, i.killed, i.injured, i.date])).toEqual([
      ["Kramatorsk", 2, null, "2025-09-23"],
      ["Sloviansk", null, 3, "2025-09-23"]
    ])
  })
})

describe("sources", () => {
  it("names the publisher and the outlet it cites", () => {
    const x = extract("2025-03-13", "The talks resumed in Riyadh on Thursday, UNN reports with reference to Reuters.")
    expect(x.article.sources.map((s) => [s.outlet, s.role])).toEqual([["UNN", "publisher"], ["Reuters", "cited"]])
    expect(x.statements).toEqual([])
  })
})
