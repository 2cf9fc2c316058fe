/** Starts the API in this process: opens the store once, serves the app over HTTP, and closes both on request. */
import { serve } from "@hono/node-server"
import { StoreFromEnv } from "@wirewatch/store"
import { Cause, Effect, Exit, ManagedRuntime } from "effect"
import type { Server } from "node:http"
import type { AddressInfo } from "node:net"
import { makeApp } from "./App.ts"
import type { ApiConfig } from "./ApiConfig.ts"
import { writeSettingsFrom, type WriteSettings } from "./WriteSettings.ts"

export interface RunningApi {
  /** `http://host:port`, with the port actually bound (useful with port 0). */
  readonly url: string
  readonly port: number
  /** Stops accepting connections, ends idle ones, waits for open requests, then closes the store. */
  readonly close: () => Promise<void>
}

const urlOf = (host: string, port: number): string => `http://${host.includes(":") ? `[${host}]` : host}:${port}`

/** Opens the database now (failing here, not at the first request, when it cannot be opened), then listens. */
export const startApi = async (
  { dbFile, port, host, cacheAnswers }: ApiConfig,
  { databaseUrl, inbox, token }: WriteSettings = writeSettingsFrom(process.env, process.env["INIT_CWD"] ?? process.cwd())
): Promise<RunningApi> => {
  const runtime = ManagedRuntime.make(StoreFromEnv({ databaseUrl, sqliteFile: dbFile }))
  const opened = await runtime.runPromiseExit(Effect.void)
  if (Exit.isFailure(opened)) {
    await runtime.dispose()
    throw new Error(`cannot open the database ${dbFile}:\n${Cause.pretty(opened.cause)}`)
  }
  const app = makeApp(runtime, { runtime, inbox, token }, { cacheAnswers: cacheAnswers ?? true })
  const listening = await new Promise<{ server: Server; port: number }>((done, fail) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info: AddressInfo) =>
      done({ server: server as Server, port: info.port })
    ) as Server
    server.once("error", fail)
  }).catch(async (error: unknown) => {
    await runtime.dispose()
    throw error
  })
  const { server } = listening
  return {
    url: urlOf(host, listening.port),
    port: listening.port,
    close: async () => {
      await new Promise<void>((done, fail) => {
        server.close((error) => (error === undefined ? done() : fail(error)))
        server.closeIdleConnections()
      })
      await runtime.dispose()
    }
  }
}
