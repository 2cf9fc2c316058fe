/**
 * The Wirewatch API as typed fetches: one function per route, typed by the domain's read models.
 *
 * Only types come from `@wirewatch/domain`: its schemas would bring the Effect runtime into the bundle. The API
 * encodes every answer with those schemas, whose wire form is their type without brands (test/apiContract.test.ts
 * checks that at compile time), so an answer is checked here only for its outline, enough to catch a proxy's HTML
 * page or another program on the port.
 */
import type {
  ActorDetail,
  ActorQuery,
  ActorSummary,
  ArticleDetail,
  ArticleQuery,
  ArticleSummary,
  IncidentDetail,
  IncidentQuery,
  IncidentSeries,
  IncidentSeriesQuery,
  IncidentView,
  Page,
  StatementQuery,
  StatementSeries,
  StatementSeriesQuery,
  StatementView
} from "@wirewatch/domain"

/** A call to the API that failed: `status` 0 means the request never got an HTTP answer. */
export class ApiError extends Error {
  readonly _tag = "ApiError"
  readonly status: number
  readonly path: string
  readonly detail: string
  constructor(fields: { readonly status: number; readonly path: string; readonly detail: string }) {
    super(fields.status === 0 ? `Could not reach the API (${fields.path}): ${fields.detail}` : `${fields.detail} (HTTP ${fields.status}, ${fields.path})`)
    this.name = "ApiError"
    this.status = fields.status
    this.path = fields.path
    this.detail = fields.detail
  }
}

type Json = Readonly<Record<string, unknown>>
const isRecord = (u: unknown): u is Json => typeof u === "object" && u !== null && !Array.isArray(u)
const isStringOrNull = (u: unknown): boolean => typeof u === "string" || u === null

/** The API's error body: `{error: "InvalidQuery", issues}` or `{error: "NotFound", message}`. */
const describeFailure = (status: number, body: unknown): string => {
  if (isRecord(body) && typeof body["error"] === "string") {
    const { error, message, issues } = body
    if (Array.isArray(issues) && issues.length > 0) return `${error}: ${issues.map(String).join("; ")}`
    return typeof message === "string" ? `${error}: ${message}` : error
  }
  if (status === 502 || status === 503 || status === 504) return "The API is not answering"
  return "The API answered with an error"
}

/** Query objects as the API reads them (the domain query schemas' encoding): lists comma-joined, numbers as text, blanks left out. */
export const searchOf = (query: object): string => {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue
    const text = Array.isArray(value) ? value.join(",") : String(value)
    if (text !== "") params.set(key, text)
  }
  const s = params.toString()
  return s === "" ? "" : `?${s}`
}

/** The outline an answer must have: the named fields, each an array, an object, a string, or a string or null. */
type Outline = Readonly<Record<string, "array" | "object" | "string" | "string|null">>

const hasOutline = (json: unknown, outline: Outline): string | null => {
  if (!isRecord(json)) return "not an object"
  for (const [field, kind] of Object.entries(outline)) {
    const v = json[field]
    const ok =
      kind === "array" ? Array.isArray(v) : kind === "object" ? isRecord(v) : kind === "string" ? typeof v === "string" : isStringOrNull(v)
    if (!ok) return `${field} is not ${kind === "string|null" ? "a string or null" : `a${kind === "array" || kind === "object" ? "n" : ""} ${kind}`}`
  }
  return null
}

/** GETs `/api<path>` and checks the JSON answer's outline; `signal` aborts the request. */
const getJson = async <A,>(outline: Outline, path: string, signal?: AbortSignal): Promise<A> => {
  let response: Response
  try {
    response = await fetch(`/api${path}`, { ...(signal === undefined ? {} : { signal }), headers: { accept: "application/json" } })
  } catch (cause) {
    if (signal?.aborted === true) throw cause
    throw new ApiError({ status: 0, path, detail: cause instanceof Error ? cause.message : String(cause) })
  }
  let body: string
  try {
    body = await response.text()
  } catch (cause) {
    if (signal?.aborted === true) throw cause
    throw new ApiError({ status: response.status, path, detail: `the answer was cut off: ${String(cause)}` })
  }
  let json: unknown = undefined
  try {
    json = body === "" ? undefined : JSON.parse(body)
  } catch {
    json = undefined
  }
  if (!response.ok) throw new ApiError({ status: response.status, path, detail: describeFailure(response.status, json) })
  if (json === undefined) throw new ApiError({ status: response.status, path, detail: "The API answered with something other than JSON" })
  const wrong = hasOutline(json, outline)
  if (wrong !== null) throw new ApiError({ status: response.status, path, detail: `The API answer does not match the expected shape: ${wrong}` })
  return json as A
}

const PAGE: Outline = { items: "array", nextCursor: "string|null" }

const idPath = (id: string) => encodeURIComponent(id)

export interface Health {
  readonly status: string
  readonly articles?: number
}

export const getHealth = (signal?: AbortSignal) => getJson<Health>({ status: "string" }, "/health", signal)

export const listArticles = (query: ArticleQuery, signal?: AbortSignal) => getJson<Page<ArticleSummary>>(PAGE, `/articles${searchOf(query)}`, signal)

export const getArticle = (id: string, signal?: AbortSignal) =>
  getJson<ArticleDetail>({ article: "object", actors: "array", mentions: "array", statements: "array", incidents: "array" }, `/articles/${idPath(id)}`, signal)

export const listActors = (query: ActorQuery, signal?: AbortSignal) => getJson<Page<ActorSummary>>(PAGE, `/actors${searchOf(query)}`, signal)

export const getActor = (id: string, signal?: AbortSignal) =>
  getJson<ActorDetail>({ actor: "object", topCues: "array", coMentioned: "array" }, `/actors/${idPath(id)}`, signal)

export const listStatements = (query: StatementQuery, signal?: AbortSignal) => getJson<Page<StatementView>>(PAGE, `/statements${searchOf(query)}`, signal)

export const listIncidents = (query: IncidentQuery, signal?: AbortSignal) => getJson<Page<IncidentView>>(PAGE, `/incidents${searchOf(query)}`, signal)

export const getIncident = (id: string, signal?: AbortSignal) =>
  getJson<IncidentDetail>({ incident: "object", reports: "array" }, `/incidents/${idPath(id)}`, signal)

export const statementSeries = (query: StatementSeriesQuery, signal?: AbortSignal) =>
  getJson<StatementSeries>({ interval: "string", buckets: "array", series: "array" }, `/timeseries/statements${searchOf(query)}`, signal)

export const incidentSeries = (query: IncidentSeriesQuery, signal?: AbortSignal) =>
  getJson<IncidentSeries>({ interval: "string", points: "array" }, `/timeseries/incidents${searchOf(query)}`, signal)
