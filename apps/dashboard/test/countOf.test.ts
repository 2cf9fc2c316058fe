/** Tests for counts with nouns. */
import { describe, expect, it } from "vitest"
import { countOf } from "../src/text/countOf.ts"

describe("countOf", () => {
  it("uses the singular for exactly one, the plural otherwise (zero included)", () => {
    expect(countOf(1, "incident")).toBe("1 incident")
    expect(countOf(0, "statement")).toBe("0 statements")
    expect(countOf(2, "incident report")).toBe("2 incident reports")
    expect(countOf(3, "person", "people")).toBe("3 people")
  })
})
