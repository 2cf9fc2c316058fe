/** The SQLite layer of the repository: opens (or creates) the database file, sets it up, migrates it. */
import { SqlClient } from "@effect/sql"
import { SqliteClient } from "@effect/sql-sqlite-node"
import { StoreError } from "@wirewatch/domain"
import { type Cause, Effect, Layer, Schedule } from "effect"
import { mkdirSync } from "node:fs"
import { dirname } from "node:path"
import { ArticleRepository } from "./ArticleRepository.ts"
import { JobQueue, JobQueueLive } from "./JobQueue.ts"
import { runMigrations } from "./Migrations.ts"
import { makeArticleRepository } from "./SqlArticleRepository.ts"
import { causeDetail } from "./StoreFailures.ts"

/** How long a writer waits for another process's lock before failing. */
const BUSY_TIMEOUT_MS = 5000

/** Page cache per connection (KiB): index pages of a large database stay in memory while ingest writes. */
const CACHE_KIB = 32768

/**
 * Opening retries a few times: processes that open a new file together race to switch it to WAL mode, which fails
 * with "database is locked" before busy_timeout can be set.
 */
const openRetry = Schedule.spaced("50 millis").pipe(
  Schedule.jittered,
  Schedule.intersect(Schedule.recurs(10)),
  Schedule.whileInput((cause: Cause.Cause<unknown>) => /database is locked|SQLITE_BUSY/i.test(causeDetail(cause)))
)

const prepared = Layer.effectDiscard(
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    yield* sql`PRAGMA foreign_keys = ON`
    yield* sql.unsafe(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`)
    // In WAL mode NORMAL cannot corrupt the database; a power loss may only drop the last commits (ingest redoes them).
    yield* sql`PRAGMA synchronous = NORMAL`
    yield* sql.unsafe(`PRAGMA cache_size = -${CACHE_KIB}`)
    yield* runMigrations
  })
)

/** The repository over a SQLite file (WAL mode, foreign keys on), its folder created when missing. */
export const SqliteStoreLive = (options: { readonly filename: string }): Layer.Layer<ArticleRepository | JobQueue, StoreError> =>
  Layer.merge(Layer.effect(ArticleRepository, makeArticleRepository), JobQueueLive).pipe(
    Layer.provide(
      prepared.pipe(
        Layer.provideMerge(
          Layer.unwrapEffect(
            Effect.sync(() => {
              if (options.filename !== ":memory:") mkdirSync(dirname(options.filename), { recursive: true })
              return SqliteClient.layer({ filename: options.filename })
            })
          )
        ),
        // Defects (better-sqlite3 throws while opening) become failures, so that they are retried and reported.
        Layer.catchAllCause((cause) => Layer.fail(cause)),
        Layer.retry(openRetry)
      )
    ),
    Layer.catchAllCause((cause) =>
      Layer.fail(new StoreError({ operation: `open the SQLite store ${options.filename}`, detail: causeDetail(cause) }))
    )
  )
