/** Tests that the dashboard's plain copies of domain values (literal sets, date checks, calendar arithmetic) agree with the domain itself. */
import { ActorKind, addDays, Interval, IsoDate, startOfMonth, startOfWeek, StatementKind } from "@wirewatch/domain"
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import * as plain from "../src/domain/domainValues.ts"

describe("domain values without the schema runtime", () => {
  it("lists exactly the literals of the domain schemas", () => {
    expect([...plain.INTERVALS]).toEqual([...Interval.literals])
    expect([...plain.STATEMENT_KINDS]).toEqual([...StatementKind.literals])
    expect([...plain.ACTOR_KINDS]).toEqual([...ActorKind.literals])
  })

  it("accepts and refuses the same values as the domain schemas", () => {
    const candidates: ReadonlyArray<unknown> = ["day", "week", "month", "year", "Day", "", "direct", "indirect", "person", "organization", "state", "group", "anonymous", null, 3, undefined]
    for (const c of candidates) {
      expect(plain.isInterval(c)).toBe(Schema.is(Interval)(c))
      expect(plain.isStatementKind(c)).toBe(Schema.is(StatementKind)(c))
      expect(plain.isActorKind(c)).toBe(Schema.is(ActorKind)(c))
    }
  })

  it("takes the same strings for real days as IsoDate", () => {
    const candidates: ReadonlyArray<unknown> = [
      "2025-04-24", "2024-02-29", "2025-02-29", "2100-02-29", "2000-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "2025-4-24",
      "2025-04-24T00:00:00Z", " 2025-04-24", "", "abcd-ef-gh", "0000-01-01", "9999-12-31", 20250424, null
    ]
    for (const c of candidates) expect([c, plain.isIsoDate(c)]).toEqual([c, Schema.is(IsoDate)(c)])
  })

  it("does calendar arithmetic as the domain does, over three years of days", () => {
    let day = "2023-12-25" as IsoDate
    for (let i = 0; i < 3 * 366; i++) {
      expect(plain.startOfWeek(day)).toBe(startOfWeek(day))
      expect(plain.startOfMonth(day)).toBe(startOfMonth(day))
      for (const n of [-400, -31, -7, -1, 0, 1, 6, 29, 365]) expect(plain.addDays(day, n)).toBe(addDays(day, n))
      day = addDays(day, 1)
    }
  })
})
