import { readdirSync } from "node:fs"
import { join } from "node:path"
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { ArticleExtraction } from "@wirewatch/domain"
import { extractArticle } from "../src/index.ts"
import { corpusAvailable, corpusDir, readArticle } from "./SharedCorpus.ts"

const dir = corpusDir("wire-2022")
const available = corpusAvailable(dir)
const validate = Schema.validateSync(ArticleExtraction)

describe.skipIf(!available)("every wire-2022 article", () => {
  it("extracts a schema-valid extraction whose spans all slice to their text", () => {
    const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()
    expect(files.length).toBeGreaterThan(400)
    let statements = 0
    const started = performance.now()
    for (const f of files) {
      const parsed = readArticle(join(dir, f))
      const x = extractArticle(parsed)
      validate(x)
      const { text } = parsed
      for (const s of x.statements) {
        expect(text.slice(s.start, s.end)).toBe(s.text)
        expect(s.end).toBeGreaterThan(s.start)
        expect(s.start).toBeGreaterThanOrEqual(parsed.bodyStart)
        expect(text.slice(s.sentence.start, s.sentence.end)).toBe(s.sentence.text)
        // a statement is dated when it was said: never after the article, never years before it
        if (s.date !== null) {
          const daysBefore = (Date.parse(parsed.date) - Date.parse(s.date)) / 86_400_000
          expect(daysBefore, `${f}: statement dated ${s.date} in an article of ${parsed.date}`).toBeGreaterThanOrEqual(0)
          expect(daysBefore, `${f}: statement dated ${s.date} in an article of ${parsed.date}`).toBeLessThanOrEqual(366)
        }
      }
      for (const i of x.incidents) expect(text.slice(i.evidence.start, i.evidence.end)).toBe(i.evidence.text)
      for (const m of x.mentions) expect(text.slice(m.start, m.end)).toBe(m.text)
      expect(new Set(x.statements.map((s) => s.id)).size).toBe(x.statements.length)
      statements += x.statements.length
    }
    expect(statements).toBeGreaterThan(1000)
    // well under the 45 s budget for a few hundred files, with room for a slow shared machine
    expect(performance.now() - started).toBeLessThan(45_000)
  }, 120_000)

  it("gives the same output twice (deterministic)", () => {
    const f = readdirSync(dir).filter((n) => n.endsWith(".txt")).sort()[7]!
    const parsed = readArticle(join(dir, f))
    expect(JSON.stringify(extractArticle(parsed))).toBe(JSON.stringify(extractArticle(parsed)))
  })
})
