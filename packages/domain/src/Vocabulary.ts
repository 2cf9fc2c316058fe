/**
 * The closed sets of words the model uses in queries and views (intervals, statement and actor kinds), as plain
 * constants the schemas are built from, so the dashboard can check URL parameters without the schema runtime.
 */

export const INTERVALS = ["day", "week", "month"] as const
export type Interval = (typeof INTERVALS)[number]

export const STATEMENT_KINDS = ["direct", "indirect"] as const
export type StatementKind = (typeof STATEMENT_KINDS)[number]

export const ACTOR_KINDS = ["person", "organization", "state", "group"] as const
export type ActorKind = (typeof ACTOR_KINDS)[number]

/** A guard for one of `values`. */
export const oneOf =
  <A extends string>(values: ReadonlyArray<A>) =>
  (u: unknown): u is A =>
    typeof u === "string" && (values as ReadonlyArray<string>).includes(u)

export const isInterval = oneOf(INTERVALS)
export const isStatementKind = oneOf(STATEMENT_KINDS)
export const isActorKind = oneOf(ACTOR_KINDS)
