import { describe, expect, it } from "vitest"
import { isLetterCode, isLetterOrDigitCode, isLowerCode, isNumberCode, isSpaceCode, isUpperCode, lastPiece, pieceCount, wordsOf } from "../src/Characters.ts"

describe("character tests", () => {
  it("answer as the regexes do for every code unit", () => {
    const bad: Array<number> = []
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c)
      if (isSpaceCode(c) !== /\s/.test(ch) || isLetterOrDigitCode(c) !== /[\p{L}\p{N}]/u.test(ch) || isUpperCode(c) !== /\p{Lu}/u.test(ch) || isLowerCode(c) !== /\p{Ll}/u.test(ch) || isNumberCode(c) !== /\p{N}/u.test(ch) || isLetterCode(c) !== /\p{L}/u.test(ch)) bad.push(c)
    }
    expect(bad).toEqual([])
  })

  it("split words as split(/\\s+/) does", () => {
    const samples = ["", " ", "said", " said ", "the  mayor\u00a0of\tKyiv", "\u2003lead\n\ntrail\u3000", "a b", "“quoted” words,  here\ufeff", "x\u2028y"]
    for (const s of samples) {
      expect(wordsOf(s)).toEqual(s.split(/\s+/).filter((w) => w.length > 0))
      expect(pieceCount(s)).toBe(s.split(/\s+/).length)
      expect(lastPiece(s)).toBe(s.split(/\s+/).pop())
    }
  })
})
