/** The Hono application: every endpoint mounted on the process's runtime, with CORS, security headers and JSON errors. */
import { Hono } from "hono"
import { cors } from "hono/cors"
import { secureHeaders } from "hono/secure-headers"
import { handlerOf, sendError, type AnyEndpoint, type ApiRuntime } from "./Endpoint.ts"
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

/** Every endpoint the API serves, in the order the docs will list them. */
export const endpoints: ReadonlyArray<AnyEndpoint> = [
  ...healthEndpoints,
  ...articleEndpoints,
  ...actorEndpoints,
  ...statementEndpoints,
  ...incidentEndpoints,
  ...timeseriesEndpoints
]

/** `writes`: the queue and inbox the write routes use; without it (or without a token) they refuse, so the API is read-only. */
export const makeApp = (runtime: ApiRuntime, writes?: WriteOptions): Hono => {
  const app = new Hono()
  // Read-only and public: any origin may GET (the dashboard runs on its own dev port).
  app.use("*", cors({ origin: "*", allowMethods: ["GET", "HEAD", "OPTIONS"], exposeHeaders: ["X-Next-Cursor", "Content-Disposition"] }))
  app.use("*", secureHeaders({ crossOriginResourcePolicy: "cross-origin" }))
  app.use("*", limitUrlLength)
  for (const e of endpoints) app.get(e.path, handlerOf(runtime, e))
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
