import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { getJson, makeTestApi, type TestApi } from "./Fixtures.ts"

let api: TestApi
beforeAll(async () => {
  api = await makeTestApi()
})
afterAll(() => api.dispose())

/** An actor's counts as a bucket → count map, empty buckets left out. */
const countsOf = (body: any, actorId: string): Record<string, number> => {
  const series = body.series.find((s: any) => s.actorId === actorId)
  return Object.fromEntries(series.points.filter((p: any) => p.count > 0).map((p: any) => [p.bucket, p.count]))
}

describe("GET /timeseries/statements", () => {
  it("counts statements per actor per day, every day from the first to the last", async () => {
    const { status, body } = await getJson(api.app, "/timeseries/statements")
    expect(status).toBe(200)
    expect(body.interval).toBe("day")
    expect(body.buckets).toHaveLength(10)
    expect(body.buckets[0]).toBe("2025-03-03")
    expect(body.buckets[9]).toBe("2025-03-12")
    expect(countsOf(body, "person:dmitry-peskov")).toEqual({ "2025-03-03": 1, "2025-03-12": 1 })
    expect(countsOf(body, "person:volodymyr-zelensky")).toEqual({ "2025-03-03": 1, "2025-03-12": 1 })
  })

  it("buckets by ISO week and by month", async () => {
    const week = await getJson(api.app, "/timeseries/statements?interval=week")
    expect(week.body.buckets).toEqual(["2025-03-03", "2025-03-10"])
    expect(countsOf(week.body, "person:dmitry-peskov")).toEqual({ "2025-03-03": 1, "2025-03-10": 1 })
    const month = await getJson(api.app, "/timeseries/statements?interval=month")
    expect(month.body.buckets).toEqual(["2025-03-01"])
    expect(countsOf(month.body, "person:volodymyr-zelensky")).toEqual({ "2025-03-01": 2 })
  })

  it("filters by actor and kind", async () => {
    const { body } = await getJson(api.app, "/timeseries/statements?actor=person:dmitry-peskov&kind=direct&interval=month")
    expect(body.series.map((s: any) => s.actorId)).toEqual(["person:dmitry-peskov"])
    expect(countsOf(body, "person:dmitry-peskov")).toEqual({ "2025-03-01": 1 })
  })

  it("filters by a keyword on the statement text", async () => {
    const { status, body } = await getJson(api.app, "/timeseries/statements?q=unacceptable&interval=month")
    expect(status).toBe(200)
    const nonEmpty = body.series.filter((s: any) => s.points.some((p: any) => p.count > 0))
    expect(nonEmpty.map((s: any) => s.actorId)).toEqual(["person:dmitry-peskov"])
    expect(countsOf(body, "person:dmitry-peskov")).toEqual({ "2025-03-01": 1 })
  })

  it("answers an empty range with empty buckets, not an error", async () => {
    const { status, body } = await getJson(api.app, "/timeseries/statements?from=2024-01-01&to=2024-01-31&interval=week")
    expect(status).toBe(200)
    const counts = body.series.flatMap((s: any) => s.points.map((p: any) => p.count))
    expect(counts.every((n: number) => n === 0)).toBe(true)
  })

  it("refuses a date that is not a calendar date, naming the parameter", async () => {
    const { status, body } = await getJson(api.app, "/timeseries/statements?from=2025-02-30")
    expect(status).toBe(400)
    expect(body.error).toBe("InvalidQuery")
    expect(body.issues[0]).toMatch(/^from: /)
  })

  it("refuses an unknown interval", async () => {
    const { status, body } = await getJson(api.app, "/timeseries/statements?interval=year")
    expect(status).toBe(400)
    expect(body.issues).toEqual(['interval: expected "day" | "week" | "month", got "year"'])
  })

  it("refuses paging parameters, which a series does not take", async () => {
    const { status, body } = await getJson(api.app, "/timeseries/statements?limit=10")
    expect(status).toBe(400)
    expect(body.issues[0]).toMatch(/^limit: unknown query parameter/)
  })
})

describe("GET /timeseries/incidents", () => {
  it("counts reports, incidents and the toll per bucket", async () => {
    const { status, body } = await getJson(api.app, "/timeseries/incidents?interval=week")
    expect(status).toBe(200)
    expect(body.interval).toBe("week")
    const nonEmpty = body.points.filter((p: any) => p.reports > 0)
    expect(nonEmpty).toEqual([{ bucket: "2025-03-03", reports: 2, incidents: 1, killed: 4, injured: 12 }])
  })

  it("filters by country and perpetrator", async () => {
    const none = await getJson(api.app, "/timeseries/incidents?country=PL")
    expect(none.body.points.filter((p: any) => p.reports > 0)).toEqual([])
    const russia = await getJson(api.app, "/timeseries/incidents?perpetrator=Russia&interval=month")
    expect(russia.body.points).toEqual([{ bucket: "2025-03-01", reports: 2, incidents: 1, killed: 4, injured: 12 }])
  })

  it("answers an empty range with empty buckets, not an error", async () => {
    const { status, body } = await getJson(api.app, "/timeseries/incidents?from=2024-01-01&to=2024-03-31&interval=month")
    expect(status).toBe(200)
    expect(body.points.every((p: any) => p.reports === 0 && p.incidents === 0 && p.killed === 0)).toBe(true)
  })

  it("refuses a bad interval and a malformed date", async () => {
    expect((await getJson(api.app, "/timeseries/incidents?interval=hourly")).body.issues[0]).toMatch(/^interval: expected/)
    const { status, body } = await getJson(api.app, "/timeseries/incidents?to=yesterday")
    expect(status).toBe(400)
    expect(body.issues[0]).toMatch(/^to: /)
  })

  it("refuses from after to", async () => {
    const { status, body } = await getJson(api.app, "/timeseries/incidents?from=2025-03-10&to=2025-03-01")
    expect(status).toBe(400)
    expect(body.issues).toEqual(["from: 2025-03-10 is after to: 2025-03-01"])
  })
})
