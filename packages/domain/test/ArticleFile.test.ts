import { Either } from "effect"
import { describe, expect, it } from "vitest"
import { parseArticleBytes, parseArticleText, printArticleFile, type IsoDate } from "../src/index.ts"

const bytes = (s: string) => new TextEncoder().encode(s)
const problemOf = (r: ReturnType<typeof parseArticleText>) => (Either.isLeft(r) ? r.left.problem : "ok")

describe("parseArticleText", () => {
  it("reads the seed's format: leading space, date, body on the same line", () => {
    const text = " date 2025-04-24 US President Donald Trump has said that...\n\nSecond paragraph."
    const r = parseArticleText("seed.txt", text)
    expect(Either.isRight(r)).toBe(true)
    const a = Either.getOrThrow(r)
    expect(a.date).toBe("2025-04-24")
    expect(a.text).toBe(text)
    expect(text.slice(a.bodyStart, a.bodyStart + 2)).toBe("US")
    expect(a.title).toBe("US President Donald Trump has said that...")
  })

  it("reads the variant with the body on the next line, and without the leading space", () => {
    const text = "date 2022-01-25\nEmmanuel Macron has told a press conference...\n"
    const a = Either.getOrThrow(parseArticleText("wire.txt", text))
    expect(a.date).toBe("2022-01-25")
    expect(text.slice(a.bodyStart).startsWith("Emmanuel")).toBe(true)
    expect(a.title).toBe("Emmanuel Macron has told a press conference...")
  })

  it("accepts CRLF line ends", () => {
    const a = Either.getOrThrow(parseArticleText("crlf.txt", "date 2022-01-25\r\nBody here.\r\n"))
    expect(a.title).toBe("Body here.")
  })

  it("names the file and the problem for a missing date line", () => {
    const r = parseArticleText("nodate.txt", "Just a body without a date.")
    expect(problemOf(r)).toBe("missing-date-line")
    expect(Either.isLeft(r) && r.left.message).toMatch(/^nodate\.txt: /)
  })

  it("rejects dates that are not days of the calendar", () => {
    expect(problemOf(parseArticleText("a.txt", " date 2025-02-30 Body"))).toBe("invalid-date")
    expect(problemOf(parseArticleText("a.txt", " date 2025-4-24 Body"))).toBe("invalid-date")
    expect(problemOf(parseArticleText("a.txt", " date yesterday Body"))).toBe("invalid-date")
  })

  it("rejects an empty body", () => {
    expect(problemOf(parseArticleText("e.txt", " date 2025-04-24"))).toBe("empty-body")
    expect(problemOf(parseArticleText("e.txt", " date 2025-04-24 \n\n  \n"))).toBe("empty-body")
  })
})

describe("parseArticleBytes", () => {
  it("refuses binary and non-UTF-8 files before reading the date line", () => {
    const bin = new Uint8Array([0x20, 0x64, 0x61, 0x74, 0x65, 0x00, 0x01, 0x02])
    expect(problemOf(parseArticleBytes("x.bin", bin))).toBe("binary")
    const latin1 = new Uint8Array([...bytes(" date 2025-04-24 Caf"), 0xe9])
    expect(problemOf(parseArticleBytes("latin1.txt", latin1))).toBe("not-utf8")
  })

  it("keeps a byte-order mark in the text so offsets match the file as other tools read it", () => {
    const text = "\uFEFF date 2025-04-24 Body"
    const a = Either.getOrThrow(parseArticleBytes("bom.txt", bytes(text)))
    expect(a.text).toBe(text)
    expect(a.text.slice(a.bodyStart)).toBe("Body")
  })

  it("round-trips what printArticleFile writes", () => {
    const text = printArticleFile("2024-02-29" as IsoDate, "First paragraph.\n\nSecond.")
    const a = Either.getOrThrow(parseArticleBytes("p.txt", bytes(text)))
    expect(a.date).toBe("2024-02-29")
    expect(a.title).toBe("First paragraph.")
  })
})
