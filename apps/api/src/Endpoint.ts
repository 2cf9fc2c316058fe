/** An endpoint is a path, a query schema, a response schema and a call to the repository; this module runs a request through one: decode, delegate, encode. */
import type { InvalidQuery, NotFound, StoreError } from "@wirewatch/domain"
import { ArticleRepository } from "@wirewatch/store"
import { Cause, Effect, Either, Exit, Option, Schema, type ManagedRuntime } from "effect"
import type { Context, Handler } from "hono"
import { csvOf, ResponseFormat, type CsvRows } from "./CsvFormat.ts"
import { errorResponseOf, internalError, type EndpointError, type ErrorResponse } from "./ErrorResponses.ts"
import { decodeQuery, type QuerySchema } from "./QueryDecoding.ts"
import { responseEncoder } from "./ResponseEncoding.ts"
import { acceptsGzip, matchesEtag, MIN_GZIP_BYTES, renderedAnswer, sharedReads, type Computed, type RenderedAnswer, type ResponseCache } from "./ResponseCache.ts"

/** The one runtime of the process: it holds the open store. */
export type ApiRuntime = ManagedRuntime.ManagedRuntime<ArticleRepository, StoreError>

export interface Endpoint<Q, A, I> {
  /** Hono path, e.g. `/articles/:id`. */
  readonly path: string
  /** One line saying what the endpoint answers (for docs). */
  readonly summary: string
  readonly query: QuerySchema<Q>
  readonly response: Schema.Schema<A, I, never>
  /** The delegation: the decoded query and the path parameters to a repository call. */
  readonly run: (query: Q, params: Readonly<Record<string, string>>) => Effect.Effect<A, InvalidQuery | NotFound | StoreError, ArticleRepository>
  /** Present when the endpoint also answers `?format=csv`: the rows of its encoded response. */
  readonly csv?: CsvRows<I>
}

/** Any endpoint, for lists of them (App mounts them; OpenAPI will describe them). */
export interface AnyEndpoint {
  readonly path: string
  readonly summary: string
  readonly query: QuerySchema<any>
  readonly response: Schema.Schema<any, any, never>
  readonly run: (query: any, params: Readonly<Record<string, string>>) => Effect.Effect<any, InvalidQuery | NotFound | StoreError, ArticleRepository>
  readonly csv?: CsvRows<any>
}

/** The query an endpoint accepts on the wire: its domain query, plus `format` when it can answer CSV. */
export const wireQueryOf = (endpoint: AnyEndpoint): QuerySchema<any> =>
  endpoint.csv === undefined ? endpoint.query : Schema.Struct({ ...endpoint.query.fields, format: Schema.optional(ResponseFormat) })

/** Ties the query, response and run types of one endpoint together while it is written. */
export const endpoint = <Q, A, I>(definition: Endpoint<Q, A, I>): AnyEndpoint => definition

/** Sends an error response as JSON. */
export const sendError = (c: Context, response: ErrorResponse): Response => c.json(response.body, response.status)

/** `/timeseries/statements` → `timeseries-statements.csv`. */
const csvFileName = (path: string): string => `${path.replace(/^\/+/, "").replace(/[^A-Za-z0-9]+/g, "-") || "export"}.csv`

/** Renders an encoded response in the format asked for. Every successful answer leaves through here. */
const render = (endpoint: AnyEndpoint, encoded: unknown, format: ResponseFormat): RenderedAnswer => {
  if (format === "csv" && endpoint.csv !== undefined) {
    const nextCursor = endpoint.csv.nextCursor?.(encoded) ?? null
    return renderedAnswer(csvOf(endpoint.csv.rows(encoded)), {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csvFileName(endpoint.path)}"`,
      ...(nextCursor === null ? {} : { "X-Next-Cursor": nextCursor })
    })
  }
  return renderedAnswer(JSON.stringify(encoded), { "Content-Type": "application/json" })
}

/** The delegation and the encoding of one decoded request: the only place a response is encoded (encoder compiled once). */
const answerWith = (endpoint: AnyEndpoint) => {
  const encode = responseEncoder(endpoint.response)
  return (query: unknown, params: Readonly<Record<string, string>>) => Effect.flatMap(endpoint.run(query, params), encode)
}

const isEndpointError = (error: unknown): error is EndpointError =>
  typeof error === "object" &&
  error !== null &&
  "_tag" in error &&
  (error._tag === "InvalidQuery" || error._tag === "NotFound" || error._tag === "StoreError")

/** The error response for a failed request; what is our fault is logged. */
const sendFailure = (c: Context, cause: Cause.Cause<unknown>): Response => {
  const failure = Cause.failureOption(cause)
  if (Option.isSome(failure) && isEndpointError(failure.value)) {
    const response = errorResponseOf(failure.value)
    // The store's message names what it was doing and why; its stack would only show Effect's internals.
    if (response.status === 500) console.error(`GET ${c.req.path} failed: ${failure.value.message}`)
    return sendError(c, response)
  }
  // A response that does not encode or a defect is our bug: log it, hide it. An interruption is a client that left.
  if (!Cause.isInterruptedOnly(cause)) console.error(`GET ${c.req.path} failed:`, Cause.pretty(cause))
  return sendError(c, internalError)
}

/** Clients may keep an answer but must ask again each time; an unchanged one then costs a 304 without a body. */
const CACHE_CONTROL = "no-cache"

/** Sends an answer, gzipped to clients that accept it (browsers do), as a 304 to a client that has it already. */
const send = (c: Context, answer: RenderedAnswer): Response => {
  const gzip = answer.body.byteLength >= MIN_GZIP_BYTES && acceptsGzip(c.req.header("Accept-Encoding"))
  const { body, etag } = gzip ? answer.gzipped() : answer
  const headers: Record<string, string> = { ...answer.headers, ETag: etag, "Cache-Control": CACHE_CONTROL, Vary: "Accept-Encoding" }
  if (gzip) headers["Content-Encoding"] = "gzip"
  if (matchesEtag(c.req.header("If-None-Match"), etag)) return c.body(null, 304, headers)
  return c.body(body, 200, headers)
}

const dataVersion = Effect.flatMap(ArticleRepository, (repo) => repo.dataVersion())

/** The data version as of this request's arrival or later, read once for all requests that arrived together. */
export const dataVersionReads = (runtime: ApiRuntime) => sharedReads(() => runtime.runPromiseExit(dataVersion))

/**
 * The Hono handler of an endpoint, running on the process's runtime. The answer is kept in `cache` under the request
 * (route, path parameters, decoded query, format) and the store's data version read first, so it is served again only
 * while nothing was written since. The work is shared by every request waiting for it, so one client leaving does not
 * interrupt it.
 */
export const handlerOf = (
  runtime: ApiRuntime,
  endpoint: AnyEndpoint,
  cache: ResponseCache,
  readVersion: () => Promise<Exit.Exit<string, StoreError>>
): Handler => {
  const wireQuery = wireQueryOf(endpoint)
  const answer = answerWith(endpoint)
  return async (c) => {
    // Decoding needs no store, so a bad query is a 400 even when the database is down.
    const decoded = decodeQuery(wireQuery, c.req.queries())
    if (Either.isLeft(decoded)) return sendError(c, errorResponseOf(decoded.left))
    const { format = "json", ...query } = decoded.right as { readonly format?: ResponseFormat }
    const params = c.req.param() as Readonly<Record<string, string>>
    const version = await readVersion()
    if (Exit.isFailure(version)) return sendFailure(c, version.cause)
    const key = `${endpoint.path}\u0000${JSON.stringify(params)}\u0000${format}\u0000${JSON.stringify(query)}`
    const computed = await cache.answer(key, version.value, async (): Promise<Computed<Cause.Cause<unknown>>> => {
      const exit = await runtime.runPromiseExit(answer(query, params))
      return Exit.isSuccess(exit) ? { _tag: "Answer", answer: render(endpoint, exit.value, format) } : { _tag: "Uncached", value: exit.cause }
    })
    return computed._tag === "Answer" ? send(c, computed.answer) : sendFailure(c, computed.value)
  }
}
