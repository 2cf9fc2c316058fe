import { describe, expect, it } from "vitest"
import { acceptsGzip, matchesEtag, renderedAnswer, ResponseCache, sharedReads } from "../src/ResponseCache.ts"

describe("sharedReads", () => {
  it("serves callers that asked before a read started with that read, and later callers with a new one", async () => {
    let reads = 0
    const started: Array<number> = []
    const read = sharedReads(async () => {
      started.push(++reads)
      return reads
    })
    const [a, b] = await Promise.all([read(), read()])
    expect([a, b]).toEqual([1, 1])
    // Asked after read 1 started: a commit between could be missed by read 1, so this caller gets read 2.
    const c = await read()
    expect(c).toBe(2)
    expect(started).toEqual([1, 2])
  })
})

describe("ResponseCache", () => {
  const answer = (text: string) => ({ _tag: "Answer" as const, answer: renderedAnswer(text, {}) })

  it("serves a kept answer only at the version it was computed at", async () => {
    const cache = new ResponseCache()
    let computed = 0
    const compute = async () => answer(`body ${++computed}`)
    const first = await cache.answer("k", "v1", compute)
    const again = await cache.answer("k", "v1", compute)
    expect(computed).toBe(1)
    expect(again).toEqual(first)
    await cache.answer("k", "v2", compute)
    expect(computed).toBe(2)
  })

  it("keeps no failure, and no more bytes than it may", async () => {
    const cache = new ResponseCache({ maxBytes: 10, maxEntryBytes: 8 })
    let computed = 0
    await cache.answer("err", "v", async () => ({ _tag: "Uncached" as const, value: ++computed }))
    await cache.answer("err", "v", async () => ({ _tag: "Uncached" as const, value: ++computed }))
    expect(computed).toBe(2)
    await cache.answer("big", "v", async () => answer("123456789"))
    expect(cache.size).toBe(0)
    await cache.answer("a", "v", async () => answer("123456"))
    await cache.answer("b", "v", async () => answer("123456"))
    expect(cache.size).toBe(1)
  })

  it("reads Accept-Encoding: gzip or * unless q=0", () => {
    expect(acceptsGzip(undefined)).toBe(false)
    expect(acceptsGzip("gzip, deflate, br")).toBe(true)
    expect(acceptsGzip("br;q=1.0, GZIP;q=0.5")).toBe(true)
    expect(acceptsGzip("*")).toBe(true)
    expect(acceptsGzip("gzip;q=0")).toBe(false)
    expect(acceptsGzip("gzip; q=0.000, identity")).toBe(false)
    expect(acceptsGzip("deflate, br")).toBe(false)
  })

  it("matches If-None-Match lists, weak tags and *", () => {
    const { etag } = renderedAnswer("x", {})
    expect(matchesEtag(undefined, etag)).toBe(false)
    expect(matchesEtag(`"nope", W/${etag}`, etag)).toBe(true)
    expect(matchesEtag("*", etag)).toBe(true)
    expect(matchesEtag(`"nope"`, etag)).toBe(false)
  })
})
