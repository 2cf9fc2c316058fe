/** The API process: reads its configuration from the environment, serves until SIGINT or SIGTERM, then shuts down cleanly. */
import { Either } from "effect"
import { apiConfigFrom } from "./ApiConfig.ts"
import { describeStore } from "@wirewatch/store"
import { startApi } from "./Server.ts"
import { writeSettingsFrom } from "./WriteSettings.ts"

const config = apiConfigFrom(process.env, process.env["INIT_CWD"] ?? process.cwd())
if (Either.isLeft(config)) {
  console.error(config.left)
  process.exit(2)
}

const api = await startApi(config.right).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
const writes = writeSettingsFrom(process.env, process.env["INIT_CWD"] ?? process.cwd())
console.log(`API reading ${describeStore({ databaseUrl: writes.databaseUrl, sqliteFile: config.right.dbFile })}`)
console.log(writes.token === undefined ? "API is read-only (set WIREWATCH_API_TOKEN to allow uploads)" : `API accepts uploads into ${writes.inbox}`)
console.log(`API listening on ${api.url}`)

let stopping = false
const stop = (signal: NodeJS.Signals) => {
  if (stopping) return
  stopping = true
  console.log(`${signal}: shutting down`)
  api.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error("shutdown failed:", error)
      process.exit(1)
    }
  )
}
process.once("SIGINT", stop)
process.once("SIGTERM", stop)
