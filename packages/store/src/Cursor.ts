/** Keyset pagination: opaque base64url cursors over a list's sort key, and the SQL condition "after this key". */
import type { SqlClient } from "@effect/sql"
import type { Fragment } from "@effect/sql/Statement"
import { InvalidQuery } from "@wirewatch/domain"
import { Effect } from "effect"

/** One column of a list's sort key: the SQL expression, its direction and the type of its values. */
export interface SortKey {
  readonly column: string
  readonly direction: "asc" | "desc"
  readonly type: "string" | "number"
}

export type KeyValues = ReadonlyArray<string | number>

export const encodeCursor = (values: KeyValues): string => Buffer.from(JSON.stringify(values), "utf8").toString("base64url")

/** The key values inside a cursor made by `encodeCursor` for the same list; anything else is an invalid query. */
export const decodeCursor = (cursor: string, keys: ReadonlyArray<SortKey>): Effect.Effect<KeyValues, InvalidQuery> =>
  Effect.suspend(() => {
    const invalid = new InvalidQuery({ issues: ["cursor: not a cursor of this list (pass the nextCursor of the previous page)"] })
    if (!/^[A-Za-z0-9_-]*$/.test(cursor)) return Effect.fail(invalid)
    let parsed: unknown
    try {
      parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"))
    } catch {
      return Effect.fail(invalid)
    }
    if (!Array.isArray(parsed) || parsed.length !== keys.length) return Effect.fail(invalid)
    const values = parsed as Array<unknown>
    const ok = keys.every((k, i) => typeof values[i] === k.type)
    return ok ? Effect.succeed(values as KeyValues) : Effect.fail(invalid)
  })

/** `WHERE` condition selecting the rows strictly after `values` in the order of `keys`. */
export const afterKey = (sql: SqlClient.SqlClient, keys: ReadonlyArray<SortKey>, values: KeyValues): Fragment =>
  sql.or(
    keys.map((key, i) =>
      sql.and([
        ...keys.slice(0, i).map((k, j) => sql`${sql.literal(k.column)} = ${values[j]}`),
        key.direction === "asc"
          ? sql`${sql.literal(key.column)} > ${values[i]}`
          : sql`${sql.literal(key.column)} < ${values[i]}`
      ])
    )
  )

/** `ORDER BY` clause of the sort key. */
export const orderBy = (sql: SqlClient.SqlClient, keys: ReadonlyArray<SortKey>): Fragment =>
  sql.literal(keys.map((k) => `${k.column} ${k.direction === "asc" ? "ASC" : "DESC"}`).join(", "))

export const DEFAULT_LIMIT = 50

/** Cuts the `limit + 1` rows fetched into a page, with the cursor after its last item when more follow. */
export const pageOf = <Row, A>(
  rows: ReadonlyArray<Row>,
  limit: number,
  keyOf: (row: Row) => KeyValues,
  items: ReadonlyArray<A>
): { readonly items: ReadonlyArray<A>; readonly nextCursor: string | null } => {
  const more = rows.length > limit
  const last = more ? rows[limit - 1] : undefined
  return { items: items.slice(0, limit), nextCursor: last === undefined ? null : encodeCursor(keyOf(last)) }
}
