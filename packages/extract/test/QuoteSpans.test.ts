import { describe, expect, it } from "vitest"
import { quoteSpansOf } from "../src/QuoteSpans.ts"
import { paragraphsOf } from "../src/Sentences.ts"

const quotes = (body: string) => {
  const text = ` date 2025-01-01 ${body}`
  return quoteSpansOf(text, paragraphsOf(text, 17)).map((q) => ({ words: text.slice(q.start, q.end), runsOn: q.runsOn }))
}

describe("quote spans", () => {
  it("reads straight, curly and guillemet quotes without the marks and trailing comma", () => {
    expect(quotes(`"We will win," he said.`)).toEqual([{ words: "We will win", runsOn: false }])
    expect(quotes(`“We will win.” he said.`)).toEqual([{ words: "We will win.", runsOn: false }])
    expect(quotes(`«Nous gagnerons», a-t-il dit.`)).toEqual([{ words: "Nous gagnerons", runsOn: false }])
  })
  it("reads single quotes used as quotes but not apostrophes", () => {
    expect(quotes(`The office said the group was ‘lying again’ on Monday. It's the group's third denial.`)).toEqual([{ words: "lying again", runsOn: false }])
    expect(quotes(`Russia's army and the allies' plans.`)).toEqual([])
  })
  it("pairs mixed marks and keeps a quote that runs on to the next paragraph", () => {
    expect(quotes(`“First part," said Ali. "Second part.”`).map((q) => q.words)).toEqual(["First part", "Second part."])
    const runOn = quotes(`"We are ready to talk.\n\n"But not today," he added.`)
    expect(runOn).toEqual([{ words: "We are ready to talk.", runsOn: true }, { words: "But not today", runsOn: false }])
  })
})
