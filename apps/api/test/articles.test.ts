import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { articleIdA, articleIdB, extractionA, getJson, makeTestApi, type TestApi } from "./Fixtures.ts"

let api: TestApi
beforeAll(async () => {
  api = await makeTestApi()
})
afterAll(() => api.dispose())

describe("GET /articles", () => {
  it("lists both articles with their counts", async () => {
    const { status, body } = await getJson(api.app, "/articles")
    expect(status).toBe(200)
    expect(body.nextCursor).toBeNull()
    const byId = new Map<string, any>(body.items.map((a: any) => [a.id, a]))
    expect([...byId.keys()].sort()).toEqual([articleIdA, articleIdB].sort())
    expect(byId.get(articleIdA)).toEqual({
      id: articleIdA,
      fileName: "2025-03-03_kharkiv.txt",
      date: "2025-03-03",
      title: "Zelensky vows to hold the line after strike on Kharkiv",
      statementCount: 2,
      incidentCount: 1
    })
  })

  it("filters by date", async () => {
    const { body } = await getJson(api.app, "/articles?from=2025-03-10")
    expect(body.items.map((a: any) => a.id)).toEqual([articleIdB])
    const { body: before } = await getJson(api.app, "/articles?to=2025-03-03")
    expect(before.items.map((a: any) => a.id)).toEqual([articleIdA])
  })

  it("pages with a cursor", async () => {
    const first = await getJson(api.app, "/articles?limit=1")
    expect(first.body.items).toHaveLength(1)
    expect(typeof first.body.nextCursor).toBe("string")
    const second = await getJson(api.app, `/articles?limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`)
    expect(second.body.items).toHaveLength(1)
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id)
    const third = second.body.nextCursor === null ? null : await getJson(api.app, `/articles?limit=1&cursor=${encodeURIComponent(second.body.nextCursor)}`)
    expect(third?.body.items ?? []).toEqual([])
  })

  it("refuses a bad date, naming the parameter and the value", async () => {
    const { status, body } = await getJson(api.app, "/articles?from=2025/03/01")
    expect(status).toBe(400)
    expect(body).toEqual({ error: "InvalidQuery", issues: ['from: expected a date as YYYY-MM-DD, got "2025/03/01"'] })
    const impossible = await getJson(api.app, "/articles?to=2025-13-01")
    expect(impossible.status).toBe(400)
    expect(impossible.body.issues).toEqual(["to: 2025-13-01 is not a day of the calendar"])
  })

  it("refuses from after to", async () => {
    const { status, body } = await getJson(api.app, "/articles?from=2025-03-12&to=2025-03-01")
    expect(status).toBe(400)
    expect(body.issues).toEqual(["from: 2025-03-12 is after to: 2025-03-01"])
  })
})

describe("GET /articles/:id", () => {
  it("returns the article with spans that slice its text exactly", async () => {
    const { status, body } = await getJson(api.app, `/articles/${articleIdA}`)
    expect(status).toBe(200)
    const text: string = body.article.text
    expect(text).toBe(extractionA.article.text)
    expect(body.statements.map((s: any) => s.text)).toEqual(["We will not give up our land.", "Moscow was ready for talks"])
    for (const s of body.statements) {
      expect(text.slice(s.start, s.end)).toBe(s.text)
      expect(text.slice(s.sentence.start, s.sentence.end)).toBe(s.sentence.text)
    }
    expect(body.mentions.length).toBe(3)
    for (const m of body.mentions) expect(text.slice(m.start, m.end)).toBe(m.text)
    expect(body.incidents).toHaveLength(1)
    const report = body.incidents[0]
    expect(text.slice(report.evidence.start, report.evidence.end)).toBe(
      "Russian drones struck Kharkiv overnight, killing 3 people and injuring 12"
    )
    expect(report).toMatchObject({ killed: 3, injured: 12, kind: "drone", place: { name: "Kharkiv", countryCode: "UA" } })
    expect(body.actors.map((a: any) => a.id).sort()).toEqual(["person:dmitry-peskov", "person:volodymyr-zelensky", "state:russia"])
  })

  it("is 404 for an unknown id", async () => {
    const { status, body } = await getJson(api.app, "/articles/0123456789abcdef")
    expect(status).toBe(404)
    expect(body.error).toBe("NotFound")
    expect(body.message).toContain("0123456789abcdef")
  })
})
