import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { endpoints } from "../src/App.ts"
import { getJson, makeTestApi, type TestApi } from "./Fixtures.ts"

let api: TestApi
beforeAll(async () => {
  api = await makeTestApi()
})
afterAll(() => api.dispose())

/** Follows a `#/components/schemas/X` reference inside the document. */
const resolve = (doc: any, schema: any): any =>
  typeof schema?.$ref === "string" ? doc.components.schemas[schema.$ref.replace("#/components/schemas/", "")] : schema

describe("GET /openapi.json", () => {
  it("describes every endpoint the app serves, with OpenAPI path syntax", async () => {
    const { status, body } = await getJson(api.app, "/openapi.json")
    expect(status).toBe(200)
    expect(body.openapi).toBe("3.1.0")
    expect(Object.keys(body.paths).sort()).toEqual(
      endpoints.map((e) => e.path.replace(/:(\w+)/g, "{$1}")).sort()
    )
    expect(body.paths["/articles/{id}"].get.parameters).toEqual([{ name: "id", in: "path", required: true, schema: { type: "string" } }])
    expect(Object.keys(body.paths["/articles/{id}"].get.responses).sort()).toEqual(["200", "400", "404", "500"])
  })

  it("documents the query parameters from the domain query schemas", async () => {
    const { body } = await getJson(api.app, "/openapi.json")
    const params = body.paths["/statements"].get.parameters
    expect(params.map((p: any) => p.name)).toEqual(["actor", "from", "to", "kind", "q", "article", "limit", "cursor", "format"])
    const byName = new Map<string, any>(params.map((p: any) => [p.name, p]))
    expect(byName.get("kind")).toMatchObject({ in: "query", required: false, schema: { enum: ["direct", "indirect"] } })
    expect(byName.get("from").schema.pattern).toBe("^\\d{4}-\\d{2}-\\d{2}$")
    const interval = body.paths["/timeseries/incidents"].get.parameters.find((p: any) => p.name === "interval")
    expect(interval.schema.enum).toEqual(["day", "week", "month"])
  })

  it("describes responses with the domain schemas, shared in components", async () => {
    const { body } = await getJson(api.app, "/openapi.json")
    const page = body.paths["/statements"].get.responses["200"].content["application/json"].schema
    expect(page.required).toEqual(["items", "nextCursor"])
    const view = resolve(body, page.properties.items.items)
    expect(view.required).toContain("sourceChain")
    expect(view.properties.kind.enum).toEqual(["direct", "indirect"])
    const invalid = resolve(body, body.paths["/statements"].get.responses["400"].content["application/json"].schema)
    expect(invalid.required).toEqual(["error", "issues"])
  })

  it("matches what the endpoints actually answer: an article detail has every required field", async () => {
    const { body: doc } = await getJson(api.app, "/openapi.json")
    const { body: page } = await getJson(api.app, "/articles")
    const { body: detail } = await getJson(api.app, `/articles/${page.items[0].id}`)
    const schema = resolve(doc, doc.paths["/articles/{id}"].get.responses["200"].content["application/json"].schema)
    expect(Object.keys(detail).sort()).toEqual([...schema.required].sort())
  })
})

describe("GET /docs", () => {
  it("renders every endpoint with its parameters as one HTML page", async () => {
    const res = await api.app.request("/docs")
    expect(res.status).toBe(200)
    expect(res.headers.get("content-type")).toContain("text/html")
    const page = await res.text()
    for (const e of endpoints) expect(page).toContain(`GET ${e.path.replace(/:(\w+)/g, "{$1}")}</code>`)
    expect(page).toContain('<a href="/statements"><code>GET /statements</code></a>')
    expect(page).toContain("<td><code>interval</code></td><td>query</td><td>&quot;day&quot; | &quot;week&quot; | &quot;month&quot;</td>")
    expect(page).toContain("<td><code>from</code></td><td>query</td><td>a date, YYYY-MM-DD</td>")
    expect(page).toContain("<td><code>id</code></td><td>path, required</td>")
    expect(page).not.toContain("<script")
  })
})
