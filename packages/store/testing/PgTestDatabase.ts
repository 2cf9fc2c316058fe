/**
 * For other packages' tests: a fresh PostgreSQL database per test (created on the server at WIREWATCH_TEST_PG_URL,
 * dropped after), with a query function for assertions. Under CI=true an unreachable server fails the run; elsewhere
 * the tests that need it are skipped, saying why. Imported as `@wirewatch/store/testing/pg`, never by app code.
 */
import { SqlClient } from "@effect/sql"
import { PgClient } from "@effect/sql-pg"
import { Effect, ManagedRuntime, Redacted } from "effect"

export const PG_URL = process.env["WIREWATCH_TEST_PG_URL"] ?? "postgres://postgres@127.0.0.1:5432/test"

const clientOf = (url: string) => ManagedRuntime.make(PgClient.layer({ url: Redacted.make(url), maxConnections: 2, connectTimeout: "3 seconds" }))

const admin = clientOf(PG_URL)
const onAdmin = (statement: string) => admin.runPromise(Effect.flatMap(SqlClient.SqlClient, (sql) => sql.unsafe(statement)))

/** Undefined when the server answers; else why not. */
export const pgUnreachable: string | undefined = await admin
  .runPromise(Effect.flatMap(SqlClient.SqlClient, (sql) => sql`SELECT 1`).pipe(Effect.timeout("5 seconds")))
  .then(
    () => undefined,
    (e: unknown) => String(e)
  )

if (pgUnreachable !== undefined && process.env["CI"] === "true") {
  throw new Error(`PostgreSQL tests cannot run under CI: ${PG_URL} is unreachable (${pgUnreachable})`)
}

export interface TestDatabase {
  readonly url: string
  readonly query: <Row extends object = Record<string, unknown>>(statement: string) => Promise<ReadonlyArray<Row>>
  /** One number from a one-row, one-column query. */
  readonly scalar: (statement: string) => Promise<number>
  readonly drop: () => Promise<void>
}

export const createTestDatabase = async (label: string): Promise<TestDatabase> => {
  const name = `wirewatch_test_${label}_${process.pid}_${Date.now().toString(36)}`
  await onAdmin(`CREATE DATABASE "${name}"`)
  const url = new URL(PG_URL)
  url.pathname = `/${name}`
  const client = clientOf(url.toString())
  const query = <Row extends object>(statement: string) =>
    client.runPromise(Effect.flatMap(SqlClient.SqlClient, (sql) => sql.unsafe<Row>(statement)))
  return {
    url: url.toString(),
    query,
    scalar: async (statement) => {
      const [row] = await query<Record<string, unknown>>(statement)
      return Number(Object.values(row ?? {})[0] ?? Number.NaN)
    },
    drop: async () => {
      await client.dispose()
      await onAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    }
  }
}
