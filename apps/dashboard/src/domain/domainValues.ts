/**
 * The few domain values the dashboard checks or computes in the browser (literal sets, calendar days), as plain code:
 * importing them from `@wirewatch/domain` would ship its schema runtime (Effect, ~50 KB gzipped) with every page.
 * test/domainValues.test.ts holds each one to the domain's own definition, so they cannot drift apart.
 */
import type { ActorKind, Interval, IsoDate, StatementKind } from "@wirewatch/domain"

const oneOf =
  <A extends string>(values: ReadonlyArray<A>) =>
  (u: unknown): u is A =>
    typeof u === "string" && (values as ReadonlyArray<string>).includes(u)

export const INTERVALS: ReadonlyArray<Interval> = ["day", "week", "month"]
export const STATEMENT_KINDS: ReadonlyArray<StatementKind> = ["direct", "indirect"]
export const ACTOR_KINDS: ReadonlyArray<ActorKind> = ["person", "organization", "state", "group"]

export const isInterval = oneOf(INTERVALS)
export const isStatementKind = oneOf(STATEMENT_KINDS)
export const isActorKind = oneOf(ACTOR_KINDS)

/** `YYYY-MM-DD` naming a real day of the Gregorian calendar (the domain's `IsoDate`). */
export const isIsoDate = (u: unknown): u is IsoDate => {
  if (typeof u !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(u)) return false
  const [y, m, d] = u.split("-").map(Number) as [number, number, number]
  const t = new Date(Date.UTC(y, m - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
}

/** The UTC day `days` after `date` (negative goes back). */
export const addDays = (date: IsoDate, days: number): IsoDate => {
  const t = new Date(`${date}T00:00:00Z`)
  t.setUTCDate(t.getUTCDate() + days)
  return t.toISOString().slice(0, 10) as IsoDate
}

/** Monday of the ISO week that holds `date`. */
export const startOfWeek = (date: IsoDate): IsoDate => {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay()
  return addDays(date, 1 - (weekday === 0 ? 7 : weekday))
}

/** First day of the month that holds `date`. */
export const startOfMonth = (date: IsoDate): IsoDate => `${date.slice(0, 7)}-01` as IsoDate
