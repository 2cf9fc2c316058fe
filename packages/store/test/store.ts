/**
 * Fresh stores for the tests, on every backend the machine offers: a SQLite file in a temp folder, and a new
 * PostgreSQL database (created per store, dropped after) when the server at WIREWATCH_TEST_PG_URL answers.
 * Under CI=true an unreachable PostgreSQL fails the run instead of skipping it.
 */
import { PgClient } from "@effect/sql-pg"
import { SqlClient } from "@effect/sql"
import { Effect, Layer, Redacted } from "effect"
import { afterAll, describe } from "vitest"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { ArticleRepository, JobQueue } from "../src/index.ts"
import { PgStoreLive, SqliteStoreLive } from "../src/index.ts"
import type { StoreError } from "@wirewatch/domain"

export const PG_URL = process.env.WIREWATCH_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test"

export interface Stores {
  readonly backend: "sqlite" | "postgres"
  /** A new, empty store. */
  readonly fresh: () => Layer.Layer<ArticleRepository | JobQueue, StoreError>
}

export const tempStores = (label: string) => {
  const dir = mkdtempSync(join(tmpdir(), `wirewatch-store-${label}-`))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  let n = 0
  return {
    backend: "sqlite" as const,
    dir,
    /** A store in a new file (in a subfolder that does not exist yet, so the layer must create it). */
    fresh: () => SqliteStoreLive({ filename: join(dir, `db-${++n}`, "store.db") })
  }
}

const admin = PgClient.layer({ url: Redacted.make(PG_URL), maxConnections: 1, connectTimeout: "3 seconds" })

const onAdmin = <A, E>(f: (sql: SqlClient.SqlClient) => Effect.Effect<A, E>) =>
  Effect.flatMap(SqlClient.SqlClient, f).pipe(Effect.provide(admin))

/** Whether the PostgreSQL server answers; the reason when it does not. */
const pgProbe = await Effect.runPromise(
  onAdmin((sql) => sql`SELECT 1 AS ok`).pipe(
    Effect.timeout("5 seconds"),
    Effect.match({ onSuccess: () => undefined, onFailure: (e) => String(e) })
  )
)

if (pgProbe !== undefined && process.env.CI === "true") {
  throw new Error(`PostgreSQL store tests cannot run under CI: ${PG_URL} is unreachable (${pgProbe})`)
}

const pgStores = (label: string): Stores => {
  let n = 0
  return {
    backend: "postgres",
    /** A store in a database of its own, dropped when the layer is released. */
    fresh: () => {
      const name = `wirewatch_test_${label.replace(/\W/g, "_")}_${process.pid}_${Date.now().toString(36)}_${++n}`
      const url = new URL(PG_URL)
      url.pathname = `/${name}`
      return Layer.unwrapScoped(
        Effect.acquireRelease(onAdmin((sql) => sql.unsafe(`CREATE DATABASE "${name}"`)), () =>
          Effect.orDie(onAdmin((sql) => sql.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)))
        ).pipe(
          Effect.orDie,
          Effect.as(PgStoreLive({ url: url.toString() }))
        )
      )
    }
  }
}

/** Runs the suite once per available backend; PostgreSQL shows as skipped, with the reason, when it is unreachable. */
export const describeEachStore = (label: string, suite: (stores: Stores) => void): void => {
  describe("sqlite", () => suite(tempStores(label)))
  if (pgProbe === undefined) describe("postgres", () => suite(pgStores(label)))
  else describe.skip(`postgres (skipped: ${PG_URL} unreachable: ${pgProbe})`, () => suite(pgStores(label)))
}
