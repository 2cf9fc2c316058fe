import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { articleIdA, articleIdB, extractionA, extractionB, getJson, makeTestApi, type TestApi } from "./Fixtures.ts"

let api: TestApi
beforeAll(async () => {
  api = await makeTestApi()
})
afterAll(() => api.dispose())

const texts = (body: any): Array<string> => body.items.map((s: any) => s.text).sort()

const allWords = [
  "Moscow was ready for talks",
  "Ukraine needs air defence now.",
  "We will not give up our land.",
  "the plan is unacceptable"
]

describe("GET /statements", () => {
  it("lists every statement with its article's date and file and an exact span", async () => {
    const { status, body } = await getJson(api.app, "/statements")
    expect(status).toBe(200)
    expect(texts(body)).toEqual(allWords)
    const articleText = new Map([
      [articleIdA, extractionA.article.text],
      [articleIdB, extractionB.article.text]
    ])
    for (const s of body.items) {
      expect(articleText.get(s.articleId)!.slice(s.start, s.end)).toBe(s.text)
    }
    const telegram = body.items.find((s: any) => s.channel === "Telegram")
    expect(telegram).toMatchObject({
      speakerId: "person:volodymyr-zelensky",
      articleId: articleIdB,
      articleDate: "2025-03-12",
      articleFileName: "2025-03-12_peskov.txt",
      kind: "direct",
      cue: "wrote"
    })
  })

  it("filters by actor, one or several", async () => {
    const peskov = await getJson(api.app, "/statements?actor=person:dmitry-peskov")
    expect(texts(peskov.body)).toEqual(["Moscow was ready for talks", "the plan is unacceptable"])
    expect(new Set(peskov.body.items.map((s: any) => s.speakerName))).toEqual(new Set(["Dmitry Peskov"]))
    const both = await getJson(api.app, "/statements?actor=person:dmitry-peskov,person:volodymyr-zelensky")
    expect(texts(both.body)).toEqual(allWords)
  })

  it("filters by kind, keyword, article and dates", async () => {
    expect(texts((await getJson(api.app, "/statements?kind=indirect")).body)).toEqual(["Moscow was ready for talks"])
    expect(texts((await getJson(api.app, "/statements?q=UNACCEPTABLE")).body)).toEqual(["the plan is unacceptable"])
    expect(texts((await getJson(api.app, `/statements?article=${articleIdA}`)).body)).toEqual([
      "Moscow was ready for talks",
      "We will not give up our land."
    ])
    expect(texts((await getJson(api.app, "/statements?from=2025-03-04")).body)).toEqual([
      "Ukraine needs air defence now.",
      "the plan is unacceptable"
    ])
    expect(texts((await getJson(api.app, "/statements?to=2025-03-03&kind=direct")).body)).toEqual(["We will not give up our land."])
    expect((await getJson(api.app, "/statements?from=2025-04-01")).body).toEqual({ items: [], nextCursor: null })
  })

  it("pages with a cursor through every statement exactly once", async () => {
    const seen: Array<string> = []
    let cursor: string | null = null
    for (let page = 0; page < 10; page++) {
      const suffix: string = cursor === null ? "" : `&cursor=${encodeURIComponent(cursor)}`
      const { status, body } = await getJson(api.app, `/statements?limit=1${suffix}`)
      expect(status).toBe(200)
      expect(body.items.length).toBeLessThanOrEqual(1)
      seen.push(...body.items.map((s: any) => s.id))
      cursor = body.nextCursor
      if (cursor === null) break
    }
    expect(seen).toHaveLength(4)
    expect(new Set(seen).size).toBe(4)
  })

  it("keeps filters while paging", async () => {
    const first = await getJson(api.app, "/statements?actor=person:volodymyr-zelensky&limit=1")
    expect(first.body.items).toHaveLength(1)
    const second = await getJson(
      api.app,
      `/statements?actor=person:volodymyr-zelensky&limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`
    )
    const words = [...first.body.items, ...second.body.items].map((s: any) => s.text).sort()
    expect(words).toEqual(["Ukraine needs air defence now.", "We will not give up our land."])
  })

  it("refuses bad kinds, limits and unknown parameters, naming each", async () => {
    const kind = await getJson(api.app, "/statements?kind=shouted")
    expect(kind.status).toBe(400)
    expect(kind.body.issues).toEqual(['kind: expected "direct" | "indirect", got "shouted"'])

    const zero = await getJson(api.app, "/statements?limit=0")
    expect(zero.body.issues).toEqual(['limit: expected a number between 1 and 1000, got "0"'])
    const word = await getJson(api.app, "/statements?limit=ten")
    expect(word.body.issues).toEqual(['limit: Unable to decode "ten" into a number'])
    const big = await getJson(api.app, "/statements?limit=5000")
    expect(big.status).toBe(400)
    expect(big.body.issues[0]).toMatch(/^limit: /)

    const unknown = await getJson(api.app, "/statements?speaker=x&from=2025-01-01")
    expect(unknown.status).toBe(400)
    expect(unknown.body.issues).toEqual([
      "speaker: unknown query parameter; known parameters are actor, from, to, kind, q, article, limit, cursor, format"
    ])
  })

  it("reports every bad parameter at once", async () => {
    const { status, body } = await getJson(api.app, "/statements?from=yesterday&kind=loud&limit=-1")
    expect(status).toBe(400)
    expect(body.issues.map((line: string) => line.split(":")[0]).sort()).toEqual(["from", "kind", "limit"])
  })

  it("refuses a parameter given twice rather than silently dropping one", async () => {
    const { status, body } = await getJson(api.app, "/statements?kind=direct&kind=indirect")
    expect(status).toBe(400)
    expect(body.issues).toEqual(["kind: given 2 times; give it once (lists are comma-separated: kind=a,b)"])
  })
})
