/** Tests of how the API client turns answers into values or ApiErrors (fetch answered by a stand-in server function). */
import { afterEach, describe, expect, it } from "vitest"
import { ApiError, getIncident, listStatements } from "../src/api/client.ts"

const realFetch = globalThis.fetch
const answer = (status: number, body: string, contentType = "application/json") => {
  const seen: Array<string> = []
  globalThis.fetch = (async (url: string) => {
    seen.push(url)
    return new Response(body, { status, headers: { "content-type": contentType } })
  }) as typeof fetch
  return seen
}
const failureOf = async (p: Promise<unknown>): Promise<ApiError> => {
  try {
    await p
  } catch (e) {
    if (e instanceof ApiError) return e
    throw e
  }
  throw new Error("expected the call to fail")
}

afterEach(() => {
  globalThis.fetch = realFetch
})

describe("API client", () => {
  it("asks /api with the encoded query and returns the answer", async () => {
    const seen = answer(200, JSON.stringify({ items: [{ id: "s1" }], nextCursor: null }))
    const page = await listStatements({ actor: ["person:a", "state:b"], limit: 25 })
    expect(seen).toEqual([`/api/statements?actor=${encodeURIComponent("person:a,state:b")}&limit=25`])
    expect(page).toEqual({ items: [{ id: "s1" }], nextCursor: null })
  })

  it("names the API's error and its issues", async () => {
    answer(400, JSON.stringify({ error: "InvalidQuery", issues: ["limit: expected 1..1000"] }))
    const e = await failureOf(listStatements({ limit: 25 }))
    expect(e.status).toBe(400)
    expect(e.message).toBe("InvalidQuery: limit: expected 1..1000 (HTTP 400, /statements?limit=25)")
    answer(404, JSON.stringify({ error: "NotFound", message: "no incident x" }))
    expect((await failureOf(getIncident("x"))).message).toBe("NotFound: no incident x (HTTP 404, /incidents/x)")
  })

  it("says when the API is not answering, or answers with something else", async () => {
    answer(502, "Bad gateway", "text/plain")
    expect((await failureOf(getIncident("x"))).detail).toBe("The API is not answering")
    answer(200, "<!doctype html><title>dashboard</title>", "text/html")
    expect((await failureOf(getIncident("x"))).detail).toBe("The API answered with something other than JSON")
    answer(200, JSON.stringify({ items: "nope", nextCursor: null }))
    expect((await failureOf(listStatements({}))).detail).toBe("The API answer does not match the expected shape: items is not an array")
    answer(200, JSON.stringify({ incident: {}, reports: [] , extra: 1 }))
    await expect(getIncident("x")).resolves.toMatchObject({ reports: [] })
  })

  it("reports a request that never got an answer with status 0", async () => {
    globalThis.fetch = (async () => {
      throw new TypeError("fetch failed")
    }) as typeof fetch
    const e = await failureOf(getIncident("x"))
    expect([e.status, e.message]).toEqual([0, "Could not reach the API (/incidents/x): fetch failed"])
  })
})
