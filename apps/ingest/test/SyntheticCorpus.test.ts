import { parseArticleBytes } from "@wirewatch/domain"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Either } from "effect"
import * as fs from "node:fs/promises"
import * as os from "node:os"
import * as path from "node:path"
import { syntheticArticle, syntheticCorpus, writeCorpus } from "../src/index.ts"

const texts = (seed: number, n: number, from?: string, to?: string) =>
  [...syntheticCorpus({ articles: n, seed, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) })].map((a) => a.text)

describe("synthetic corpus", () => {
  it("is the same text for the same seed and different for another seed", () => {
    expect(texts(7, 50)).toEqual(texts(7, 50))
    const other = texts(8, 50)
    const same = texts(7, 50).filter((t, i) => t === other[i]).length
    expect(same).toBe(0)
  })

  it("shares no article between the corpora of different seeds", () => {
    const seen = new Set(texts(999, 400))
    for (const seed of [1, 2, 1234, 1000]) expect(texts(seed, 400).filter((t) => seen.has(t))).toEqual([])
  })

  it("makes each article from its seed and index alone, so a longer corpus starts with the shorter one", () => {
    expect(texts(11, 200).slice(0, 20)).toEqual(texts(11, 20))
    expect(syntheticArticle(11, 5, "2020-01-01", "2025-12-31").text).toBe(texts(11, 6)[5])
  })

  it("writes files that parse as articles, dated inside the range, with distinct content", () => {
    const articles = [...syntheticCorpus({ articles: 500, seed: 3, from: "2022-02-01", to: "2024-06-30" })]
    expect(articles[0]!.fileName).toBe("syn-000001.txt")
    expect(articles[499]!.fileName).toBe("syn-000500.txt")
    for (const a of articles) {
      const parsed = parseArticleBytes(a.fileName, new TextEncoder().encode(a.text))
      if (Either.isLeft(parsed)) throw new Error(`${a.fileName} does not parse: ${parsed.left.message}\n${a.text}`)
      expect(parsed.right.date).toBe(a.date)
      expect(a.date >= "2022-02-01" && a.date <= "2024-06-30").toBe(true)
    }
    expect(new Set(articles.map((a) => a.text)).size).toBe(articles.length)
    expect(new Set(articles.map((a) => a.date.slice(0, 4)))).toEqual(new Set(["2022", "2023", "2024"]))
  })

  it("varies quote styles, indirect speech, anonymous sources, incidents and citations across the corpus", () => {
    const all = texts(5, 400).join("\n")
    for (const marker of [/"[^"]+,"/, /“[^”]+,”/, /«[^»]+»/, /\. - [A-Z]/, / said that /, /According to /, / warned that /,
      /on condition of anonymity|people familiar with the matter|a diplomatic source/, / reports with reference to /,
      / overnight/, / on (Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/, /killing \d+/, /killing (one|two|three|four|five|six|seven|eight|nine|ten) /,
      /drone/, /missile/, /shelled/, /^date \d{4}-\d{2}-\d{2}\n/m]) {
      expect(all).toMatch(marker)
    }
  })

  it.effect("writes the corpus to a folder, byte for byte the generated texts", () =>
    Effect.gen(function* () {
      const dir = yield* Effect.promise(() => fs.mkdtemp(path.join(os.tmpdir(), "wirewatch-gen-")))
      const written = yield* writeCorpus(path.join(dir, "out"), { articles: 70, seed: 9 })
      expect(written).toBe(70)
      const files = (yield* Effect.promise(() => fs.readdir(path.join(dir, "out")))).sort()
      expect(files).toHaveLength(70)
      const expected = texts(9, 70)
      const third = yield* Effect.promise(() => fs.readFile(path.join(dir, "out", files[2]!), "utf8"))
      expect(third).toBe(expected[2])
      yield* Effect.promise(() => fs.rm(dir, { recursive: true, force: true }))
    })
  )
})
