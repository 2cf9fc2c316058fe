import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { tokenize, WORD } from "../src/Tokens.ts"
import { corpusAvailable, corpusDir } from "./SharedCorpus.ts"

/** The tokens WORD's regex finds in `text[from, to)`: what the hand-written scanner must reproduce. */
const byRegex = (text: string, from: number, to: number) => {
  const re = new RegExp(WORD.source, WORD.flags)
  const slice = text.slice(from, to)
  return [...slice.matchAll(re)].map((m, index) => ({ index, text: m[0], start: from + m.index, end: from + m.index + m[0].length }))
}

describe("tokens", () => {
  it("splits words as the WORD pattern does, at its edge cases", () => {
    const text = "U.S.-backed J.D. Vance e.g.x 3.5 gazeta.pl Ukraine.The O’Neill's al-Attar -x- a.b.c. 𝐀𝐁𝐂 word𝑥 é.ü x.𝑥 X.É 2.. a'' ſ K \uD800x ab\u0301c ١٢٣ x."
    expect(tokenize(text, 0, text.length)).toEqual(byRegex(text, 0, text.length))
    expect(tokenize(text, 3, 40)).toEqual(byRegex(text, 3, 40))
    expect(tokenize("Ukraine.The gazeta.pl", 0, 21).map((t) => t.text)).toEqual(["Ukraine", "The", "gazeta.pl"])
  })
  it("gives the same tokens as the pattern on every wire-2022 and dev article", () => {
    for (const name of ["wire-2022", "dev"]) {
      const dir = corpusDir(name)
      if (!corpusAvailable(dir)) continue
      for (const f of readdirSync(dir).filter((n) => n.endsWith(".txt"))) {
        const text = readFileSync(join(dir, f), "utf8")
        expect(tokenize(text, 0, text.length), f).toEqual(byRegex(text, 0, text.length))
      }
    }
  })
})
