/** The SQLite layer of the repository: opens (or creates) the database file, sets it up, migrates it. */
import { SqlClient } from "@effect/sql"
import { SqliteClient } from "@effect/sql-sqlite-node"
import { StoreError } from "@wirewatch/domain"
import { Cause, Effect, Layer } from "effect"
import { mkdirSync } from "node:fs"
import { dirname } from "node:path"
import { ArticleRepository } from "./ArticleRepository.ts"
import { runMigrations } from "./Migrations.ts"
import { makeArticleRepository } from "./SqlArticleRepository.ts"

/** How long a writer waits for another process's lock before failing. */
const BUSY_TIMEOUT_MS = 5000

const prepared = Layer.effectDiscard(
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    yield* sql`PRAGMA foreign_keys = ON`
    yield* sql.unsafe(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`)
    yield* runMigrations
  })
)

/** The repository over a SQLite file (WAL mode, foreign keys on), its folder created when missing. */
export const SqliteStoreLive = (options: { readonly filename: string }): Layer.Layer<ArticleRepository, StoreError> =>
  Layer.effect(ArticleRepository, makeArticleRepository).pipe(
    Layer.provide(
      prepared.pipe(
        Layer.provideMerge(
          Layer.unwrapEffect(
            Effect.sync(() => {
              if (options.filename !== ":memory:") mkdirSync(dirname(options.filename), { recursive: true })
              return SqliteClient.layer({ filename: options.filename })
            })
          )
        )
      )
    ),
    Layer.catchAllCause((cause) =>
      Layer.fail(new StoreError({ operation: `open the SQLite store ${options.filename}`, detail: Cause.pretty(cause) }))
    )
  )
