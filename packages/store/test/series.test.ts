import { describe, expect, layer } from "@effect/vitest"
import { Effect } from "effect"
import { ArticleRepository } from "../src/index.ts"
import { article1, article2, article3, day, ids } from "./fixtures.ts"
import { describeEachStore } from "./store.ts"

describeEachStore("series", (stores) => {
  describe("time series", () => {
    layer(stores.fresh())("empty store", (it) => {
      it.effect("gives empty buckets, not errors", () =>
        Effect.gen(function* () {
          const repo = yield* ArticleRepository
          expect(yield* repo.statementSeries({ interval: "week" })).toEqual({ interval: "week", buckets: [], series: [] })
          expect(yield* repo.incidentSeries({ interval: "month" })).toEqual({ interval: "month", points: [] })
        }))
    })

    layer(stores.fresh())("over three articles", (it) => {
      it.effect("statements per day for requested actors, every day of the range included with zeros", () =>
        Effect.gen(function* () {
          const repo = yield* ArticleRepository
          for (const e of [article1, article2, article3]) yield* repo.saveExtraction(e)
          const series = yield* repo.statementSeries({ interval: "day", actor: [ids.zelensky, ids.peskov], from: day("2025-01-08"), to: day("2025-01-12") })
          expect(series.buckets).toEqual(["2025-01-08", "2025-01-09", "2025-01-10", "2025-01-11", "2025-01-12"])
          expect(series.series).toEqual([
            {
              actorId: ids.zelensky,
              actorName: "Volodymyr Zelensky",
              points: [0, 1, 1, 1, 0].map((count, i) => ({ bucket: series.buckets[i], count }))
            },
            { actorId: ids.peskov, actorName: "Dmitry Peskov", points: [0, 0, 1, 0, 0].map((count, i) => ({ bucket: series.buckets[i], count })) }
          ])
        }))

      it.effect("top actors by count when none is requested; buckets span the data when no range is given", () =>
        Effect.gen(function* () {
          const repo = yield* ArticleRepository
          const byDay = yield* repo.statementSeries({ interval: "day" })
          expect(byDay.buckets).toEqual(["2025-01-09", "2025-01-10", "2025-01-11"])
          expect(byDay.series.map((s) => [s.actorId, s.points.map((p) => p.count)])).toEqual([
            [ids.zelensky, [1, 1, 1]],
            [ids.peskov, [0, 1, 0]]
          ])
          // Within 2025-01-11 only Zelensky spoke, so he is the only top actor there.
          const later = yield* repo.statementSeries({ interval: "day", from: day("2025-01-11") })
          expect(later.series.map((s) => s.actorId)).toEqual([ids.zelensky])
        }))

      it.effect("folds days into Monday-of-week and first-of-month buckets", () =>
        Effect.gen(function* () {
          const repo = yield* ArticleRepository
          const weekly = yield* repo.statementSeries({ interval: "week", from: day("2025-01-01"), to: day("2025-01-20") })
          expect(weekly.buckets).toEqual(["2024-12-30", "2025-01-06", "2025-01-13", "2025-01-20"])
          expect(weekly.series.map((s) => [s.actorId, s.points.map((p) => p.count)])).toEqual([
            [ids.zelensky, [0, 3, 0, 0]],
            [ids.peskov, [0, 1, 0, 0]]
          ])
          const monthly = yield* repo.statementSeries({ interval: "month", actor: [ids.zelensky], from: day("2024-12-15"), to: day("2025-02-10") })
          expect(monthly.buckets).toEqual(["2024-12-01", "2025-01-01", "2025-02-01"])
          expect(monthly.series[0]!.points.map((p) => p.count)).toEqual([0, 3, 0])
        }))

      it.effect("filters statement series by kind and keyword", () =>
        Effect.gen(function* () {
          const repo = yield* ArticleRepository
          const indirect = yield* repo.statementSeries({ interval: "month", kind: "indirect" })
          expect(indirect.series.map((s) => [s.actorId, s.points.map((p) => p.count)])).toEqual([[ids.zelensky, [1]]])
          const keyword = yield* repo.statementSeries({ interval: "day", q: "MILITARY" })
          expect(keyword).toEqual({
            interval: "day",
            buckets: ["2025-01-10"],
            series: [{ actorId: ids.peskov, actorName: "Dmitry Peskov", points: [{ bucket: "2025-01-10", count: 1 }] }]
          })
        }))

      it.effect("empty ranges: zero-filled buckets, no series without data, no buckets when from is after to", () =>
        Effect.gen(function* () {
          const repo = yield* ArticleRepository
          const quiet = yield* repo.statementSeries({ interval: "day", from: day("2030-01-01"), to: day("2030-01-03") })
          expect(quiet).toEqual({ interval: "day", buckets: ["2030-01-01", "2030-01-02", "2030-01-03"], series: [] })
          const requested = yield* repo.statementSeries({ interval: "day", actor: [ids.peskov], from: day("2030-01-01"), to: day("2030-01-02") })
          expect(requested.series[0]!.points).toEqual([
            { bucket: "2030-01-01", count: 0 },
            { bucket: "2030-01-02", count: 0 }
          ])
          expect(yield* repo.statementSeries({ interval: "day", from: day("2025-01-12"), to: day("2025-01-10") })).toEqual({
            interval: "day",
            buckets: [],
            series: []
          })
          expect(yield* repo.incidentSeries({ interval: "week", from: day("2025-01-12"), to: day("2025-01-10") })).toEqual({
            interval: "week",
            points: []
          })
        }))

      it.effect("incidents per day: reports, distinct incidents, and tolls of the incidents dated that day", () =>
        Effect.gen(function* () {
          const repo = yield* ArticleRepository
          const series = yield* repo.incidentSeries({ interval: "day", from: day("2025-01-09"), to: day("2025-01-13") })
          expect(series.points).toEqual([
            { bucket: "2025-01-09", reports: 0, incidents: 0, killed: 0, injured: 0 },
            // The Kyiv missile strike (2 reports, 5 killed, 10 injured) and the Kyiv drone attack (2 injured).
            { bucket: "2025-01-10", reports: 3, incidents: 2, killed: 5, injured: 12 },
            { bucket: "2025-01-11", reports: 0, incidents: 0, killed: 0, injured: 0 },
            { bucket: "2025-01-12", reports: 0, incidents: 0, killed: 0, injured: 0 },
            { bucket: "2025-01-13", reports: 1, incidents: 1, killed: 1, injured: 0 }
          ])
        }))

      it.effect("incidents per week and month, with filters", () =>
        Effect.gen(function* () {
          const repo = yield* ArticleRepository
          const monthly = yield* repo.incidentSeries({ interval: "month" })
          expect(monthly.points).toEqual([
            { bucket: "2025-01-01", reports: 4, incidents: 3, killed: 6, injured: 12 },
            { bucket: "2025-02-01", reports: 1, incidents: 1, killed: 0, injured: 4 }
          ])
          const weekly = yield* repo.incidentSeries({ interval: "week", place: "kyiv" })
          expect(weekly.points).toEqual([
            { bucket: "2025-01-06", reports: 3, incidents: 2, killed: 5, injured: 12 },
            { bucket: "2025-01-13", reports: 1, incidents: 1, killed: 1, injured: 0 }
          ])
          const byRussia = yield* repo.incidentSeries({ interval: "month", perpetrator: "Russia", country: "UA" })
          expect(byRussia.points.map((p) => [p.bucket, p.incidents, p.killed])).toEqual([
            ["2025-01-01", 1, 5],
            ["2025-02-01", 1, 0]
          ])
        }))
    })
  })
})
