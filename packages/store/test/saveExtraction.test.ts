import { describe, expect, layer } from "@effect/vitest"
import { Effect, Exit } from "effect"
import { ArticleRepository } from "../src/index.ts"
import { article1, article2, article3, ids } from "./fixtures.ts"
import { tempStores } from "./store.ts"

const stores = tempStores("save")

describe("saveExtraction", () => {
  layer(stores.fresh())("one article", (it) => {
    it.effect("saves and reads back the article with exact spans", () =>
      Effect.gen(function* () {
        const repo = yield* ArticleRepository
        const result = yield* repo.saveExtraction(article1)
        expect(result).toEqual({ status: "inserted", articleId: ids.a1, statements: 3, incidents: 1, linkedReports: 0 })
        const detail = yield* repo.getArticle(ids.a1)
        expect(detail.article).toEqual(article1.article)
        expect(detail.statements).toEqual(article1.statements)
        expect(detail.mentions).toEqual(article1.mentions)
        expect(detail.actors).toEqual(article1.actors)
        for (const s of detail.statements) {
          expect(detail.article.text.slice(s.start, s.end)).toBe(s.text)
          expect(detail.article.text.slice(s.sentence.start, s.sentence.end)).toBe(s.sentence.text)
        }
        const [stored] = detail.incidents
        const [original] = article1.incidents
        expect({ ...stored, incidentId: original!.incidentId }).toEqual({ ...original })
        expect(stored!.incidentId).toBe(`inc-${original!.id}`)
      }))
  })
})
