import { describe, expect, it } from "vitest"
import { parseNumber, tollOf } from "../src/Casualties.ts"

describe("numbers", () => {
  it("reads digits and words", () => {
    expect(parseNumber("12")).toBe(12)
    expect(parseNumber("1,200")).toBe(1200)
    expect(parseNumber("thirty-two")).toBe(32)
    expect(parseNumber("two")).toBe(2)
    expect(parseNumber("a hundred")).toBe(100)
    expect(parseNumber("dozens")).toBeNull()
  })
})

describe("tolls", () => {
  it("reads killed and injured in both orders", () => {
    expect(tollOf("A missile strike killed at least 12 people and injured 40 others.")).toMatchObject({ killed: 12, injured: 40 })
    expect(tollOf("Two people were killed and nine were wounded.")).toMatchObject({ killed: 2, injured: 9 })
    expect(tollOf("A child was killed, officials said.")).toMatchObject({ killed: 1, injured: null })
    expect(tollOf("Five civilians, including a child, were killed on Monday.")).toMatchObject({ killed: 5 })
  })
  it("gives null for vague amounts and for figures not stated", () => {
    expect(tollOf("Dozens were wounded and several buildings burned.")).toMatchObject({ killed: null, injured: null })
    expect(tollOf("The attack damaged a school.")).toMatchObject({ killed: null, injured: null })
  })
  it("takes the highest figure and the updated death toll", () => {
    expect(tollOf("The death toll has risen to 20, up from 15 reported earlier.").killed).toBe(20)
  })
  it("marks approximate figures so an exact one can replace them", () => {
    expect(tollOf("It injured nearly a hundred people.")).toMatchObject({ injured: 100, injuredVague: true })
  })
  it("ignores the toll of an earlier event named for comparison", () => {
    expect(tollOf("It was the deadliest attack since a bombing in 2022, killing 100 people.").killed).toBeNull()
  })
})
