/** Calendar dates as `YYYY-MM-DD` strings, validated as real days of the Gregorian calendar. */
import { Schema } from "effect"
import { remembered } from "./Remembered.ts"

const isRealDay = (s: string): boolean => {
  const [y, m, d] = s.split("-").map(Number) as [number, number, number]
  const t = new Date(Date.UTC(y, m - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
}

const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/

export const IsoDate = Schema.String.pipe(
  Schema.pattern(ISO_DATE_PATTERN, { message: () => "expected a date as YYYY-MM-DD" }),
  Schema.filter(isRealDay, { message: (issue) => `${String(issue.actual)} is not a day of the calendar` }),
  Schema.brand("IsoDate")
)
export type IsoDate = typeof IsoDate.Type

/** Whether `s` decodes as an IsoDate (the schema's own two checks, without building a parse result). */
export const isIsoDate = (s: string): s is IsoDate => ISO_DATE_PATTERN.test(s) && isRealDay(s)

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

export const DatePrecision = Schema.Literal("day", "week", "month")
export type DatePrecision = typeof DatePrecision.Type
