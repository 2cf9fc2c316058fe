/** The Hono application: every endpoint mounted on the process's runtime, with CORS, security headers and JSON errors. */
import { Hono, type MiddlewareHandler } from "hono"
import { cors } from "hono/cors"
import { secureHeaders } from "hono/secure-headers"
import { dataVersionReads, handlerOf, sendError, type AnyEndpoint, type ApiRuntime } from "./Endpoint.ts"
import { internalError, routeNotFound } from "./ErrorResponses.ts"
import { docsPage } from "./DocsPage.ts"
import { openApiDocument } from "./OpenApi.ts"
import { actorEndpoints } from "./routes/actors.ts"
import { articleEndpoints } from "./routes/articles.ts"
import { healthEndpoints } from "./routes/health.ts"
import { incidentEndpoints } from "./routes/incidents.ts"
import { statementEndpoints } from "./routes/statements.ts"
import { timeseriesEndpoints } from "./routes/timeseries.ts"
import { mountWriteRoutes, type WriteOptions } from "./routes/writes.ts"
import { limitUrlLength } from "./RequestLimits.ts"
import { DEFAULT_CACHE_OPTIONS, ResponseCache } from "./ResponseCache.ts"

/** Every endpoint the API serves, in the order the docs will list them. */
export const endpoints: ReadonlyArray<AnyEndpoint> = [
  ...healthEndpoints,
  ...articleEndpoints,
  ...actorEndpoints,
  ...statementEndpoints,
  ...incidentEndpoints,
  ...timeseriesEndpoints
]

/** Headers a page on another origin may read (the dashboard runs on its own dev port). */
const EXPOSED_HEADERS = ["X-Next-Cursor", "Content-Disposition", "ETag"]

const preflight = cors({ origin: "*", allowMethods: ["GET", "HEAD", "OPTIONS"], exposeHeaders: EXPOSED_HEADERS })

/**
 * Read-only and public: any origin may GET. Preflights are hono's `cors`; other requests get the same two headers as
 * prepared headers, before the route answers, because `cors` sets them on `c.res` first, which makes hono copy every
 * answer into a new response whose body is then streamed (a third of the time of a cached answer).
 */
const anyOriginMayRead: MiddlewareHandler = async (c, next) => {
  if (c.req.method === "OPTIONS") return preflight(c, next)
  c.header("Access-Control-Allow-Origin", "*")
  c.header("Access-Control-Expose-Headers", EXPOSED_HEADERS.join(","))
  await next()
}

/**
 * `writes`: the queue and inbox the write routes use; without it (or without a token) they refuse, so the API is
 * read-only. `cacheAnswers: false` computes every answer anew (for measurements).
 */
export const makeApp = (runtime: ApiRuntime, writes?: WriteOptions, options: { readonly cacheAnswers?: boolean } = {}): Hono => {
  const app = new Hono()
  app.use("*", anyOriginMayRead)
  app.use("*", secureHeaders({ crossOriginResourcePolicy: "cross-origin" }))
  app.use("*", limitUrlLength)
  // One cache for the app: answers stay right across routes because every one is labelled with the data version.
  // Off, it keeps nothing; requests that arrive together still share one computation.
  const cache = new ResponseCache(options.cacheAnswers === false ? { maxBytes: 0, maxEntryBytes: 0 } : DEFAULT_CACHE_OPTIONS)
  const readVersion = dataVersionReads(runtime)
  for (const e of endpoints) app.get(e.path, handlerOf(runtime, e, cache, readVersion))
  const openApi = openApiDocument(endpoints, { title: "Wirewatch API", version: "0.1.0" })
  app.get("/openapi.json", (c) => c.json(openApi))
  const docs = docsPage(openApi)
  app.get("/docs", (c) => c.html(docs))
  mountWriteRoutes(app, writes)
  app.notFound((c) => sendError(c, routeNotFound(c.req.method, c.req.path)))
  app.onError((error, c) => {
    console.error(`${c.req.method} ${c.req.path} failed:`, error)
    return sendError(c, internalError)
  })
  return app
}
