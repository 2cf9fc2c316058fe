import { describe, expect, it } from "vitest"
import { paragraphsOf, sentencesOf } from "../src/Sentences.ts"

describe("sentences", () => {
  it("splits on sentence ends but not on titles, initials or abbreviations", () => {
    const text = " date 2025-01-01 Brig. Gen. John Smith met U.S. envoys on Sept. 3 in Kyiv. He left. Mr. Lee stayed."
    const s = sentencesOf(text, paragraphsOf(text, 17)).map((x) => text.slice(x.start, x.end))
    expect(s).toEqual(["Brig. Gen. John Smith met U.S. envoys on Sept. 3 in Kyiv.", "He left.", "Mr. Lee stayed."])
  })
  it("treats each line of the body as a paragraph", () => {
    const text = " date 2025-01-01 One.\n\nTwo.\n- Three."
    expect(paragraphsOf(text, 17).map((p) => text.slice(p.start, p.end))).toEqual(["One.", "Two.", "- Three."])
  })
})
