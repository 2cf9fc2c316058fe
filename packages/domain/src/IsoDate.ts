/** Calendar dates as `YYYY-MM-DD` strings, validated as real days of the Gregorian calendar. */
import { Schema } from "effect"

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

/** The UTC day `days` after `date` (negative goes back); remembered, since extraction asks for the same few days again and again. */
const shifted = new Map<string, IsoDate>()
export const addDays = (date: IsoDate, days: number): IsoDate => {
  const key = `${date}|${days}`
  let out = shifted.get(key)
  if (out === undefined) {
    const t = new Date(`${date}T00:00:00Z`)
    t.setUTCDate(t.getUTCDate() + days)
    out = t.toISOString().slice(0, 10) as IsoDate
    if (shifted.size >= 100_000) shifted.clear()
    shifted.set(key, out)
  }
  return out
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export const daysBetween = (a: IsoDate, b: IsoDate): number =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000)

/** ISO weekday, Monday = 1 … Sunday = 7. */
const weekdays = new Map<string, number>()
export const isoWeekday = (date: IsoDate): number => {
  let w = weekdays.get(date)
  if (w === undefined) {
    const d = new Date(`${date}T00:00:00Z`).getUTCDay()
    w = d === 0 ? 7 : d
    if (weekdays.size >= 100_000) weekdays.clear()
    weekdays.set(date, w)
  }
  return w
}

/** Monday of the ISO week that holds `date`. */
export const startOfWeek = (date: IsoDate): IsoDate => addDays(date, 1 - isoWeekday(date))

/** First day of the month that holds `date`. */
export const startOfMonth = (date: IsoDate): IsoDate => `${date.slice(0, 7)}-01` as IsoDate

export const DatePrecision = Schema.Literal("day", "week", "month")
export type DatePrecision = typeof DatePrecision.Type
