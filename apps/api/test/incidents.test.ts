import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { articleIdA, articleIdB, extractionA, extractionB, getJson, makeTestApi, type TestApi } from "./Fixtures.ts"

let api: TestApi
beforeAll(async () => {
  api = await makeTestApi()
})
afterAll(() => api.dispose())

describe("GET /incidents", () => {
  it("lists the strike both articles report as one incident with the highest toll", async () => {
    const { status, body } = await getJson(api.app, "/incidents")
    expect(status).toBe(200)
    expect(body.nextCursor).toBeNull()
    expect(body.items).toHaveLength(1)
    expect(body.items[0]).toMatchObject({
      kind: "drone",
      place: { name: "Kharkiv", countryCode: "UA", country: "Ukraine" },
      date: "2025-03-03",
      perpetratorId: "state:russia",
      killed: 4,
      injured: 12,
      reportCount: 2
    })
  })

  it("filters by country (name or code), place, perpetrator and date", async () => {
    const count = async (query: string) => (await getJson(api.app, `/incidents?${query}`)).body.items.length
    expect(await count("country=UA")).toBe(1)
    expect(await count("country=Ukraine")).toBe(1)
    expect(await count("country=PL")).toBe(0)
    expect(await count("place=Kharkiv")).toBe(1)
    expect(await count("place=Odesa")).toBe(0)
    expect(await count("perpetrator=Russia")).toBe(1)
    expect(await count("perpetrator=state:russia")).toBe(1)
    expect(await count("perpetrator=Hamas")).toBe(0)
    expect(await count("from=2025-03-03&to=2025-03-03")).toBe(1)
    expect(await count("from=2025-03-04")).toBe(0)
  })

  it("refuses bad parameters", async () => {
    const { status, body } = await getJson(api.app, "/incidents?to=2025-02-30&actor=x")
    expect(status).toBe(400)
    expect(body.issues).toContain("to: 2025-02-30 is not a day of the calendar")
    expect(body.issues).toContain(
      "actor: unknown query parameter; known parameters are country, place, perpetrator, from, to, limit, cursor, format"
    )
  })
})

describe("GET /incidents/:id", () => {
  it("returns the incident with both reports and their evidence spans", async () => {
    const list = await getJson(api.app, "/incidents")
    const id: string = list.body.items[0].id
    const { status, body } = await getJson(api.app, `/incidents/${encodeURIComponent(id)}`)
    expect(status).toBe(200)
    expect(body.incident.id).toBe(id)
    expect(body.reports.map((r: any) => r.articleId).sort()).toEqual([articleIdA, articleIdB].sort())
    const texts = new Map([
      [articleIdA, extractionA.article.text],
      [articleIdB, extractionB.article.text]
    ])
    for (const r of body.reports) {
      expect(r.incidentId).toBe(id)
      expect(texts.get(r.articleId)!.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text)
    }
    const fromB = body.reports.find((r: any) => r.articleId === articleIdB)
    expect(fromB).toMatchObject({ killed: 4, injured: null, articleDate: "2025-03-12", articleFileName: "2025-03-12_peskov.txt" })
  })

  it("is 404 for an unknown id", async () => {
    const { status, body } = await getJson(api.app, "/incidents/no-such-incident")
    expect(status).toBe(404)
    expect(body).toMatchObject({ error: "NotFound" })
    expect(body.message).toContain("no-such-incident")
  })
})
