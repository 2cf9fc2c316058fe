/** The Wirewatch API as typed Effects: one function per route, each response decoded with the domain schema. */
import {
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
import { Effect, Schema } from "effect"

/** A call to the API that failed: `status` 0 means the request never got an HTTP answer. */
export class ApiError extends Schema.TaggedError<ApiError>()("ApiError", {
  status: Schema.Number,
  path: Schema.String,
  detail: Schema.String
}) {
  override get message(): string {
    return this.status === 0 ? `Could not reach the API (${this.path}): ${this.detail}` : `${this.detail} (HTTP ${this.status}, ${this.path})`
  }
}

/** The API's error body: `{error: "InvalidQuery", issues}` or `{error: "NotFound", message}`. */
const ErrorBody = Schema.Struct({
  error: Schema.String,
  message: Schema.optional(Schema.String),
  issues: Schema.optional(Schema.Array(Schema.String))
})
const decodeErrorBody = Schema.decodeUnknownOption(ErrorBody)

const describeFailure = (status: number, body: unknown): string => {
  const decoded = decodeErrorBody(body)
  if (decoded._tag === "Some") {
    const e = decoded.value
    if (e.issues !== undefined && e.issues.length > 0) return `${e.error}: ${e.issues.join("; ")}`
    return e.message === undefined ? e.error : `${e.error}: ${e.message}`
  }
  if (status === 502 || status === 503 || status === 504) return "The API is not answering"
  return "The API answered with an error"
}

/** Query objects as the API reads them: encoded by the domain schema (lists comma-joined, numbers as text). */
export const searchOf = <A, I>(schema: Schema.Schema<A, I>, query: A): string => {
  const encoded = Schema.encodeSync(schema)(query) as Record<string, unknown>
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(encoded)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value))
  }
  const s = params.toString()
  return s === "" ? "" : `?${s}`
}

/** GETs `/api<path>` and decodes the JSON answer with `schema`; aborting the fiber aborts the request. */
const getJson = <A, I>(schema: Schema.Schema<A, I>, path: string): Effect.Effect<A, ApiError> =>
  Effect.gen(function* () {
    const response = yield* Effect.tryPromise({
      try: (signal) => fetch(`/api${path}`, { signal, headers: { accept: "application/json" } }),
      catch: (cause) => new ApiError({ status: 0, path, detail: cause instanceof Error ? cause.message : String(cause) })
    })
    const body = yield* Effect.tryPromise({
      try: () => response.text(),
      catch: (cause) => new ApiError({ status: response.status, path, detail: `the answer was cut off: ${String(cause)}` })
    })
    let json: unknown = undefined
    try {
      json = body === "" ? undefined : JSON.parse(body)
    } catch {
      json = undefined
    }
    if (!response.ok) return yield* new ApiError({ status: response.status, path, detail: describeFailure(response.status, json) })
    if (json === undefined) return yield* new ApiError({ status: response.status, path, detail: "The API answered with something other than JSON" })
    return yield* Schema.decodeUnknown(schema)(json).pipe(
      Effect.mapError((e) => new ApiError({ status: response.status, path, detail: `The API answer does not match the expected shape: ${e.message}` }))
    )
  })

const idPath = (id: string) => encodeURIComponent(id)

export const Health = Schema.Struct({ status: Schema.String, articles: Schema.optional(Schema.Int) })

export const getHealth = () => getJson(Health, "/health")

export const listArticles = (query: ArticleQuery) => getJson(Page(ArticleSummary), `/articles${searchOf(ArticleQuery, query)}`)

export const getArticle = (id: string) => getJson(ArticleDetail, `/articles/${idPath(id)}`)

export const listActors = (query: ActorQuery) => getJson(Page(ActorSummary), `/actors${searchOf(ActorQuery, query)}`)

export const getActor = (id: string) => getJson(ActorDetail, `/actors/${idPath(id)}`)

export const listStatements = (query: StatementQuery) => getJson(Page(StatementView), `/statements${searchOf(StatementQuery, query)}`)

export const listIncidents = (query: IncidentQuery) => getJson(Page(IncidentView), `/incidents${searchOf(IncidentQuery, query)}`)

export const getIncident = (id: string) => getJson(IncidentDetail, `/incidents/${idPath(id)}`)

export const statementSeries = (query: StatementSeriesQuery) =>
  getJson(StatementSeries, `/timeseries/statements${searchOf(StatementSeriesQuery, query)}`)

export const incidentSeries = (query: IncidentSeriesQuery) =>
  getJson(IncidentSeries, `/timeseries/incidents${searchOf(IncidentSeriesQuery, query)}`)
