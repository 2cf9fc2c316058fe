import { describe, expect, it } from "@effect/vitest"
import { Actor, Article, ArticleExtraction, type ArticleId, IncidentReport, type IncidentReportId, Statement, type StatementId } from "@wirewatch/domain"
import { Effect, Either, Layer } from "effect"
import { ArticleRepository } from "../src/index.ts"
import { article1, article2, article3 } from "./fixtures.ts"
import { describeEachStore } from "./store.ts"

/** The fixture under another id (its statements and reports follow), with an extra alias on its first actor so merges change rows. */
const variant = (base: ArticleExtraction, n: number) => {
  const id = `e${n.toString(16).padStart(15, "0")}` as ArticleId
  return ArticleExtraction.make({
    ...base,
    article: Article.make({ ...base.article, id, fileName: `g${n}.txt` }),
    actors: base.actors.map((a, i) => (i === 0 ? Actor.make({ ...a, aliases: [...a.aliases, `alias ${n % 5}`] }) : a)),
    statements: base.statements.map((s, i) => Statement.make({ ...s, id: `${id}:s${i + 1}` as StatementId, articleId: id })),
    incidents: base.incidents.map((r, i) => IncidentReport.make({ ...r, id: `${id}:i${i + 1}` as IncidentReportId, articleId: id }))
  })
}

/** Everything the repository answers about what is stored, in a stable order. */
const snapshot = Effect.gen(function* () {
  const repo = yield* ArticleRepository
  const articles = (yield* repo.listArticles({ limit: 1000 })).items
  const details = yield* Effect.forEach([...articles].sort((a, b) => (a.id < b.id ? -1 : 1)), (a) => repo.getArticle(a.id))
  const actors = [...(yield* repo.listActors({ limit: 1000 })).items].sort((a, b) => (a.id < b.id ? -1 : 1))
  const incidents = yield* Effect.forEach(
    [...(yield* repo.listIncidents({ limit: 1000 })).items].sort((a, b) => (a.id < b.id ? -1 : 1)),
    (i) => repo.getIncident(i.id)
  )
  const series = [yield* repo.statementSeries({ interval: "day" }), yield* repo.incidentSeries({ interval: "day" })]
  return { details, actors, incidents, series }
})

describeEachStore("group", (stores) => {
  describe("saveExtractions of new articles", () => {
    it.effect("stores exactly what saving them one by one stores, with the same results, across multi-row INSERT sizes", () =>
      Effect.gen(function* () {
        // 70 articles: more rows per table than the largest INSERT takes, later ones linking to earlier ones' incidents,
        // the same content twice, and one already stored before the batch.
        const batch = [...Array.from({ length: 70 }, (_, n) => variant([article1, article2, article3][n % 3]!, n)), variant(article1, 4)]
        const stored = variant(article2, 200)
        const run = (save: (b: typeof batch) => Effect.Effect<ReadonlyArray<unknown>, unknown, ArticleRepository>) =>
          Effect.gen(function* () {
            const repo = yield* ArticleRepository
            yield* repo.saveExtraction(stored)
            const results = yield* save([...batch.slice(0, 30), stored, ...batch.slice(30)])
            return { results, snapshot: yield* snapshot }
          }).pipe(Effect.provide(Layer.fresh(stores.fresh())))
        const together = yield* run((b) =>
          Effect.flatMap(ArticleRepository, (repo) => Effect.map(repo.saveExtractions(b.map((extraction) => ({ extraction }))), (r) => r.map(Either.getOrThrow)))
        )
        const oneByOne = yield* run((b) => Effect.flatMap(ArticleRepository, (repo) => Effect.forEach(b, (e) => repo.saveExtraction(e))))
        expect(together.results).toEqual(oneByOne.results)
        expect(together.results.filter((r) => (r as { status: string }).status === "unchanged")).toHaveLength(2)
        expect(together.results.some((r) => (r as { linkedReports: number }).linkedReports > 0)).toBe(true)
        expect(together.snapshot).toEqual(oneByOne.snapshot)
        expect(together.snapshot.details).toHaveLength(71)
      }), { timeout: 120_000 })
  })
})
