/**
 * SQL text run straight on the current transaction's connection, for the write path's many small statements: the sql
 * template compiles, traces, takes the connection and looks the prepared statement up by hashing its text on every
 * call (about 25 µs a statement on SQLite, 20 times the statement itself); this skips all but the lookup.
 */
import { SqlClient } from "@effect/sql"
import type { SqlError } from "@effect/sql/SqlError"
import { Effect, Option } from "effect"

/** A value a statement binds. */
export type SqlValue = string | number | null

export interface PlainStatements {
  /** Runs a query written with `?` placeholders and returns its rows. */
  readonly all: <A extends object = Record<string, unknown>>(text: string, params: ReadonlyArray<SqlValue>) => Effect.Effect<ReadonlyArray<A>, SqlError>
  /** Runs a statement written with `?` placeholders. */
  readonly run: (text: string, params: ReadonlyArray<SqlValue>) => Effect.Effect<void, SqlError>
  /**
   * Inserts rows (objects with the same keys, in the same order) with multi-row INSERTs of a few fixed sizes, so that
   * a handful of prepared statements serve any number of rows; `suffix` follows each (e.g. ON CONFLICT ...).
   */
  readonly insert: (table: string, rows: ReadonlyArray<Record<string, SqlValue>>, suffix?: string) => Effect.Effect<void, SqlError>
  /** Runs `text(placeholders)` for `values` (not empty) in slices, e.g. `SELECT ... WHERE id IN (${p})`, and concatenates the rows. */
  readonly allIn: <A extends object = Record<string, unknown>>(
    values: ReadonlyArray<SqlValue>,
    text: (placeholders: string) => string
  ) => Effect.Effect<ReadonlyArray<A>, SqlError>
}

/** Rows per INSERT, largest first: a row count is split into these (and then single rows), under any parameter limit. */
const INSERT_SIZES = [64, 16, 4, 1] as const

/** Values per `IN (...)` slice. */
const IN_SLICE = 512

const placeholders = (n: number): string => Array.from({ length: n }, () => "?").join(", ")

/** `?` → `$1, $2, ...` for PostgreSQL (our statements have no `?` in literals). */
const numbered = (text: string): string => {
  let n = 0
  return text.replace(/\?/g, () => `$${++n}`)
}

/**
 * The statements of the transaction this runs in (it must run inside `sql.withTransaction`, so every statement shares
 * the transaction's connection and the caller's atomicity).
 */
export const plainStatements = (sql: SqlClient.SqlClient): Effect.Effect<PlainStatements> =>
  Effect.gen(function* () {
    const transaction = yield* Effect.serviceOption(SqlClient.TransactionConnection)
    if (Option.isNone(transaction)) return yield* Effect.dieMessage("plainStatements runs inside sql.withTransaction")
    const [connection] = transaction.value
    const isPg = sql.onDialectOrElse({ pg: () => true, orElse: () => false })
    const texts = new Map<string, string>()
    const dialectText = (text: string): string => {
      if (!isPg) return text
      let t = texts.get(text)
      if (t === undefined) {
        t = numbered(text)
        texts.set(text, t)
      }
      return t
    }
    const all = <A extends object>(text: string, params: ReadonlyArray<SqlValue>) =>
      connection.execute(dialectText(text), params, undefined) as Effect.Effect<ReadonlyArray<A>, SqlError>
    const run = (text: string, params: ReadonlyArray<SqlValue>) => Effect.asVoid(connection.execute(dialectText(text), params, undefined))
    const insertTexts = new Map<string, string>()
    const insertText = (table: string, columns: ReadonlyArray<string>, rows: number, suffix: string): string => {
      const key = `${table}\u0000${columns.join(",")}\u0000${rows}\u0000${suffix}`
      let t = insertTexts.get(key)
      if (t === undefined) {
        const row = `(${placeholders(columns.length)})`
        t = dialectText(`INSERT INTO ${table} (${columns.join(", ")}) VALUES ${Array.from({ length: rows }, () => row).join(", ")}${suffix === "" ? "" : ` ${suffix}`}`)
        insertTexts.set(key, t)
      }
      return t
    }
    const insert = (table: string, rows: ReadonlyArray<Record<string, SqlValue>>, suffix = "") =>
      Effect.gen(function* () {
        if (rows.length === 0) return
        const columns = Object.keys(rows[0]!)
        let at = 0
        for (const size of INSERT_SIZES) {
          while (rows.length - at >= size) {
            const params: Array<SqlValue> = []
            for (let i = at; i < at + size; i++) {
              const row = rows[i]!
              for (const c of columns) params.push(row[c] ?? null)
            }
            yield* connection.execute(insertText(table, columns, size, suffix), params, undefined)
            at += size
          }
        }
      })
    const allIn = <A extends object>(values: ReadonlyArray<SqlValue>, text: (placeholders: string) => string) =>
      Effect.gen(function* () {
        const rows: Array<A> = []
        for (let at = 0; at < values.length; at += IN_SLICE) {
          const slice = values.slice(at, at + IN_SLICE)
          // Padded to a power of two with repeats of the last value (same answer), so few texts get prepared.
          const size = Math.min(IN_SLICE, Math.max(8, 2 ** Math.ceil(Math.log2(slice.length))))
          while (slice.length < size) slice.push(slice[slice.length - 1]!)
          rows.push(...(yield* all<A>(text(placeholders(size)), slice)))
        }
        return rows as ReadonlyArray<A>
      })
    return { all, run, insert, allIn }
  })
