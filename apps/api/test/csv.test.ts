import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { csvOf } from "../src/CsvFormat.ts"
import { articleIdB, getJson, makeTestApi, type TestApi } from "./Fixtures.ts"

let api: TestApi
beforeAll(async () => {
  api = await makeTestApi()
})
afterAll(() => api.dispose())

/** Splits CSV made by csvOf back into cells (quoted cells may hold commas, quotes and newlines). */
const parseCsv = (text: string): Array<Array<string>> => {
  const rows: Array<Array<string>> = []
  let row: Array<string> = []
  let cell = ""
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++
      else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ",") row.push(cell), (cell = "")
    else if (ch === "\r" && text[i + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), i++
    else cell += ch
  }
  return rows
}

const csvRecords = (text: string): Array<Record<string, string>> => {
  const [header, ...rows] = parseCsv(text)
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ""])))
}

describe("csvOf", () => {
  it("flattens nested objects into dotted columns, joins plain lists, quotes what needs quoting", () => {
    const text = csvOf([
      { id: 1, place: { name: "Kyiv", lat: null }, weapons: ["drone", "missile"], text: 'He said "no", twice\nthen left' },
      { id: 2, place: { name: "Lviv", lat: 49.8 }, weapons: [], text: "=SUM(A1)" }
    ])
    expect(text).toBe(
      "id,place.name,place.lat,weapons,text\r\n" +
        '1,Kyiv,,drone; missile,"He said ""no"", twice\nthen left"\r\n' +
        "2,Lviv,49.8,,'=SUM(A1)\r\n"
    )
  })

  it("is empty when there are no rows, since the columns come from the rows", () => {
    expect(csvOf([])).toBe("")
  })
})

describe("?format=csv", () => {
  it("answers a statements page as CSV with the same rows as JSON", async () => {
    const json = await getJson(api.app, "/statements?actor=person:dmitry-peskov")
    const res = await api.app.request("/statements?actor=person:dmitry-peskov&format=csv")
    expect(res.status).toBe(200)
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8")
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="statements.csv"')
    const records = csvRecords(await res.text())
    expect(records.map((r) => r["id"])).toEqual(json.body.items.map((s: any) => s.id))
    const fromB = records.find((r) => r["articleId"] === articleIdB)!
    expect(fromB).toMatchObject({ text: "the plan is unacceptable", kind: "direct", speakerName: "Dmitry Peskov", articleDate: "2025-03-12" })
    expect(fromB["sentence.text"]).toBe('Dmitry Peskov said on Wednesday that "the plan is unacceptable".')
  })

  it("gives a page's next cursor in a header, and the cursor pages the CSV too", async () => {
    const first = await api.app.request("/statements?limit=3&format=csv")
    const cursor = first.headers.get("x-next-cursor")
    expect(cursor).not.toBeNull()
    expect(csvRecords(await first.text())).toHaveLength(3)
    const crossOrigin = await api.app.request("/statements?limit=3&format=csv", { headers: { Origin: "http://localhost:5173" } })
    expect(crossOrigin.headers.get("access-control-expose-headers")).toContain("X-Next-Cursor")
    const rest = await api.app.request(`/statements?limit=3&format=csv&cursor=${encodeURIComponent(cursor!)}`)
    expect(rest.headers.get("x-next-cursor")).toBeNull()
    expect(csvRecords(await rest.text())).toHaveLength(1)
  })

  it("answers the statement series in long form: one row per actor and bucket", async () => {
    const res = await api.app.request("/timeseries/statements?interval=week&format=csv")
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="timeseries-statements.csv"')
    const rows = csvRecords(await res.text()).filter((r) => r["actorId"] === "person:volodymyr-zelensky")
    expect(rows).toEqual([
      { bucket: "2025-03-03", actorId: "person:volodymyr-zelensky", actorName: "Volodymyr Zelensky", count: "1" },
      { bucket: "2025-03-10", actorId: "person:volodymyr-zelensky", actorName: "Volodymyr Zelensky", count: "1" }
    ])
  })

  it("answers the incident series and the incident list", async () => {
    const series = csvRecords(await (await api.app.request("/timeseries/incidents?interval=month&format=csv")).text())
    expect(series).toEqual([{ bucket: "2025-03-01", reports: "2", incidents: "1", killed: "4", injured: "12" }])
    const incidents = csvRecords(await (await api.app.request("/incidents?format=csv")).text())
    expect(incidents).toHaveLength(1)
    expect(incidents[0]).toMatchObject({ "place.name": "Kharkiv", "place.countryCode": "UA", weapons: "drone", killed: "4" })
  })

  it("is JSON when asked for json, and refused where there are no rows to give", async () => {
    const json = await getJson(api.app, "/statements?format=json")
    expect(json.body.items).toHaveLength(4)
    const bad = await getJson(api.app, "/statements?format=xml")
    expect(bad.status).toBe(400)
    expect(bad.body.issues).toEqual(['format: expected "json" | "csv", got "xml"'])
    const detail = await getJson(api.app, `/articles/${articleIdB}?format=csv`)
    expect(detail.status).toBe(400)
    expect(detail.body.issues).toEqual(["format: unknown query parameter; this route takes none"])
  })
})
