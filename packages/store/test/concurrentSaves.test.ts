import { describe, expect, it } from "@effect/vitest"
import {
  Article,
  ArticleExtraction,
  type ArticleId,
  IncidentReport,
  type IncidentReportId,
  Statement,
  type StatementId
} from "@wirewatch/domain"
import { Effect } from "effect"
import { ArticleRepository } from "../src/index.ts"
import { article1, ids } from "./fixtures.ts"
import { describeEachStore } from "./store.ts"

/** Article 1 again under another id: the same new actors and the same Kyiv strike. */
const copyOfArticle1 = (n: number) => {
  const id = `f${n}`.padEnd(16, "0") as ArticleId
  return ArticleExtraction.make({
    ...article1,
    article: Article.make({ ...article1.article, id }),
    statements: article1.statements.map((s, i) => Statement.make({ ...s, id: `${id}:s${i + 1}` as StatementId, articleId: id })),
    incidents: article1.incidents.map((r, i) => IncidentReport.make({ ...r, id: `${id}:i${i + 1}` as IncidentReportId, articleId: id }))
  })
}

describeEachStore("concurrent", (stores) => {
  describe("concurrent saves", () => {
    it.live("link to one incident and merge into the same actors, none failing", () =>
        Effect.gen(function* () {
          const repo = yield* ArticleRepository
          const copies = Array.from({ length: 6 }, (_, n) => copyOfArticle1(n))
          const results = yield* Effect.all(
            copies.map((e) => repo.saveExtraction(e)),
            { concurrency: "unbounded" }
          )
          expect(results.map((r) => r.status)).toEqual(copies.map(() => "inserted"))
          expect(results.reduce((sum, r) => sum + r.linkedReports, 0)).toBe(5)
          const incidents = (yield* repo.listIncidents({})).items
          expect(incidents.map((i) => i.reportCount)).toEqual([6])
          const actors = (yield* repo.listActors({})).items
          expect(actors.map((a) => [a.id, a.statementCount, a.articleCount])).toEqual([
            [ids.zelensky, 12, 6],
            [ids.peskov, 6, 6],
            [ids.russia, 0, 6]
          ])
        }).pipe(Effect.provide(stores.fresh())))
  })
})
