import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { countryPlace, lookupDistrict, lookupPlace } from "../src/Gazetteer.ts"
import { PlaceNameIndexBuilder } from "../src/PlaceNameIndex.ts"

describe("place name index", () => {
  it("keeps each key's places in insertion order, without repeats", () => {
    const b = new PlaceNameIndexBuilder()
    b.add("kyiv", 3)
    b.add("kiev", 3)
    b.add("kyiv", 1)
    b.add("kyiv", 3)
    b.set("kiev", [7, ...b.get("kiev")])
    const index = b.build()
    expect([...index.get("kyiv")]).toEqual([3, 1])
    expect([...index.get("kiev")]).toEqual([7, 3])
    expect(index.has("kyi")).toBe(false)
    expect(index.get("kyivv").length).toBe(0)
  })
  it("finds every one of many keys, two-byte ones included", () => {
    const b = new PlaceNameIndexBuilder()
    const keys = Array.from({ length: 5000 }, (_, i) => `place ${i} ${i % 7 === 0 ? "łódź" : "x"}`)
    keys.forEach((k, i) => b.add(k, i))
    const index = b.build()
    keys.forEach((k, i) => expect([...index.get(k)]).toEqual([i]))
    expect(index.has("place 5000 x")).toBe(false)
  })
})

/** Answers of the gazetteer before it was made compact (a Map of GazPlace arrays), for a spread of its names. */
interface Answers {
  readonly lookups: ReadonlyArray<[string, Array<string>, unknown]>
  readonly districts: ReadonlyArray<[string, unknown]>
  readonly countries: ReadonlyArray<[string, unknown]>
}
const answers = JSON.parse(readFileSync(new URL("./fixtures/gazetteer-answers.json", import.meta.url), "utf8")) as Answers

describe("compact gazetteer", () => {
  it("geocodes as the Map-based gazetteer did", () => {
    for (const [name, countries, place] of answers.lookups) expect(lookupPlace(name, countries) ?? null, `${name} ${countries}`).toEqual(place)
    for (const [name, place] of answers.districts) expect(lookupDistrict(name) ?? null, name).toEqual(place)
    for (const [cc, place] of answers.countries) expect(countryPlace(cc) ?? null, cc).toEqual(place)
  })
  it("returns the same object for the same town", () => {
    expect(lookupPlace("Kharkiv")).toBe(lookupPlace("Kharkov"))
  })
})
