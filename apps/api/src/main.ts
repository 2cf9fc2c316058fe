/** The API process: reads its configuration from the environment, serves until SIGINT or SIGTERM, then shuts down cleanly. */
import { Either } from "effect"
import { apiConfigFrom } from "./ApiConfig.ts"
import { startApi } from "./Server.ts"

const config = apiConfigFrom(process.env, process.env["INIT_CWD"] ?? process.cwd())
if (Either.isLeft(config)) {
  console.error(config.left)
  process.exit(2)
}

const api = await startApi(config.right).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
console.log(`API reading ${config.right.dbFile}`)
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
