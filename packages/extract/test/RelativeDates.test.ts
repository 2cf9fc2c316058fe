import type { IsoDate } from "@wirewatch/domain"
import { describe, expect, it } from "vitest"
import { findDates, lastWeekday } from "../src/RelativeDates.ts"

const article = "2025-04-24" as IsoDate // a Thursday
const first = (text: string) => findDates(text, 0, text.length, article)[0]

describe("relative dates against a Thursday article date", () => {
  it("reads overnight, today and this morning as the article date", () => {
    expect(first("Drones struck overnight.")?.date).toBe("2025-04-24")
    expect(first("This morning the city was hit.")?.date).toBe("2025-04-24")
  })
  it("reads weekdays as the most recent such day on or before the article date", () => {
    expect(first("on Thursday")?.date).toBe("2025-04-24")
    expect(first("late on Tuesday")?.date).toBe("2025-04-22")
    expect(first("Friday's attack")?.date).toBe("2025-04-18")
    expect(lastWeekday(article, 7)).toBe("2025-04-20")
  })
  it("reads yesterday and last night as the day before", () => {
    expect(first("Officials said yesterday")?.date).toBe("2025-04-23")
    expect(first("Last night, sirens sounded")?.date).toBe("2025-04-23")
  })
  it("gives week and month precision with the Monday and the first of the month", () => {
    expect(first("Last week, strikes hit the port")).toMatchObject({ date: "2025-04-14", precision: "week" })
    expect(first("earlier this week")).toMatchObject({ date: "2025-04-21", precision: "week" })
    expect(first("last month")).toMatchObject({ date: "2025-03-01", precision: "month" })
    expect(first("In November, a missile hit")).toMatchObject({ date: "2024-11-01", precision: "month" })
  })
  it("reads calendar dates without a year as the latest such day not after the article", () => {
    expect(first("on 8 April")?.date).toBe("2025-04-08")
    expect(first("on Sept. 23")?.date).toBe("2024-09-23")
    expect(first("on May 3, 2023")?.date).toBe("2023-05-03")
  })
  it("finds nothing in a sentence without a time expression", () => {
    expect(findDates("The ministry said the talks may continue.", 0, 41, article)).toEqual([])
  })
})

describe("relative dates behind the quick letter check", () => {
  it("finds every kind of expression, however it is capitalized", () => {
    const expressions = [
      "Overnight", "tonight", "This evening", "early on today", "at dawn today", "Yesterday", "last night", "the day before yesterday",
      "Earlier this week", "this month", "late on Sunday", "Saturday’s", "3rd Sept.", "Sept 3", "Dec. 1, 2024", "mid-March", "inJanuary",
      "Since May 2024", "12 Aug"
    ]
    expect(expressions.filter((e) => findDates(`Officials said ${e} it was hit.`, 0, 40 + e.length, article).length === 0)).toEqual([])
  })
})
