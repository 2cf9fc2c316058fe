/** Entry point of `pnpm ingest`: decodes the command line, provides the SQLite store once and runs the command; the only place that runs an Effect. */
import { SqliteStoreLive } from "@wirewatch/store"
import { Effect } from "effect"
import { INGEST_USAGE, loadIngestConfig } from "../Config.ts"
import { runIngest } from "../IngestCommand.ts"

const fatal = (message: string, code: number) =>
  Effect.sync(() => {
    console.error(`ingest: ${message}`)
    return code
  })

const program = Effect.gen(function* () {
  const config = yield* loadIngestConfig(process.argv.slice(2))
  if (config.help) {
    console.log(INGEST_USAGE)
    return 0
  }
  return yield* runIngest(config, { out: (line) => console.log(line), err: process.stderr }).pipe(
    Effect.provide(SqliteStoreLive({ filename: config.db })),
    Effect.catchTags({
      MissingPathError: (e) =>
        fatal(config.fromInbox ? `${e.message} (the inbox: create it, set WIREWATCH_INBOX, or give paths)` : e.message, 1),
      FileReadError: (e) => fatal(e.message, 1),
      StoreError: (e) => fatal(e.message, 1)
    })
  )
}).pipe(Effect.catchTag("UsageError", (e) => fatal(`${e.message}\n\n${INGEST_USAGE}`, 2)))

// `pnpm ingest | head` closes stdout early: stop quietly rather than with an EPIPE stack trace.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") throw e
  process.exit(process.exitCode ?? 0)
})

Effect.runPromise(program).then((code) => {
  process.exitCode = code
})
