import { describe, expect, layer } from "@effect/vitest"
import { Article, ArticleExtraction, type ArticleId } from "@wirewatch/domain"
import { Effect, Exit } from "effect"
import { ArticleRepository } from "../src/index.ts"
import { article1, article2, article3, ids } from "./fixtures.ts"
import { describeEachStore } from "./store.ts"

describeEachStore("details", (stores) => {
  describe("details", () => {
    layer(stores.fresh())("over three articles", (it) => {
      it.effect("getActor: counts, first and last statement, top cues, co-mentioned actors", () =>
        Effect.gen(function* () {
          const repo = yield* ArticleRepository
          for (const e of [article1, article2, article3]) yield* repo.saveExtraction(e)
          const zelensky = yield* repo.getActor(ids.zelensky)
          expect({ ...zelensky, actor: zelensky.actor.id }).toEqual({
            actor: ids.zelensky,
            statementCount: 3,
            articleCount: 2,
            firstStatement: "2025-01-09",
            lastStatement: "2025-01-11",
            topCues: [{ cue: "said", count: 3 }],
            coMentioned: [
              { actorId: ids.peskov, name: "Dmitry Peskov", count: 1 },
              { actorId: ids.russia, name: "Russia", count: 1 }
            ]
          })
          const peskov = yield* repo.getActor(ids.peskov)
          expect(peskov).toMatchObject({ statementCount: 1, articleCount: 2, topCues: [{ cue: "told reporters", count: 1 }] })
          expect(peskov.coMentioned.map((c) => c.actorId)).toEqual([ids.zelensky, ids.russia])
          const russia = yield* repo.getActor(ids.russia)
          expect(russia).toMatchObject({ statementCount: 0, articleCount: 1, firstStatement: null, lastStatement: null, topCues: [] })
        }))

      it.effect("getIncident: the merged incident with every report, its article date and file", () =>
        Effect.gen(function* () {
          const repo = yield* ArticleRepository
          const detail = yield* repo.getIncident(`inc-${ids.a1}:i1`)
          expect(detail.incident.reportCount).toBe(2)
          expect(detail.reports.map((r) => [r.id, r.articleDate, r.articleFileName, r.placeMention, r.killed])).toEqual([
            [`${ids.a1}:i1`, "2025-01-10", "2025-01-10-kyiv.txt", "Kyiv", 3],
            [`${ids.a2}:i1`, "2025-01-11", "2025-01-11-kiev.txt", "KIEV", 5]
          ])
          const a2 = detail.reports[1]!
          const text = article2.article.text
          expect(text.slice(a2.evidence.start, a2.evidence.end)).toBe(a2.evidence.text)
          expect(a2.incidentId).toBe(detail.incident.id)
        }))

      it.effect("unknown ids fail with NotFound naming the entity", () =>
        Effect.gen(function* () {
          const repo = yield* ArticleRepository
          expect(yield* Effect.exit(repo.getArticle("ffffffffffffffff"))).toEqual(
            Exit.fail(expect.objectContaining({ _tag: "NotFound", entity: "article", id: "ffffffffffffffff" }))
          )
          expect(yield* Effect.flip(repo.getActor("person:nobody"))).toMatchObject({ _tag: "NotFound", entity: "actor", id: "person:nobody" })
          expect(yield* Effect.flip(repo.getIncident("inc-nothing"))).toMatchObject({ _tag: "NotFound", entity: "incident" })
        }))

      it.effect("lists stored articles with their extractor versions", () =>
        Effect.gen(function* () {
          const repo = yield* ArticleRepository
          expect(yield* repo.articleVersions()).toEqual([
            { id: ids.a1, extractorVersion: "test-1", fileName: "2025-01-10-kyiv.txt" },
            { id: ids.a2, extractorVersion: "test-1", fileName: "2025-01-11-kiev.txt" },
            { id: ids.a3, extractorVersion: "test-1", fileName: "2025-02-03-kharkiv.txt" }
          ])
          expect(yield* repo.countArticles()).toBe(3)
        }))

      it.effect("getArticle: lists the actors its statements or mentions name even when its extraction did not", () =>
      Effect.gen(function* () {
        const repo = yield* ArticleRepository
        const a4 = ArticleExtraction.make({
          ...article2,
          article: Article.make({ ...article2.article, id: "d4d4d4d4d4d4d4d4" as ArticleId }),
          actors: [],
          statements: [],
          incidents: []
        })
        yield* repo.saveExtraction(a4)
        const detail = yield* repo.getArticle(a4.article.id)
        expect(detail.actors.map((a) => [a.id, a.aliases])).toEqual([[ids.zelensky, ["Zelensky", "President Volodymyr Zelensky"]]])
        // Article 1 lists its actors in extraction order, not alphabetically.
        expect((yield* repo.getArticle(ids.a1)).actors.map((a) => a.id)).toEqual([ids.zelensky, ids.peskov, ids.russia])
      }))

    })
  })
})
