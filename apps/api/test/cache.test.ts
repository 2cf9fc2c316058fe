import { ArticleRepository, SqliteStoreLive } from "@wirewatch/store"
import { Effect, ManagedRuntime } from "effect"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { gunzipSync } from "node:zlib"
import { afterAll, describe, expect, it } from "vitest"
import { makeApp } from "../src/App.ts"
import { extractionA, extractionB } from "./Fixtures.ts"

const dir = mkdtempSync(join(tmpdir(), "wirewatch-api-cache-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A store on `file` in a runtime of its own: its own SQLite connection, as another process would have. */
const storeOn = (file: string) => ManagedRuntime.make(SqliteStoreLive({ filename: file }))

const save = (runtime: ReturnType<typeof storeOn>, extraction: typeof extractionA) =>
  runtime.runPromise(Effect.flatMap(ArticleRepository, (repo) => repo.saveExtraction(extraction)))

const SERIES = "/timeseries/statements?interval=month"

/** GETs `path` from `app` and parses the JSON body. */
const json = async (app: ReturnType<typeof makeApp>, path: string): Promise<any> => (await app.request(path)).json()

/** Statements per actor in the monthly series. */
const totals = (body: any): Record<string, number> =>
  Object.fromEntries(body.series.map((s: any) => [s.actorId, s.points.reduce((n: number, p: any) => n + p.count, 0)]))

describe("answers kept between requests", () => {
  it("are the same bytes with an ETag, and a 304 without a body when the client has them", async () => {
    const runtime = storeOn(join(dir, "etag.db"))
    await save(runtime, extractionA)
    const app = makeApp(runtime)
    const first = await app.request(SERIES)
    const etag = first.headers.get("etag")
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/)
    expect(first.headers.get("cache-control")).toBe("no-cache")
    const text = await first.text()
    const second = await app.request(SERIES)
    expect(second.headers.get("etag")).toBe(etag)
    expect(await second.text()).toBe(text)
    const notModified = await app.request(SERIES, { headers: { "If-None-Match": `W/"other", ${etag}` } })
    expect(notModified.status).toBe(304)
    expect(await notModified.text()).toBe("")
    const stale = await app.request(SERIES, { headers: { "If-None-Match": `"other"` } })
    expect(stale.status).toBe(200)
    await runtime.dispose()
  })

  it("are gzipped for clients that accept gzip, with their own ETag, and the same JSON once unzipped", async () => {
    const runtime = storeOn(join(dir, "gzip.db"))
    await save(runtime, extractionA)
    await save(runtime, extractionB)
    const app = makeApp(runtime)
    const path = "/timeseries/statements?interval=day&from=2025-01-01&to=2025-03-31"
    const plain = await app.request(path)
    const plainText = await plain.text()
    expect(plainText.length).toBeGreaterThan(1024)
    expect(plain.headers.get("content-encoding")).toBeNull()
    const zipped = await app.request(path, { headers: { "Accept-Encoding": "br;q=1.0, gzip;q=0.8" } })
    expect(zipped.headers.get("content-encoding")).toBe("gzip")
    expect(zipped.headers.get("vary")).toBe("Accept-Encoding")
    const bytes = Buffer.from(await zipped.arrayBuffer())
    expect(bytes.length).toBeLessThan(plainText.length)
    expect(gunzipSync(bytes).toString("utf8")).toBe(plainText)
    const etag = zipped.headers.get("etag")!
    expect(etag).not.toBe(plain.headers.get("etag"))
    const notModified = await app.request(path, { headers: { "Accept-Encoding": "gzip", "If-None-Match": etag } })
    expect(notModified.status).toBe(304)
    const refused = await app.request(path, { headers: { "Accept-Encoding": "gzip;q=0, identity" } })
    expect(refused.headers.get("content-encoding")).toBeNull()
    expect(await refused.text()).toBe(plainText)
    // A small answer is not worth zipping.
    const small = await app.request("/health", { headers: { "Accept-Encoding": "gzip" } })
    expect(small.headers.get("content-encoding")).toBeNull()
    await runtime.dispose()
  })

  it("show an article saved through the API's own store at the next request", async () => {
    const runtime = storeOn(join(dir, "same-connection.db"))
    await save(runtime, extractionA)
    const app = makeApp(runtime)
    const before = await app.request(SERIES)
    expect(totals(await before.json())).toEqual({ "person:volodymyr-zelensky": 1, "person:dmitry-peskov": 1 })
    await save(runtime, extractionB)
    const after = await app.request(SERIES)
    expect(totals(await after.json())).toEqual({ "person:volodymyr-zelensky": 2, "person:dmitry-peskov": 2 })
    expect(after.headers.get("etag")).not.toBe(before.headers.get("etag"))
    expect((await json(app, "/health")).articles).toBe(2)
    await runtime.dispose()
  })

  it("show an article saved by another connection (as by an ingest process) at the next request", async () => {
    const file = join(dir, "other-connection.db")
    const api = storeOn(file)
    const ingest = storeOn(file)
    await save(ingest, extractionA)
    const app = makeApp(api)
    expect(totals(await json(app, SERIES))).toEqual({ "person:volodymyr-zelensky": 1, "person:dmitry-peskov": 1 })
    const articles = await json(app, "/articles")
    expect(articles.items).toHaveLength(1)
    await save(ingest, extractionB)
    expect(totals(await json(app, SERIES))).toEqual({ "person:volodymyr-zelensky": 2, "person:dmitry-peskov": 2 })
    expect((await json(app, "/articles")).items).toHaveLength(2)
    await ingest.dispose()
    await api.dispose()
  })

  it("are computed once for requests that arrive together, each getting the whole answer", async () => {
    const runtime = storeOn(join(dir, "together.db"))
    await save(runtime, extractionA)
    await save(runtime, extractionB)
    const app = makeApp(runtime)
    const texts = await Promise.all(Array.from({ length: 8 }, async () => (await app.request("/statements?limit=3")).text()))
    expect(new Set(texts).size).toBe(1)
    expect(JSON.parse(texts[0]!).items).toHaveLength(3)
    await runtime.dispose()
  })

  it("are kept apart per query, format and path parameter", async () => {
    const runtime = storeOn(join(dir, "keys.db"))
    await save(runtime, extractionA)
    await save(runtime, extractionB)
    const app = makeApp(runtime)
    const week = await json(app, "/timeseries/statements?interval=week")
    const month = await json(app, "/timeseries/statements?interval=month")
    expect(week.buckets).toEqual(["2025-03-03", "2025-03-10"])
    expect(month.buckets).toEqual(["2025-03-01"])
    const csv = await app.request("/timeseries/statements?interval=week&format=csv")
    expect(csv.headers.get("content-type")).toContain("text/csv")
    const a = await json(app, `/articles/${extractionA.article.id}`)
    const b = await json(app, `/articles/${extractionB.article.id}`)
    expect([a.article.id, b.article.id]).toEqual([extractionA.article.id, extractionB.article.id])
    await runtime.dispose()
  })
})
