import { describe, expect, it } from "vitest"
import { remembered } from "../src/Remembered.ts"

describe("remembered", () => {
  it("computes each key once and answers as the function does", () => {
    const calls: Array<string> = []
    const upper = remembered((k) => {
      calls.push(k)
      return k.toUpperCase()
    }, 10)
    expect([upper("a"), upper("b"), upper("a"), upper("a")]).toEqual(["A", "B", "A", "A"])
    expect(calls).toEqual(["a", "b"])
  })

  it("keeps at most max answers, dropping them all when full, and still answers right", () => {
    let computed = 0
    const length = remembered((k) => {
      computed++
      return k.length
    }, 2)
    length("a")
    length("bb")
    length("ccc") // full: the two kept answers are dropped, "ccc" is kept
    expect(computed).toBe(3)
    expect(length("ccc")).toBe(3)
    expect(computed).toBe(3)
    expect(length("a")).toBe(1)
    expect(computed).toBe(4)
  })
})
