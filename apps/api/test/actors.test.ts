import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { getJson, makeTestApi, type TestApi } from "./Fixtures.ts"

let api: TestApi
beforeAll(async () => {
  api = await makeTestApi()
})
afterAll(() => api.dispose())

const ids = (body: any): Array<string> => body.items.map((a: any) => a.id).sort()

describe("GET /actors", () => {
  it("lists every actor once, merged across articles, with counts", async () => {
    const { status, body } = await getJson(api.app, "/actors")
    expect(status).toBe(200)
    expect(ids(body)).toEqual(["person:dmitry-peskov", "person:volodymyr-zelensky", "state:russia"])
    const peskov = body.items.find((a: any) => a.id === "person:dmitry-peskov")
    expect(peskov).toMatchObject({ name: "Dmitry Peskov", kind: "person", statementCount: 2, articleCount: 2 })
  })

  it("filters by kind and by name", async () => {
    expect(ids((await getJson(api.app, "/actors?kind=person")).body)).toEqual(["person:dmitry-peskov", "person:volodymyr-zelensky"])
    expect(ids((await getJson(api.app, "/actors?kind=state")).body)).toEqual(["state:russia"])
    expect(ids((await getJson(api.app, "/actors?q=peskov")).body)).toEqual(["person:dmitry-peskov"])
  })

  it("pages with a cursor through every actor exactly once", async () => {
    const seen: Array<string> = []
    let cursor: string | null = null
    for (let page = 0; page < 5; page++) {
      const suffix: string = cursor === null ? "" : `&cursor=${encodeURIComponent(cursor)}`
      const { body } = await getJson(api.app, `/actors?limit=2${suffix}`)
      expect(body.items.length).toBeLessThanOrEqual(2)
      seen.push(...body.items.map((a: any) => a.id))
      cursor = body.nextCursor
      if (cursor === null) break
    }
    expect(seen.sort()).toEqual(["person:dmitry-peskov", "person:volodymyr-zelensky", "state:russia"])
  })

  it("refuses an unknown kind, listing the allowed ones", async () => {
    const { status, body } = await getJson(api.app, "/actors?kind=robot")
    expect(status).toBe(400)
    expect(body).toEqual({
      error: "InvalidQuery",
      issues: ['kind: expected "person" | "organization" | "state" | "group", got "robot"']
    })
  })
})

describe("GET /actors/:id", () => {
  it("returns what the store knows about the actor", async () => {
    const { status, body } = await getJson(api.app, "/actors/person:dmitry-peskov")
    expect(status).toBe(200)
    expect(body.actor).toMatchObject({ id: "person:dmitry-peskov", name: "Dmitry Peskov", kind: "person" })
    expect(body).toMatchObject({ statementCount: 2, articleCount: 2, firstStatement: "2025-03-03", lastStatement: "2025-03-12" })
    expect([...body.topCues].sort((a: any, b: any) => a.cue.localeCompare(b.cue))).toEqual([
      { cue: "said", count: 1 },
      { cue: "told reporters", count: 1 }
    ])
    expect(body.coMentioned.map((a: any) => a.actorId)).toContain("person:volodymyr-zelensky")
  })

  it("accepts a percent-encoded id", async () => {
    const { status, body } = await getJson(api.app, `/actors/${encodeURIComponent("person:volodymyr-zelensky")}`)
    expect(status).toBe(200)
    expect(body.actor.name).toBe("Volodymyr Zelensky")
  })

  it("is 404 for an unknown id", async () => {
    const { status, body } = await getJson(api.app, "/actors/person:nobody")
    expect(status).toBe(404)
    expect(body.error).toBe("NotFound")
    expect(body.message).toContain("person:nobody")
  })
})

describe("GET /actors/:id/summary", () => {
  it("gives aliases, count, first and last statement, cues and co-mentioned actors", async () => {
    const { status, body } = await getJson(api.app, "/actors/person:dmitry-peskov/summary")
    expect(status).toBe(200)
    expect(body.actor.aliases).toEqual(["Peskov"])
    expect(body).toMatchObject({ statementCount: 2, firstStatement: "2025-03-03", lastStatement: "2025-03-12" })
    expect(body.topCues.map((c: any) => c.cue).sort()).toEqual(["said", "told reporters"])
    expect(body.coMentioned.map((a: any) => a.actorId)).toContain("person:volodymyr-zelensky")
  })

  it("answers the same as /actors/:id", async () => {
    const summary = await getJson(api.app, "/actors/person:volodymyr-zelensky/summary")
    const detail = await getJson(api.app, "/actors/person:volodymyr-zelensky")
    expect(summary.body).toEqual(detail.body)
  })

  it("is 404 for an unknown id and refuses query parameters it does not know", async () => {
    expect((await getJson(api.app, "/actors/person:nobody/summary")).status).toBe(404)
    const { status, body } = await getJson(api.app, "/actors/person:dmitry-peskov/summary?format=csv")
    expect(status).toBe(400)
    expect(body.error).toBe("InvalidQuery")
  })
})
