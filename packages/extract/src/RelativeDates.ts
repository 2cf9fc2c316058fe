/** Resolves time expressions ("overnight", "on Thursday", "yesterday", "last week", "on 8 July", "Sept. 23", "last November") against the article date. */
import { addDays, type DatePrecision, type IsoDate, isoWeekday, startOfMonth, startOfWeek } from "@wirewatch/domain"

export interface ResolvedDate {
  readonly date: IsoDate
  readonly precision: DatePrecision
  readonly start: number
  readonly end: number
}

const WEEKDAYS: Record<string, number> = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 }
const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12
}

const pad = (n: number) => String(n).padStart(2, "0")
const makeDate = (y: number, m: number, d: number): IsoDate | null => {
  const t = new Date(Date.UTC(y, m - 1, d))
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null
  return `${y}-${pad(m)}-${pad(d)}` as IsoDate
}

/** The most recent `weekday` on or before `date` ("on Thursday" in a Thursday article is that day). */
export const lastWeekday = (date: IsoDate, weekday: number): IsoDate => {
  const back = (isoWeekday(date) - weekday + 7) % 7
  return addDays(date, -back)
}

/** A day and month without a year: the latest such day not after the article date. */
const dayMonth = (article: IsoDate, month: number, day: number): IsoDate | null => {
  const y = Number(article.slice(0, 4))
  const d = makeDate(y, month, day)
  if (d === null) return null
  return d > article ? makeDate(y - 1, month, day) : d
}

const monthOnly = (article: IsoDate, month: number, year: number | null): IsoDate | null => {
  const y = year ?? Number(article.slice(0, 4))
  const d = makeDate(y, month, 1)
  if (d === null) return null
  return year === null && d > article ? makeDate(y - 1, month, 1) : d
}

const MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?"
const TIME_EXPR = new RegExp(
  [
    String.raw`\b(?<overnight>[Oo]vernight|[Tt]onight|[Tt]his morning|[Tt]his afternoon|[Tt]his evening|[Ee]arly (?:on )?today|[Tt]oday|[Ee]arlier today|at dawn today|since dawn today)\b`,
    String.raw`\b(?<yesterday>[Yy]esterday|[Ll]ast night)\b`,
    String.raw`\b(?<dayBefore>the day before yesterday)\b`,
    String.raw`\b(?<lastWeek>[Ll]ast week|[Ee]arlier this week|[Tt]his week)\b`,
    String.raw`\b(?<lastMonth>[Ll]ast month|[Ee]arlier this month|[Tt]his month)\b`,
    String.raw`\b(?:(?:[Oo]n|[Ll]ate on|[Ee]arly on|[Ll]ate|[Ee]arly|[Tt]his|[Ll]ast|[Ss]ince|[Bb]y)\s+)?(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s|’s)?\b`,
    String.raw`\b(?<dm>\d{1,2})(?:st|nd|rd|th)?\s+(?<dmMonth>${MONTH_NAMES})(?:,?\s+(?<dmYear>\d{4}))?\b`,
    String.raw`\b(?<md>${MONTH_NAMES})\s+(?<mdDay>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<mdYear>\d{4}))?`,
    String.raw`\b(?:[Ii]n|[Ll]ast|[Ss]ince|[Ee]arly|[Ll]ate|mid-)\s*(?<monthOnly>January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?<moYear>\d{4}))?\b`
  ].join("|"),
  "g"
)

/**
 * Letters every time expression holds, in any case ("day" is in today, yesterday and the weekdays; "sep" in Sept.): most
 * sentences have none, and this pattern rules them out faster than TIME_EXPR's alternatives can.
 */
const TIME_WORD = /day|night|morning|afternoon|evening|week|month|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i

/** All time expressions in `text[from, to)` resolved against `article`, in order. */
export const findDates = (text: string, from: number, to: number, article: IsoDate): Array<ResolvedDate> => {
  const out: Array<ResolvedDate> = []
  const slice = text.slice(from, to)
  if (!TIME_WORD.test(slice)) return out
  TIME_EXPR.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = TIME_EXPR.exec(slice)) !== null) {
    const g = m.groups ?? {}
    const start = from + m.index
    const end = start + m[0].length
    let date: IsoDate | null = null
    let precision: DatePrecision = "day"
    if (g.overnight !== undefined) date = article
    else if (g.yesterday !== undefined) date = addDays(article, -1)
    else if (g.dayBefore !== undefined) date = addDays(article, -2)
    else if (g.lastWeek !== undefined) {
      const lw = g.lastWeek.toLowerCase()
      date = lw === "last week" ? addDays(startOfWeek(article), -7) : startOfWeek(article)
      precision = "week"
    } else if (g.lastMonth !== undefined) {
      const lm = g.lastMonth.toLowerCase()
      const first = startOfMonth(article)
      date = lm === "last month" ? startOfMonth(addDays(first, -1)) : first
      precision = "month"
    } else if (g.weekday !== undefined) {
      const wd = WEEKDAYS[g.weekday.toLowerCase()]!
      const prefix = m[0].toLowerCase()
      date = lastWeekday(article, wd)
      if (prefix.startsWith("last ") && date === article) date = addDays(date, -7)
    } else if (g.dm !== undefined) {
      const mon = MONTHS[g.dmMonth!.toLowerCase().replace(/\.$/, "")]!
      date = g.dmYear !== undefined ? makeDate(Number(g.dmYear), mon, Number(g.dm)) : dayMonth(article, mon, Number(g.dm))
    } else if (g.md !== undefined) {
      const mon = MONTHS[g.md.toLowerCase().replace(/\.$/, "")]!
      if (g.md === "May" || g.md === "March") {
        // "May 10" is a date; guard against "may 1 day" being impossible anyway since the month word is capitalized
      }
      date = g.mdYear !== undefined ? makeDate(Number(g.mdYear), mon, Number(g.mdDay)) : dayMonth(article, mon, Number(g.mdDay))
    } else if (g.monthOnly !== undefined) {
      const mon = MONTHS[g.monthOnly.toLowerCase()]!
      date = monthOnly(article, mon, g.moYear !== undefined ? Number(g.moYear) : null)
      precision = "month"
    }
    if (date !== null && date <= article) out.push({ date, precision, start, end })
  }
  return out
}
