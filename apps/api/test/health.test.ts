import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { getJson, makeTestApi, type TestApi } from "./Fixtures.ts"

let api: TestApi
beforeAll(async () => {
  api = await makeTestApi()
})
afterAll(() => api.dispose())

describe("GET /health", () => {
  it("answers with the number of stored articles, read from the database", async () => {
    const { status, body } = await getJson(api.app, "/health")
    expect(status).toBe(200)
    expect(body).toEqual({ status: "ok", articles: 2 })
  })

  it("sends CORS and security headers", async () => {
    const res = await api.app.request("/health", { headers: { Origin: "http://localhost:5173" } })
    expect(res.headers.get("access-control-allow-origin")).toBe("*")
    expect(res.headers.get("x-content-type-options")).toBe("nosniff")
    expect(res.headers.get("x-frame-options")).toBe("SAMEORIGIN")
  })

  it("answers a CORS preflight for GET", async () => {
    const res = await api.app.request("/statements", {
      method: "OPTIONS",
      headers: { Origin: "http://localhost:5173", "Access-Control-Request-Method": "GET" }
    })
    expect(res.status).toBe(204)
    expect(res.headers.get("access-control-allow-methods")).toContain("GET")
  })

  it("refuses query parameters it does not take", async () => {
    const { status, body } = await getJson(api.app, "/health?verbose=1")
    expect(status).toBe(400)
    expect(body).toEqual({ error: "InvalidQuery", issues: ["verbose: unknown query parameter; this route takes none"] })
  })
})

describe("unknown routes", () => {
  it("answer 404 as JSON naming the route", async () => {
    const { status, body } = await getJson(api.app, "/nope/here")
    expect(status).toBe(404)
    expect(body).toEqual({ error: "NotFound", message: "no route GET /nope/here" })
  })

  it("are 404 for other methods on known paths too: the API is read-only", async () => {
    const res = await api.app.request("/articles", { method: "POST", body: "{}" })
    expect(res.status).toBe(404)
    expect(await res.json()).toMatchObject({ error: "NotFound" })
  })
})

describe("HEAD", () => {
  it("answers like GET, without a body", async () => {
    const res = await api.app.request("/health", { method: "HEAD" })
    expect(res.status).toBe(200)
    expect(res.headers.get("content-type")).toContain("application/json")
    expect(await res.text()).toBe("")
  })
})
