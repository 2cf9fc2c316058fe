/**
 * Calendar days as `YYYY-MM-DD` strings and their arithmetic, as plain code: no schema runtime, so the dashboard can
 * run it in the browser (`@wirewatch/domain/plain`). The `IsoDate` schema (IsoDate.ts) checks with these functions.
 */
import type { Brand } from "effect"
import { remembered } from "./Remembered.ts"

/** A real day of the Gregorian calendar, `YYYY-MM-DD` (the brand the `IsoDate` schema gives). */
export type IsoDate = string & Brand.Brand<"IsoDate">

export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/

/** Whether a `YYYY-MM-DD` string names a day the calendar has (no 31 April, 29 February only in leap years). */
export const isRealDay = (s: string): boolean => {
  const [y, m, d] = s.split("-").map(Number) as [number, number, number]
  const t = new Date(Date.UTC(y, m - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
}

/** Whether `u` is an IsoDate (the schema's own two checks, without building a parse result). */
export const isIsoDate = (u: unknown): u is IsoDate => typeof u === "string" && ISO_DATE_PATTERN.test(u) && isRealDay(u)

/** `addDays` of a key `YYYY-MM-DD|days`, remembered: extraction asks for the same few days again and again. */
const shifted = remembered((key: string): IsoDate => {
  const t = new Date(`${key.slice(0, 10)}T00:00:00Z`)
  t.setUTCDate(t.getUTCDate() + Number(key.slice(11)))
  return t.toISOString().slice(0, 10) as IsoDate
}, 100_000)

/** The UTC day `days` after `date` (negative goes back). */
export const addDays = (date: IsoDate, days: number): IsoDate => shifted(`${date}|${days}`)

/** Whole days from `a` to `b` (positive when `b` is later). */
export const daysBetween = (a: IsoDate, b: IsoDate): number =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000)

/** ISO weekday, Monday = 1 … Sunday = 7 (remembered). */
export const isoWeekday: (date: IsoDate) => number = remembered((date) => {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay()
  return d === 0 ? 7 : d
}, 100_000)

/** Monday of the ISO week that holds `date`. */
export const startOfWeek = (date: IsoDate): IsoDate => addDays(date, 1 - isoWeekday(date))

/** First day of the month that holds `date`. */
export const startOfMonth = (date: IsoDate): IsoDate => `${date.slice(0, 7)}-01` as IsoDate
