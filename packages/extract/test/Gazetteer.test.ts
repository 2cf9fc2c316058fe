import { describe, expect, it } from "vitest"
import { lookupPlace, placeKey } from "../src/Gazetteer.ts"

describe("gazetteer", () => {
  it("knows Kyiv under its old and new spellings", () => {
    for (const name of ["Kyiv", "Kiev", "KYIV"]) {
      const p = lookupPlace(name)!
      expect(p.name).toBe("Kyiv")
      expect(p.countryCode).toBe("UA")
      expect(p.lat).toBeCloseTo(50.45, 1)
    }
  })
  it("maps Odessa to Odesa and Kharkov to Kharkiv", () => {
    expect(lookupPlace("Odessa", ["UA"])!.name).toBe("Odesa")
    expect(lookupPlace("Kharkov")!.name).toBe("Kharkiv")
    expect(lookupPlace("Kharkiv")!.region).toBe("Kharkiv Oblast")
  })
  it("prefers the article's countries for ambiguous names", () => {
    expect(lookupPlace("Nikopol", ["UA"])!.countryCode).toBe("UA")
    expect(lookupPlace("Rafah", ["PS"])!.countryCode).toBe("PS")
  })
  it("folds accents, hyphens and apostrophes", () => {
    expect(placeKey("El-Fasher")).toBe(placeKey("el fasher"))
    expect(lookupPlace("El-Fasher")!.country).toBe("Sudan")
  })
  it("knows regions and countries", () => {
    expect(lookupPlace("Kherson Oblast")!.level).toBe("region")
    expect(lookupPlace("Yemen")!.level).toBe("country")
    expect(lookupPlace("Nowhereville Qqq")).toBeUndefined()
  })
})
