import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { extractArticle } from "../src/index.ts"
import { corpusAvailable, corpusDir, readArticle } from "./SharedCorpus.ts"

const dir = corpusDir("seed")
const available = corpusAvailable(dir)

describe.skipIf(!available)("the seed article (issue 3 item 4)", () => {
  const parsed = available ? readArticle(join(dir, "000_9118b10068443bb7.txt")) : undefined
  const x = parsed === undefined ? undefined : extractArticle(parsed)
  const statements = x?.statements ?? []
  const byText = (needle: string) => statements.find((s) => s.text.startsWith(needle))

  it("spans every statement exactly into the file text", () => {
    for (const s of statements) expect(parsed!.text.slice(s.start, s.end)).toBe(s.text)
  })

  it("finds the seven statements and nothing from 'did not say whether'", () => {
    expect(statements.map((s) => s.text)).toEqual([
      "he still believes that Russian President Vladimir Putin is serious about a peace deal",
      "We are very firmly convinced that they both want peace, but they have to sit down at the negotiating table - we have been waiting a long time, they have to put them at the negotiating table, and I think we will get peace.",
      "he is frustrated by the lack of progress",
      "I am not happy with Russian strikes on KYIV. Not necessary, and a very bad time. Vladimir, STOP! 5,000 soldiers die every week. Let's reach a peace agreement.",
      "a lot of hatred",
      "I think they both want peace, I believe it.",
      "The US will demand that Russia recognize Ukraine's right to have its own army and defense industry as part of a peace agreement between Moscow and Kyiv"
    ])
    expect(statements.some((s) => /sanctions/.test(s.text))).toBe(false)
  })

  it("attributes Trump's words to Trump with the right cues and kinds", () => {
    const expected: Array<[string, string, "direct" | "indirect"]> = [
      ["he still believes", "has said", "indirect"],
      ["We are very firmly", "told reporters", "direct"],
      ["he is frustrated", "has made it clear", "indirect"],
      ["I am not happy", "writing", "direct"],
      ["a lot of hatred", "added", "direct"],
      ["I think they both", "insisted", "direct"]
    ]
    for (const [text, cue, kind] of expected) {
      const s = byText(text)!
      expect(s.speakerName).toBe("Donald Trump")
      expect(s.speakerKind).toBe("person")
      expect(s.cue).toBe(cue)
      expect(s.kind).toBe(kind)
    }
    expect(byText("I am not happy")!.channel).toBe("Truth Social")
    expect(byText("I am not happy")!.date).toBe("2025-04-24")
    expect(byText("We are very firmly")!.addressee).toBe("reporters")
  })

  it("keeps people familiar with the situation anonymous", () => {
    const s = byText("The US will demand")!
    expect(s.speakerName).toBeNull()
    expect(s.speakerId).toBeNull()
    expect(s.speakerKind).toBe("anonymous")
    expect(s.speakerMention).toBe("people familiar with the situation")
    expect(s.cue).toBe("according to")
  })

  it("reports one incident in Kyiv, Ukraine, overnight = 2025-04-24, by Russia", () => {
    expect(x!.incidents).toHaveLength(1)
    const i = x!.incidents[0]!
    expect(i.place.name).toBe("Kyiv")
    expect(i.place.country).toBe("Ukraine")
    expect(i.date).toBe("2025-04-24")
    expect(i.datePrecision).toBe("day")
    expect(i.perpetrator).toBe("Russia")
    expect(i.killed).toBeNull()
    expect(i.injured).toBeNull()
    expect(parsed!.text.slice(i.evidence.start, i.evidence.end)).toBe(i.evidence.text)
    expect(i.evidence.text).toContain("the deadliest wave of attacks on Kyiv")
  })

  it("names the publisher and the cited outlet", () => {
    expect(x!.article.sources.map((s) => [s.outlet, s.role])).toEqual([["UNN", "publisher"], ["CNN", "cited"]])
  })

  it("lists the actors with KB ids", () => {
    const names = x!.actors.map((a) => a.name)
    for (const n of ["Donald Trump", "Vladimir Putin", "Jonas Gahr Støre", "Joe Biden", "UNN", "CNN"]) expect(names).toContain(n)
    expect(x!.actors.find((a) => a.name === "Donald Trump")!.id).toBe("person:donald-trump")
    expect(x!.statements[0]!.id).toBe(`${x!.article.id}:s1`)
  })
})
