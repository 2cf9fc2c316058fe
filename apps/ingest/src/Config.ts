/** The `pnpm ingest` settings: flags from the command line, defaults for the inbox and database from the environment (effect Config). */
import { Config, Effect } from "effect"
import { parseArgs } from "node:util"
import { POOL_MIN_ARTICLES, type WorkerSetting } from "./ExtractorChoice.ts"
import { UsageError } from "./UsageError.ts"

export const INGEST_USAGE = `Usage: pnpm ingest [options] [paths...]

Ingests article files (*.txt, folders searched recursively) into the database.
With no paths, ingests the inbox folder ($WIREWATCH_INBOX, default ./inbox).
Each file is reported as added, unchanged (same content already stored) or failed.

Options:
  --db PATH      SQLite database file ($WIREWATCH_DB, default ./data/wirewatch.db); DATABASE_URL=postgres://...
                 chooses PostgreSQL instead
  --reprocess    re-extract stored articles made by an older extractor version (takes no paths)
  --watch DIR    run as a long-lived worker: files in DIR become jobs in the database's queue, shared with other
                 workers (DATABASE_URL=postgres://... for several machines); SIGTERM finishes the current article
  --workers N    extraction threads: a number (0: extract in the main thread) or auto (default: for
                 batches of ${POOL_MIN_ARTICLES}+ articles on 2+ cores, one per core beyond the first, at most 4)
  --quiet        print only the summary line
  --json         print one JSON object per file and one for the summary
  --help         this text

Exit status: 0 when every file went in or was already stored, 1 when any file failed, 2 for a bad command line.`

export interface IngestConfig {
  readonly help: boolean
  /** Files and folders to ingest; the inbox when none were given. */
  readonly paths: ReadonlyArray<string>
  /** True when no paths were given and `paths` is the inbox. */
  readonly fromInbox: boolean
  readonly db: string
  readonly reprocess: boolean
  /** `--watch DIR`: the folder a long-lived worker watches; takes no paths. */
  readonly watch: string | undefined
  readonly quiet: boolean
  readonly json: boolean
  readonly workers: WorkerSetting
}

/** Defaults that the environment may override. */
export const IngestEnvironment = Config.all({
  inbox: Config.string("WIREWATCH_INBOX").pipe(Config.withDefault("./inbox")),
  db: Config.string("WIREWATCH_DB").pipe(Config.withDefault("./data/wirewatch.db"))
})

/** Decodes the command line (without `node script`) against the environment. */
export const loadIngestConfig = (argv: ReadonlyArray<string>): Effect.Effect<IngestConfig, UsageError> =>
  Effect.gen(function* () {
    const { values, positionals } = yield* Effect.try({
      try: () =>
        parseArgs({
          args: [...argv],
          options: {
            db: { type: "string" },
            reprocess: { type: "boolean" },
            watch: { type: "string" },
            quiet: { type: "boolean", short: "q" },
            json: { type: "boolean" },
            workers: { type: "string" },
            help: { type: "boolean", short: "h" }
          },
          strict: true,
          allowPositionals: true
        }),
      catch: (e) => new UsageError({ detail: e instanceof Error ? e.message : String(e) })
    })
    const env = yield* IngestEnvironment.pipe(Effect.mapError((e) => new UsageError({ detail: `bad environment: ${e.message}` })))
    const reprocess = values.reprocess === true
    if (reprocess && positionals.length > 0) {
      return yield* new UsageError({ detail: "--reprocess re-extracts stored articles and takes no paths" })
    }
    if (values.watch !== undefined && (positionals.length > 0 || reprocess || values.watch === "")) {
      return yield* new UsageError({ detail: "--watch takes one folder, and no paths or --reprocess" })
    }
    const workers = values.workers === undefined || values.workers === "auto" ? "auto" : /^\d{1,2}$/.test(values.workers) ? Number(values.workers) : null
    if (workers === null) return yield* new UsageError({ detail: `--workers must be auto or a number of threads, got ${JSON.stringify(values.workers)}` })
    if (values.db === "") return yield* new UsageError({ detail: "--db needs a file path" })
    return {
      help: values.help === true,
      paths: positionals.length > 0 ? positionals : [env.inbox],
      fromInbox: positionals.length === 0,
      db: values.db ?? env.db,
      reprocess,
      watch: values.watch,
      quiet: values.quiet === true,
      json: values.json === true,
      workers
    }
  })
