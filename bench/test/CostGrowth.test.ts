import { describe, expect, it } from "vitest"
import { checkpointPaces, growthSection, latePace, steadyMsPerArticle } from "../src/CostGrowth.ts"
import { msPerArticle, projectedSeconds, type IngestRun } from "../src/IngestThroughput.ts"

const run = (over: Partial<IngestRun>): IngestRun => ({
  articles: 1000, processed: 1000, added: 1000, failed: 0, statements: 0, incidents: 0, wallSeconds: 10, cpuSeconds: 9,
  peakRssBytes: 0, dbBytes: 1_000_000, stopped: false, checkpointEvery: 100, checkpoints: [], checkpointRss: [], exitCode: 0, stderr: "", ...over
})

describe("cost growth", () => {
  it("paces the first and the last stretch between checkpoints in ms per file", () => {
    expect(checkpointPaces(run({ checkpoints: [2, 3, 4.5, 7] }))).toEqual({ first: 10, last: 25 })
    expect(checkpointPaces(run({ checkpoints: [2, 3] }))).toEqual({ first: null, last: null })
  })

  it("paces a run after start-up from its first checkpoint to its last", () => {
    expect(steadyMsPerArticle(run({ checkpoints: [5, 6, 8] }))).toBe(15)
    expect(steadyMsPerArticle(run({ checkpoints: [5] }))).toBeNull()
  })

  it("paces the last stretches of a run, at most three", () => {
    expect(latePace(run({ checkpoints: [1, 2, 3, 5, 7, 9] }))).toBe(20)
    expect(latePace(run({ checkpoints: [1, 4] }))).toBe(30)
    expect(latePace(run({ checkpoints: [1] }))).toBeNull()
  })

  it("projects a stopped run to its whole folder at the pace reached", () => {
    expect(projectedSeconds(run({ stopped: true, processed: 250, wallSeconds: 5 }))).toBe(20)
    expect(projectedSeconds(run({}))).toBe(10)
    expect(msPerArticle(run({ processed: 0 }))).toBeNull()
  })

  it("judges growth on the large run's late pace, not its average", () => {
    const small = run({ checkpoints: [1, 2, 3] }) // 10 ms per file after start-up
    const steady = run({ articles: 10_000, processed: 10_000, added: 10_000, dbBytes: 10_000_000, checkpoints: [1, 2, 3, 4, 5, 6] })
    const growing = run({ articles: 10_000, processed: 10_000, added: 10_000, dbBytes: 10_000_000, checkpoints: [1, 2, 3, 4, 5.5, 7] })
    expect(growthSection(small, steady).verdicts.map((v) => v.met)).toEqual([true, true])
    // average after start-up 12 ms (×1.2, would pass), last three stretches 13.3 ms (×1.33)
    expect(growthSection(small, growing).verdicts.map((v) => v.met)).toEqual([false, true])
  })
})
