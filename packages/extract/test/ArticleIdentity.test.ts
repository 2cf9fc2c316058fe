import { createHash } from "node:crypto"
import { describe, expect, it } from "vitest"
import { articleIdOf } from "../src/ArticleIdentity.ts"

describe("article identity", () => {
  it("is the first 16 hex digits of the SHA-256 of the UTF-8 text", () => {
    for (const text of ["", " date 2025-04-24 Body.", "Kyiv’s mayor said “no” 😀", "a lone \ud800 surrogate"]) {
      expect(articleIdOf(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex").slice(0, 16))
    }
    expect(articleIdOf("abc")).toBe("ba7816bf8f01cfea")
  })
})
