/** Property tests: random and hostile article contents (markup, SQL, control characters, any bytes) never crash ingest, and are stored and read back literally. */
import { ArticleParseProblem, parseArticleBytes, parseArticleText } from "@wirewatch/domain"
import { extractArticle } from "@wirewatch/extract"
import { ArticleRepository, SqliteStoreLive } from "@wirewatch/store"
import { Effect, Either, ManagedRuntime } from "effect"
import fc from "fast-check"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"

const FRAGMENTS = [
  "<script>window.__pwned=1</script>",
  "<img src=x onerror=\"window.__pwned=1\">",
  "'); DROP TABLE articles; --",
  "\" OR \"\"=\"",
  "President Zelensky said: \"We will not give up.\"",
  "A Russian missile strike on Kharkiv killed 3 people and injured 12, officials said.",
  "“Quoted ‘nested’ — dash”",
  "\u0000\u0007\u001b[31m",
  "\u202e\u200b\ufeff",
  "💥🇺🇦",
  "&lt;b&gt;&amp;",
  "\r\n\r\n",
  "%s %d {{7*7}} ${7*7}"
]
const body = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 30 }), fc.fullUnicodeString({ maxLength: 10 })), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(" "))
const article = fc.tuple(fc.integer({ min: 1, max: 28 }), body).map(([day, text]) => ` date 2024-03-${String(day).padStart(2, "0")} ${text}`)

const dir = mkdtempSync(join(tmpdir(), "wirewatch-hostile-"))
const runtime = ManagedRuntime.make(SqliteStoreLive({ filename: join(dir, "h.db") }))
afterAll(async () => {
  await runtime.dispose()
  rmSync(dir, { recursive: true, force: true })
})

describe("hostile article contents", () => {
  it("any bytes parse to an article or a named problem, never a throw", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const parsed = parseArticleBytes("any.txt", bytes)
        if (Either.isLeft(parsed)) expect(ArticleParseProblem.literals).toContain(parsed.left.problem)
      }),
      { numRuns: 500 }
    )
  })

  it("extract with spans that slice the text, and are stored and read back byte for byte", async () => {
    await fc.assert(
      fc.asyncProperty(article, async (file) => {
        const parsed = parseArticleText("hostile.txt", file)
        if (Either.isLeft(parsed)) {
          expect(parsed.left._tag).toBe("ArticleParseError")
          return
        }
        const extraction = extractArticle(parsed.right)
        const text = extraction.article.text
        for (const s of extraction.statements) expect(text.slice(s.start, s.end)).toBe(s.text)
        for (const m of extraction.mentions) expect(text.slice(m.start, m.end)).toBe(m.text)
        for (const r of extraction.incidents) expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text)
        const stored = await runtime.runPromise(
          Effect.gen(function* () {
            const repository = yield* ArticleRepository
            yield* repository.saveExtraction(extraction)
            return yield* repository.getArticle(extraction.article.id)
          })
        )
        expect(stored.article.text).toBe(text)
        expect(stored.statements.map((s) => s.text)).toEqual(extraction.statements.map((s) => s.text))
      }),
      { numRuns: 60 }
    )
    const count = await runtime.runPromise(Effect.flatMap(ArticleRepository, (r) => r.countArticles()))
    expect(count).toBeGreaterThan(0)
  }, 120_000)
})
