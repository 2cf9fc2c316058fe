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

  it("look up a stretch of a text as its slice", () => {
    const text = "Officials in KYIV said: the end."
    const words = lowercaseWordSet(["kyiv", "said", "the"])
    const found: Array<string> = []
    for (const [from, to] of [[0, 9], [10, 12], [13, 17], [18, 22], [24, 27], [28, 31]] as const) if (words.getIn(text, from, to) !== undefined) found.push(text.slice(from, to))
    expect(found).toEqual(["KYIV", "said", "the"])
  })
})
