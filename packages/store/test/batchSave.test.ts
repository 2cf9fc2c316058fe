import { describe, expect, it } from "@effect/vitest"
import { Article, ArticleExtraction, type ArticleId, IncidentReport, type IncidentReportId, Statement, type StatementId } from "@wirewatch/domain"
import { Effect, Either } from "effect"
import { ArticleRepository } from "../src/index.ts"
import { article1, article2, article3, ids } from "./fixtures.ts"
import { describeEachStore } from "./store.ts"

/** The fixture under another id (statement and report ids follow), optionally with fewer statements, mentions or reports. */
const variant = (base: ArticleExtraction, n: number, keep: { statements?: number; mentions?: number; incidents?: number } = {}) => {
  const id = `b${n.toString(16)}`.padEnd(16, "0") as ArticleId
  return ArticleExtraction.make({
    ...base,
    article: Article.make({ ...base.article, id }),
    mentions: base.mentions.slice(0, keep.mentions ?? base.mentions.length),
    statements: base.statements
      .slice(0, keep.statements ?? base.statements.length)
      .map((s, i) => Statement.make({ ...s, id: `${id}:s${i + 1}` as StatementId, articleId: id })),
    incidents: base.incidents
      .slice(0, keep.incidents ?? base.incidents.length)
      .map((r, i) => IncidentReport.make({ ...r, id: `${id}:i${i + 1}` as IncidentReportId, articleId: id }))
  })
}

/**
 * Every actor's counters as a full recount from what the store holds: the articles that list, mention or quote the
 * actor (an article's detail lists exactly those actors), and the statements it speaks.
 */
const recount = Effect.gen(function* () {
  const repo = yield* ArticleRepository
  const articles = (yield* repo.listArticles({ limit: 1000 })).items
  const counts = new Map<string, { statements: number; articles: number }>()
  for (const a of articles) {
    const detail = yield* repo.getArticle(a.id)
    for (const actor of detail.actors) {
      const c = counts.get(actor.id) ?? { statements: 0, articles: 0 }
      c.articles++
      c.statements += detail.statements.filter((s) => s.speakerId === actor.id).length
      counts.set(actor.id, c)
    }
  }
  return counts
})

/** The counters the store keeps (actors no article names any more count zero). */
const stored = Effect.gen(function* () {
  const repo = yield* ArticleRepository
  const actors = (yield* repo.listActors({ limit: 1000 })).items
  return new Map(actors.filter((a) => a.articleCount > 0 || a.statementCount > 0).map((a) => [a.id, { statements: a.statementCount, articles: a.articleCount }]))
})

describeEachStore("batch", (stores) => {
  describe("saveExtractions", () => {
    it.effect("saves a batch, each article with its own result, like saving them one by one", () =>
      Effect.gen(function* () {
        const repo = yield* ArticleRepository
        const results = yield* repo.saveExtractions([{ extraction: article1 }, { extraction: article2 }, { extraction: article1 }])
        expect(results.map((r) => Either.map(r, (x) => x.status))).toEqual([Either.right("inserted"), Either.right("inserted"), Either.right("unchanged")])
        // Article 2 reports the Kyiv strike article 1 reported earlier in the same batch.
        expect(Either.getOrThrow(results[1]!).linkedReports).toBe(1)
        expect((yield* repo.listIncidents({})).items.find((i) => i.id === `inc-${ids.a1}:i1`)?.reportCount).toBe(2)
        expect(yield* stored).toEqual(yield* recount)
      }).pipe(Effect.provide(stores.fresh())))

    it.effect("a failing article is rolled back alone: the others in its batch are saved", () =>
      Effect.gen(function* () {
        const repo = yield* ArticleRepository
        const duplicateStatement = ArticleExtraction.make({
          ...article2,
          statements: [article2.statements[0]!, Statement.make({ ...article2.statements[0]! })]
        })
        const results = yield* repo.saveExtractions([{ extraction: article1 }, { extraction: duplicateStatement }, { extraction: article3 }])
        expect(results.map((r) => r._tag)).toEqual(["Right", "Left", "Right"])
        const error = results[1]!
        if (Either.isLeft(error)) {
          expect(error.left._tag).toBe("StoreError")
          expect(error.left.operation).toContain(ids.a2)
        }
        expect(yield* repo.hasArticle(ids.a1)).toBe(true)
        expect(yield* repo.hasArticle(ids.a2)).toBe(false)
        expect(yield* repo.hasArticle(ids.a3)).toBe(true)
        // Nothing of article 2 is left: not its statements, its report on the Kyiv strike, nor its share of the counters.
        expect((yield* repo.listStatements({ article: ids.a2 })).items).toEqual([])
        expect((yield* repo.listIncidents({})).items.find((i) => i.id === `inc-${ids.a1}:i1`)?.reportCount).toBe(1)
        expect(yield* stored).toEqual(yield* recount)
        // Saved again on its own, article 2 goes in and links.
        const fixed = yield* repo.saveExtractions([{ extraction: article2 }])
        expect(Either.getOrThrow(fixed[0]!)).toMatchObject({ status: "inserted", linkedReports: 1 })
      }).pipe(Effect.provide(stores.fresh())))

    it.effect("counters and series aggregates equal a full recount after any sequence of batch saves, single saves and replaces", () =>
      Effect.gen(function* () {
        const repo = yield* ArticleRepository
        const bases = [article1, article2, article3]
        // A fixed pseudo-random sequence (so the test is repeatable) of saves and replaces of variants.
        let seed = 7
        const next = (n: number) => {
          seed = (seed * 1103515245 + 12345) % 2147483648
          // The high bits: the low bits of this generator cycle with short periods.
          return Math.floor((seed / 2147483648) * n)
        }
        let replaced = 0
        for (let round = 0; round < 8; round++) {
          const batch = Array.from({ length: 1 + next(5) }, () => {
            const base = bases[next(3)]!
            const extraction = variant(base, next(6), {
              statements: next(base.statements.length + 1),
              mentions: next(base.mentions.length + 1),
              incidents: next(base.incidents.length + 1)
            })
            return { extraction, replace: next(2) === 0 }
          })
          const results =
            round % 2 === 0
              ? (yield* repo.saveExtractions(batch)).map((r) => Either.getOrThrow(r))
              : yield* Effect.forEach(batch, ({ extraction, replace }) => repo.saveExtraction(extraction, { replace }))
          replaced += results.filter((r) => r.status === "replaced").length
          expect(yield* stored).toEqual(yield* recount)
        }
        expect(replaced).toBeGreaterThan(2)
        // Whole articles last, so that the series below have statements of every kind and incidents to compare.
        const whole = yield* repo.saveExtractions(bases.map((base, i) => ({ extraction: variant(base, 10 + i) })))
        expect(whole.every(Either.isRight)).toBe(true)
        expect(yield* stored).toEqual(yield* recount)
        // The incidents' report counts agree with the reports stored too.
        const incidents = (yield* repo.listIncidents({ limit: 1000 })).items
        for (const i of incidents) expect((yield* repo.getIncident(i.id)).reports.length).toBe(i.reportCount)
        // The series read from the running aggregates equal the series counted from the rows themselves: statements
        // (a text filter every statement matches makes the store count the statements) and incidents per day.
        const everyStatement = " "
        for (const interval of ["day", "week", "month"] as const) {
          for (const kind of [undefined, "direct"] as const) {
            const fromAggregates = yield* repo.statementSeries({ interval, kind })
            expect(fromAggregates.series.length).toBeGreaterThan(0)
            expect(fromAggregates).toEqual(yield* repo.statementSeries({ interval, kind, q: everyStatement }))
            const actor = fromAggregates.series.map((s) => s.actorId)
            expect(yield* repo.statementSeries({ interval, kind, actor })).toEqual(yield* repo.statementSeries({ interval, kind, actor, q: everyStatement }))
          }
        }
        const perDay = new Map<string, { reports: number; incidents: number; killed: number; injured: number }>()
        for (const i of incidents) {
          if (i.date === null) continue
          const d = perDay.get(i.date) ?? { reports: 0, incidents: 0, killed: 0, injured: 0 }
          perDay.set(i.date, { reports: d.reports + i.reportCount, incidents: d.incidents + 1, killed: d.killed + (i.killed ?? 0), injured: d.injured + (i.injured ?? 0) })
        }
        const series = yield* repo.incidentSeries({ interval: "day" })
        for (const interval of ["week", "month"] as const) {
          expect(yield* repo.incidentSeries({ interval })).toEqual(yield* repo.incidentSeries({ interval, country: "Ukraine" }))
        }
        expect(series.points.filter((p) => p.incidents > 0)).toEqual([...perDay].sort(([a], [b]) => (a < b ? -1 : 1)).map(([bucket, d]) => ({ bucket, ...d })))
      }).pipe(Effect.provide(stores.fresh())), { timeout: 60_000 })
  })
})
