/**
 * A token that changes whenever committed data may have changed, read without touching the tables, so that caches of
 * read results can tell in one cheap query whether they are still right.
 *
 * SQLite: `PRAGMA data_version` changes when another connection (any process) commits; `total_changes()` counts the
 * rows this connection itself wrote, which `data_version` does not see. PostgreSQL: the current snapshot
 * (xmin:xmax:in-progress xids) changes whenever any transaction that wrote commits, and equal snapshots see equal data.
 * Either may change without a change of data (a checkpoint, a write to another database of the cluster): a cache then
 * misses once, never serves stale data.
 */
import type { SqlClient } from "@effect/sql"
import { Effect } from "effect"

export const dataVersion = (sql: SqlClient.SqlClient) =>
  sql
    .onDialectOrElse({
      pg: () => sql<{ v: string }>`SELECT pg_current_snapshot()::text AS v`,
      orElse: () => sql<{ v: string }>`SELECT data_version || ':' || total_changes() AS v FROM pragma_data_version`
    })
    .pipe(Effect.map((rows) => String(rows[0]?.v ?? "")))
