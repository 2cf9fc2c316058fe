/** Entry point of `pnpm ingest`: decodes the command line, provides the store (PostgreSQL when DATABASE_URL says, else SQLite) once and runs the command; the only place that runs an Effect. */
import type { StoreError } from "@wirewatch/domain"
import { type ArticleRepository, type JobQueue, StoreFromEnv } from "@wirewatch/store"
import { Deferred, Effect } from "effect"
import { INGEST_USAGE, loadIngestConfig } from "../Config.ts"
import { extractorFor } from "../ExtractorChoice.ts"
import { runIngest } from "../IngestCommand.ts"
import type { FileReadError, MissingPathError } from "../IngestErrors.ts"
import { ingestRootsFrom, isInsideRoots } from "../watch/IngestRoots.ts"
import { UsageError } from "../UsageError.ts"
import { runWatch } from "../watch/WatchCommand.ts"
import { loadWatchSettings } from "../watch/WatchSettings.ts"

const fatal = (message: string, code: number) =>
  Effect.sync(() => {
    console.error(`ingest: ${message}`)
    return code
  })

/** SIGTERM or SIGINT completes `stop`: a watching worker then finishes its current article and exits 0. */
const stopOnSignal = Effect.gen(function* () {
  const stop = yield* Deferred.make<void>()
  const onSignal = (signal: NodeJS.Signals) => {
    console.log(`${signal}: finishing the current article, then stopping`)
    Deferred.unsafeDone(stop, Effect.void)
  }
  process.once("SIGTERM", onSignal)
  process.once("SIGINT", onSignal)
  return stop
})

const program = Effect.gen(function* () {
  const config = yield* loadIngestConfig(process.argv.slice(2))
  if (config.help) {
    console.log(INGEST_USAGE)
    return 0
  }
  const roots = ingestRootsFrom(process.env["WIREWATCH_INGEST_ROOTS"])
  const outside = config.watch === undefined ? config.paths.find((p) => !isInsideRoots(p, roots)) : undefined
  if (outside !== undefined) return yield* new UsageError({ detail: `${outside} lies outside the ingest roots (WIREWATCH_INGEST_ROOTS)` })
  const command: Effect.Effect<number, StoreError | MissingPathError | FileReadError | UsageError, ArticleRepository | JobQueue> =
    config.watch === undefined
      ? runIngest(config, { out: (line) => console.log(line), err: process.stderr })
      : Effect.gen(function* () {
          const settings = yield* loadWatchSettings(config.watch!)
          const stop = yield* stopOnSignal
          return yield* runWatch(settings, stop, { out: (line) => console.log(line), json: config.json, quiet: config.quiet }).pipe(
            Effect.provide(extractorFor(0, config.workers))
          )
        })
  return yield* command.pipe(
    Effect.provide(StoreFromEnv({ databaseUrl: process.env["DATABASE_URL"], sqliteFile: config.db })),
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
