/** The API package: the Hono app over a store runtime, and a way to start it in-process. */
export { endpoints, makeApp } from "./App.ts"
export { apiConfigFrom, defaultDbFile, type ApiConfig } from "./ApiConfig.ts"
export type { AnyEndpoint, ApiRuntime, Endpoint } from "./Endpoint.ts"
export { startApi, type RunningApi } from "./Server.ts"
