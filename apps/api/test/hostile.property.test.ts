/** Property tests: random and hostile query strings and ids against every read route answer 200, 400 or 404, never 500, and change nothing. */
import fc from "fast-check"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { endpoints } from "../src/App.ts"
import { articleIdA, articleIdB, makeTestApi, type TestApi } from "./Fixtures.ts"

const HOSTILE = [
  "' OR 1=1 --",
  "'; DROP TABLE articles; --",
  "\" OR \"\"=\"",
  "1) UNION SELECT id, text FROM articles --",
  "%",
  "_",
  "\\",
  "\u0000",
  "\u202e",
  "<script>window.__pwned=1</script>",
  "<img src=x onerror=alert(1)>",
  "../../etc/passwd",
  "9999-99-99",
  "2025-02-30",
  "-1",
  "0",
  "1e309",
  "NaN",
  "Infinity",
  "null",
  "[]",
  "{\"$gt\":\"\"}",
  ",,,",
  "day,week",
  "a".repeat(3000),
  "\ud800"
]

const PARAMS = ["from", "to", "q", "limit", "cursor", "kind", "actor", "interval", "country", "place", "perpetrator", "article", "format", "id"]

const hostileText = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 40 }), fc.fullUnicodeString({ maxLength: 20 }), fc.date().map((d) => (Number.isNaN(d.getTime()) ? "x" : d.toISOString())))
const queryPairs = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...PARAMS), fc.string({ maxLength: 8 })), hostileText), { maxLength: 6 })
const route = fc.constantFrom(...endpoints.map((e) => e.path))

/** The request path: `:id` replaced by a hostile id, then the query pairs (keys may repeat). */
const requestPath = (path: string, id: string, pairs: ReadonlyArray<readonly [string, string]>): string => {
  const search = new URLSearchParams()
  for (const [k, v] of pairs) search.append(k, v.replace(/[\ud800-\udfff]/g, "\ufffd"))
  const filled = path.replace(/:id\b/, encodeURIComponent(id.replace(/[\ud800-\udfff]/g, "\ufffd")) || "x")
  const query = search.toString()
  return query === "" ? filled : `${filled}?${query}`
}

let api: TestApi
beforeAll(async () => {
  api = await makeTestApi()
})
afterAll(async () => api.dispose())

describe("hostile requests", () => {
  it("never get a 500: 200, a 400 naming the issues, or a 404; JSON or CSV", async () => {
    await fc.assert(
      fc.asyncProperty(route, hostileText, queryPairs, async (path, id, pairs) => {
        const url = requestPath(path, id, pairs)
        const res = await api.app.request(url)
        expect([200, 400, 404], `${url} answered ${res.status}`).toContain(res.status)
        const type = res.headers.get("content-type") ?? ""
        if (res.status === 200 && type.startsWith("text/csv")) return
        expect(type).toContain("application/json")
        const body = (await res.json()) as { error?: string; issues?: Array<unknown> }
        if (res.status === 400) {
          expect(body.error).toBe("InvalidQuery")
          expect(body.issues?.length).toBeGreaterThan(0)
          for (const issue of body.issues ?? []) expect(typeof issue).toBe("string")
        }
        if (res.status === 404) expect(body.error).toBe("NotFound")
      }),
      { numRuns: 400 }
    )
  }, 120_000)

  it("inject nothing: after them the store holds exactly what it held, and text filters match text literally", async () => {
    const articles = (await (await api.app.request("/articles")).json()) as { items: Array<{ id: string }> }
    expect(articles.items.map((a) => a.id).sort()).toEqual([articleIdA, articleIdB].sort())
    for (const q of ["' OR 1=1 --", "%", "_", "') OR ('1'='1"]) {
      const res = await api.app.request(`/statements?q=${encodeURIComponent(q)}`)
      expect(res.status).toBe(200)
      expect(((await res.json()) as { items: Array<unknown> }).items).toEqual([])
    }
  })
})
