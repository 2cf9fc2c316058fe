/** Failures that mean another writer got in the way, so a rolled-back save can simply run again. */
import type { SqlError } from "@effect/sql/SqlError"
import { Effect, Schedule } from "effect"

/** Constraints two concurrent saves can both try to satisfy first (a new actor, a new incident); the loser retries. */
const RACED_KEYS = new Set(["actors_pkey", "incidents_pkey"])

const fieldOf = (cause: unknown, field: string): unknown =>
  typeof cause === "object" && cause !== null && field in cause ? (cause as Record<string, unknown>)[field] : undefined

/**
 * SQLite: the database is busy or locked (e.g. a deferred transaction could not upgrade to a write because another
 * process wrote since it read). PostgreSQL: serialization failure, deadlock, or a raced insert of a shared key.
 */
export const isWriteConflict = (error: SqlError): boolean => {
  const code = fieldOf(error.cause, "code")
  if (typeof code !== "string") return false
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) return true
  if (code === "40001" || code === "40P01") return true
  return code === "23505" && RACED_KEYS.has(String(fieldOf(error.cause, "constraint")))
}

/** Backoff between attempts: short and jittered, so competing writers spread out; gives up after about two seconds. */
const retrySchedule = Schedule.exponential("5 millis", 1.6).pipe(
  Schedule.jittered,
  Schedule.intersect(Schedule.recurs(12))
)

/** Runs a whole transaction again when it failed on a write conflict. */
export const retryOnWriteConflict = <A, E, R>(transaction: Effect.Effect<A, E | SqlError, R>): Effect.Effect<A, E | SqlError, R> =>
  Effect.retry(transaction, {
    schedule: retrySchedule,
    while: (error) => typeof error === "object" && error !== null && (error as { _tag?: unknown })._tag === "SqlError" && isWriteConflict(error as SqlError)
  })
