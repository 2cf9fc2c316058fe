import { describe, expect, it } from "vitest"
import { LowercaseWords, lowercaseWordSet } from "../src/LowercaseWords.ts"

describe("lowercase word lists", () => {
  const keys = ["the", "said", "gen.", "al-", "kyiv", "ćmielów", "k", "i\u0307", "x1_y", "Upper"]
  const table = new LowercaseWords(keys.map((k, i) => [k, i] as const))
  const reference = new Map(keys.map((k, i) => [k, i] as const))

  it("answer as a Map keyed by the lowercased word", () => {
    const asked = [
      "the", "The", "THE", "tHe", "th", "thee", "said", "SAID", "Gen.", "GEN", "AL-", "Kyiv", "KYIV", "Ćmielów", "ĆMIELÓW", "ćmielów",
      "\u212A", "K", "k", "\u0130", "İ", "X1_Y", "upper", "Upper", "UPPER", "", "x", "kyiv\u2019", "the\u00a0"
    ]
    for (const w of asked) expect([w, table.get(w)]).toEqual([w, reference.get(w.toLowerCase())])
  })

})

describe("lowercase word sets", () => {
  it("hold a word in any case, and only whole words", () => {
    const titles = lowercaseWordSet(["president", "gen.", "secretary-general"])
    expect(["President", "PRESIDENT", "president", "Gen.", "Secretary-General"].map((w) => titles.has(w))).toEqual([true, true, true, true, true])
    expect(["Presidents", "Presiden", "Gen", "general", ""].map((w) => titles.has(w))).toEqual([false, false, false, false, false])
  })
})
