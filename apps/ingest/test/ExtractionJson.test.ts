import { Either } from "effect"
import { describe, expect, it } from "vitest"
import { parseArticleText } from "@wirewatch/domain"
import { extractArticle } from "@wirewatch/extract"
import { toExtractionJson } from "../src/ExtractionJson.ts"

const article = [
  " date 2025-03-14 A Russian missile strike on the city of Kharkiv killed three people and injured 12 on Thursday, Governor Oleh Syniehubov said.",
  "",
  "\"We will rebuild everything,\" Syniehubov told reporters."
].join("\n")

describe("toExtractionJson", () => {
  const parsed = parseArticleText("invented.txt", article)
  if (Either.isLeft(parsed)) throw parsed.left
  const json = toExtractionJson(extractArticle(parsed.right))

  it("has the FORMAT.md fields with the file's base name and date", () => {
    expect(Object.keys(json).sort()).toEqual(["actors", "date", "file", "incidents", "statements"])
    expect(json.file).toBe("invented.txt")
    expect(json.date).toBe("2025-03-14")
  })

  it("gives statements with offsets that slice to their text", () => {
    expect(json.statements.length).toBeGreaterThanOrEqual(2)
    for (const s of json.statements) {
      expect(article.slice(s.start, s.end)).toBe(s.text)
      expect(Object.keys(s).sort()).toEqual(["addressee", "cue", "date", "end", "kind", "speaker", "start", "text"])
    }
    const quote = json.statements.find((s) => s.kind === "direct")!
    expect(quote.text).toBe("We will rebuild everything")
    expect(quote.speaker).toBe("Oleh Syniehubov")
    expect(quote.addressee).toBe("reporters")
  })

  it("gives incidents with the place as written, numbers as numbers and unknowns as null", () => {
    expect(json.incidents).toHaveLength(1)
    const i = json.incidents[0]!
    expect(i.location).toBe("Kharkiv")
    expect(i.country).toBe("Ukraine")
    expect(i.date).toBe("2025-03-13")
    expect(i.datePrecision).toBe("day")
    expect(i.killed).toBe(3)
    expect(i.injured).toBe(12)
    expect(i.weapons).toContain("missile")
    expect(article.slice(i.evidence.start, i.evidence.end)).toBe(i.evidence.text)
  })

  it("lists actors with name, kind and aliases only", () => {
    const a = json.actors.find((x) => x.name === "Oleh Syniehubov")!
    expect(a.kind).toBe("person")
    expect(Object.keys(a).sort()).toEqual(["aliases", "kind", "name"])
  })
})
