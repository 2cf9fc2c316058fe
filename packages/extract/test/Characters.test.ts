import { describe, expect, it } from "vitest"
import { isLetterOrDigitCode, isLowerCode, isNumberCode, isSpaceCode, isUpperCode } from "../src/Characters.ts"

describe("character tests", () => {
  it("answer as the regexes do for every code unit", () => {
    const bad: Array<number> = []
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c)
      if (isSpaceCode(c) !== /\s/.test(ch) || isLetterOrDigitCode(c) !== /[\p{L}\p{N}]/u.test(ch) || isUpperCode(c) !== /\p{Lu}/u.test(ch) || isLowerCode(c) !== /\p{Ll}/u.test(ch) || isNumberCode(c) !== /\p{N}/u.test(ch)) bad.push(c)
    }
    expect(bad).toEqual([])
  })
})
