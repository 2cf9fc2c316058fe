import { describe, expect, it } from "vitest"
import { measureThroughput } from "../src/ThroughputLoop.ts"

describe("throughput loop", () => {
  const texts = [
    { fileName: "a.txt", text: "aaaa", bytes: 500_000 },
    { fileName: "b.txt", text: "bb", bytes: 500_000 }
  ]

  it("warms up, then runs at least the minimum passes over every text", () => {
    const seen: Array<string> = []
    const result = measureThroughput(texts, (t) => seen.push(t.fileName), { warmupArticles: 3, budgetSeconds: 0, minPasses: 3, maxPasses: 10 })
    expect(seen).toEqual(["a.txt", "b.txt", "a.txt", ...Array(3).fill(["a.txt", "b.txt"]).flat()])
    expect(result.passes).toBe(3)
    expect(result.articles).toBe(2)
    // 1 MB per pass: MB/s is articles/s halved, and ms/article its inverse
    expect(result.megabytesPerSecond).toBeCloseTo(result.articlesPerSecond / 2, 6)
    expect(result.msPerArticle).toBeCloseTo(1000 / result.articlesPerSecond, 6)
    expect(result.articlesPerCpuSecond).toBeGreaterThan(0)
  })

  it("stops at the maximum passes even within the budget", () => {
    expect(measureThroughput(texts, () => 1, { warmupArticles: 0, budgetSeconds: 60, minPasses: 1, maxPasses: 4 }).passes).toBe(4)
  })
})
