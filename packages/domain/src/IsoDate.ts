/** The `IsoDate` schema: calendar dates as `YYYY-MM-DD` strings, validated as real days (plain arithmetic in Calendar.ts). */
import { Schema } from "effect"
import { ISO_DATE_PATTERN, isRealDay } from "./Calendar.ts"

export const IsoDate = Schema.String.pipe(
  Schema.pattern(ISO_DATE_PATTERN, { message: () => "expected a date as YYYY-MM-DD" }),
  Schema.filter(isRealDay, { message: (issue) => `${String(issue.actual)} is not a day of the calendar` }),
  Schema.brand("IsoDate")
)
export type IsoDate = typeof IsoDate.Type

export { addDays, daysBetween, isIsoDate, isoWeekday, startOfMonth, startOfWeek } from "./Calendar.ts"

export const DatePrecision = Schema.Literal("day", "week", "month")
export type DatePrecision = typeof DatePrecision.Type
