/** Tests for reshaping statement series into chart rows and picking the default actors. */
import { ActorSummary, StatementSeries } from "@wirewatch/domain"
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { statementRows, topActorIds } from "../src/charts/statementSeriesRows.ts"

const series = Schema.decodeUnknownSync(StatementSeries)({
  interval: "week",
  buckets: ["2025-04-07", "2025-04-14", "2025-04-21"],
  series: [
    { actorId: "state:russia", actorName: "Russia", points: [{ bucket: "2025-04-21", count: 1 }] },
    {
      actorId: "person:donald-trump",
      actorName: "Donald Trump",
      points: [
        { bucket: "2025-04-07", count: 2 },
        { bucket: "2025-04-21", count: 3 }
      ]
    }
  ]
})

describe("statementRows", () => {
  it("has one row per bucket, with zero for actors silent in it", () => {
    const { rows } = statementRows(series)
    expect(rows).toEqual([
      { bucket: "2025-04-07", "state:russia": 0, "person:donald-trump": 2 },
      { bucket: "2025-04-14", "state:russia": 0, "person:donald-trump": 0 },
      { bucket: "2025-04-21", "state:russia": 1, "person:donald-trump": 3 }
    ])
  })

  it("orders lines by total, most quoted first, each with its own colour", () => {
    const { lines } = statementRows(series)
    expect(lines.map((l) => [l.actorName, l.total])).toEqual([
      ["Donald Trump", 5],
      ["Russia", 1]
    ])
    expect(new Set(lines.map((l) => l.color)).size).toBe(2)
  })

  it("keeps a point whose bucket the bucket list lacks, in date order", () => {
    const odd = Schema.decodeUnknownSync(StatementSeries)({
      interval: "day",
      buckets: ["2025-04-02"],
      series: [{ actorId: "a", actorName: "A", points: [{ bucket: "2025-04-01", count: 4 }] }]
    })
    expect(statementRows(odd).rows).toEqual([
      { bucket: "2025-04-01", a: 4 },
      { bucket: "2025-04-02", a: 0 }
    ])
  })
})

describe("topActorIds", () => {
  const actor = (id: string, name: string, statementCount: number) =>
    Schema.decodeUnknownSync(ActorSummary)({ id, name, kind: "person", aliases: [], statementCount, articleCount: 1 })

  it("picks the most quoted actors, ties by name, never silent ones", () => {
    const actors = [actor("c", "Carol", 5), actor("a", "Alice", 9), actor("b", "Bob", 5), actor("z", "Zed", 0)]
    expect(topActorIds(actors, 3)).toEqual(["a", "b", "c"])
    expect(topActorIds(actors, 10)).toEqual(["a", "b", "c"])
  })
})
