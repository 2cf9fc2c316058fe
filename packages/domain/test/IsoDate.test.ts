import { Either, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { actorIdOf, addDays, daysBetween, IsoDate, isIsoDate, isoWeekday, isSameEvent, Place, startOfMonth, startOfWeek } from "../src/index.ts"

const d = (s: string) => Schema.decodeSync(IsoDate)(s)

describe("IsoDate", () => {
  it("isIsoDate agrees with the schema", () => {
    for (const s of ["2024-02-29", "2023-02-29", "2023-13-01", "2025-4-24", "0000-01-01", "1999-12-31", "2025-04-24T00:00", " 2025-04-24", "yesterday"]) {
      expect(isIsoDate(s), s).toBe(Either.isRight(Schema.decodeEither(IsoDate)(s)))
    }
  })
  it("accepts real days and refuses others", () => {
    expect(Either.isRight(Schema.decodeEither(IsoDate)("2024-02-29"))).toBe(true)
    expect(Either.isLeft(Schema.decodeEither(IsoDate)("2023-02-29"))).toBe(true)
    expect(Either.isLeft(Schema.decodeEither(IsoDate)("2023-13-01"))).toBe(true)
  })

  it("does calendar arithmetic across month and year ends", () => {
    expect(addDays(d("2024-12-31"), 1)).toBe("2025-01-01")
    expect(addDays(d("2024-03-01"), -1)).toBe("2024-02-29")
    expect(daysBetween(d("2025-04-20"), d("2025-04-24"))).toBe(4)
  })

  it("finds Mondays and month starts", () => {
    expect(isoWeekday(d("2025-04-24"))).toBe(4) // a Thursday
    expect(startOfWeek(d("2025-04-24"))).toBe("2025-04-21")
    expect(startOfWeek(d("2025-04-27"))).toBe("2025-04-21") // Sunday belongs to the week before
    expect(startOfMonth(d("2025-04-24"))).toBe("2025-04-01")
  })
})

describe("actorIdOf", () => {
  it("gives one id to one name whatever its accents and case", () => {
    expect(actorIdOf("person", "Jonas Gahr Støre")).toBe("person:jonas-gahr-store")
    expect(actorIdOf("person", "Jonas Gahr STØRE")).toBe(actorIdOf("person", "Jonas Gahr Støre"))
    expect(actorIdOf("state", "Russia")).not.toBe(actorIdOf("group", "Russia"))
  })
})

describe("isSameEvent", () => {
  const kyiv = new Place({ name: "Kyiv", region: "Kyiv", country: "Ukraine", countryCode: "UA", lat: 50.45, lon: 30.52 })
  const lviv = new Place({ name: "Lviv", region: "Lviv Oblast", country: "Ukraine", countryCode: "UA", lat: 49.84, lon: 24.03 })
  it("links reports of one place, one kind, a day apart at most", () => {
    expect(isSameEvent({ place: kyiv, date: d("2025-04-24"), kind: "missile" }, { place: kyiv, date: d("2025-04-25"), kind: "missile" })).toBe(true)
    expect(isSameEvent({ place: kyiv, date: d("2025-04-24"), kind: "missile" }, { place: kyiv, date: d("2025-04-26"), kind: "missile" })).toBe(false)
    expect(isSameEvent({ place: kyiv, date: d("2025-04-24"), kind: "missile" }, { place: lviv, date: d("2025-04-24"), kind: "missile" })).toBe(false)
    expect(isSameEvent({ place: kyiv, date: d("2025-04-24"), kind: "missile" }, { place: kyiv, date: d("2025-04-24"), kind: "drone" })).toBe(false)
  })
})
