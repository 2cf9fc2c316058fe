import { describe, expect, it } from "vitest"
import { checkpointPaces, growthSection, steadyMsPerArticle } from "../src/CostGrowth.ts"
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

  it("projects a stopped run to its whole folder at the pace reached", () => {
    expect(projectedSeconds(run({ stopped: true, processed: 250, wallSeconds: 5 }))).toBe(20)
    expect(projectedSeconds(run({}))).toBe(10)
    expect(msPerArticle(run({ processed: 0 }))).toBeNull()
  })

  it("calls growth from 10 to 13 ms per article not flat, and equal bytes per article flat", () => {
    const section = growthSection(run({ wallSeconds: 10 }), run({ articles: 10_000, processed: 10_000, added: 10_000, wallSeconds: 130, dbBytes: 10_000_000 }))
    expect(section.verdicts.map((v) => v.met)).toEqual([false, true])
  })
})
