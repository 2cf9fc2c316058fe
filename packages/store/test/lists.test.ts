import { describe, expect, layer } from "@effect/vitest"
import {
  Article,
  ArticleExtraction,
  Evidence,
  type Page,
  Statement,
  type StatementId
} from "@wirewatch/domain"
import { Effect } from "effect"
import { ArticleRepository } from "../src/index.ts"
import { article1, article2, article3, day, ids } from "./fixtures.ts"
import { describeEachStore } from "./store.ts"

const seeded = Effect.gen(function* () {
  const repo = yield* ArticleRepository
  for (const e of [article1, article2, article3]) yield* repo.saveExtraction(e)
})

/** Follows `nextCursor` until the last page, collecting each page's items. */
const allPages = <A>(list: (cursor: string | undefined) => Effect.Effect<Page<A>, unknown>) =>
  Effect.gen(function* () {
    const pages: Array<ReadonlyArray<A>> = []
    let cursor: string | undefined
    do {
      const page = yield* list(cursor)
      pages.push(page.items)
      cursor = page.nextCursor ?? undefined
      if (pages.length > 100) throw new Error("pagination does not end")
    } while (cursor !== undefined)
    return pages
  })

describeEachStore("lists", (stores) => {
  describe("lists", () => {
    layer(stores.fresh())("over three articles", (it) => {
      it.effect("statements: newest first, document order within an article, with article date, file and source chain", () =>
        Effect.gen(function* () {
          yield* seeded
          const repo = yield* ArticleRepository
          const page = yield* repo.listStatements({})
          expect(page.nextCursor).toBeNull()
          expect(page.items.map((s) => s.id)).toEqual([`${ids.a2}:s1`, `${ids.a1}:s1`, `${ids.a1}:s2`, `${ids.a1}:s3`])
          const [fromA2, fromA1] = page.items
          expect(fromA1).toMatchObject({ articleDate: "2025-01-10", articleFileName: "2025-01-10-kyiv.txt", sourceChain: ["CNN", "UNN"] })
          expect(fromA2).toMatchObject({ articleDate: "2025-01-11", articleFileName: "2025-01-11-kiev.txt", sourceChain: ["Reuters"] })
          expect({ ...fromA1, articleDate: undefined, articleFileName: undefined, sourceChain: undefined }).toEqual({
            ...article1.statements[0],
            articleDate: undefined,
            articleFileName: undefined,
            sourceChain: undefined
          })
        }))

      it.effect("statements: filters by actors (any of), dates (own date, else the article's), kind, keyword, article", () =>
        Effect.gen(function* () {
          const repo = yield* ArticleRepository
          const idsOf = (page: Page<{ readonly id: string }>) => page.items.map((s) => s.id)
          expect(idsOf(yield* repo.listStatements({ actor: [ids.peskov] }))).toEqual([`${ids.a1}:s2`])
          expect(idsOf(yield* repo.listStatements({ actor: [ids.peskov, ids.zelensky] }))).toHaveLength(4)
          expect(idsOf(yield* repo.listStatements({ actor: [ids.russia] }))).toEqual([])
          // a1:s3 was said on 2025-01-09 although its article is of 2025-01-10.
          expect(idsOf(yield* repo.listStatements({ to: day("2025-01-09") }))).toEqual([`${ids.a1}:s3`])
          expect(idsOf(yield* repo.listStatements({ from: day("2025-01-10"), to: day("2025-01-10") }))).toEqual([`${ids.a1}:s1`, `${ids.a1}:s2`])
          expect(idsOf(yield* repo.listStatements({ from: day("2025-01-11") }))).toEqual([`${ids.a2}:s1`])
          expect(idsOf(yield* repo.listStatements({ kind: "indirect" }))).toEqual([`${ids.a1}:s3`])
          expect(idsOf(yield* repo.listStatements({ q: "AIR Defence" }))).toEqual([`${ids.a2}:s1`, `${ids.a1}:s3`])
          expect(idsOf(yield* repo.listStatements({ q: "100%" }))).toEqual([])
          expect(idsOf(yield* repo.listStatements({ article: ids.a2 }))).toEqual([`${ids.a2}:s1`])
          expect(idsOf(yield* repo.listStatements({ actor: [ids.zelensky], kind: "direct", q: "rebuild" }))).toEqual([`${ids.a1}:s1`])
        }))

      it.effect("incidents: filters by country name or code, place, perpetrator, dates", () =>
        Effect.gen(function* () {
          const repo = yield* ArticleRepository
          const places = (page: Page<{ readonly place: { readonly name: string }; readonly date: string | null }>) =>
            page.items.map((i) => `${i.place.name} ${i.date}`)
          expect(places(yield* repo.listIncidents({}))).toEqual(["Kharkiv 2025-02-03", "Kyiv 2025-01-13", "Kyiv 2025-01-10", "Kyiv 2025-01-10"])
          expect((yield* repo.listIncidents({ country: "ua" })).items).toHaveLength(4)
          expect((yield* repo.listIncidents({ country: "Ukraine" })).items).toHaveLength(4)
          expect((yield* repo.listIncidents({ country: "RU" })).items).toHaveLength(0)
          expect(places(yield* repo.listIncidents({ place: "KHARKIV" }))).toEqual(["Kharkiv 2025-02-03"])
          expect((yield* repo.listIncidents({ place: "kyiv" })).items).toHaveLength(3)
          const byRussia = (yield* repo.listIncidents({ perpetrator: "russia" })).items
          expect(byRussia.map((i) => i.place.name).sort()).toEqual(["Kharkiv", "Kyiv"])
          expect((yield* repo.listIncidents({ perpetrator: ids.russia })).items).toEqual(byRussia)
          expect(places(yield* repo.listIncidents({ from: day("2025-01-11") }))).toEqual(["Kharkiv 2025-02-03", "Kyiv 2025-01-13"])
          expect(places(yield* repo.listIncidents({ to: day("2025-01-10") }))).toEqual(["Kyiv 2025-01-10", "Kyiv 2025-01-10"])
          expect(places(yield* repo.listIncidents({ place: "Kyiv", from: day("2025-01-11"), to: day("2025-01-31") }))).toEqual(["Kyiv 2025-01-13"])
        }))

      it.effect("articles: newest first with counts; filters by dates and keyword in title or text", () =>
        Effect.gen(function* () {
          const repo = yield* ArticleRepository
          const all = (yield* repo.listArticles({})).items
          expect(all.map((a) => a.id)).toEqual([ids.a3, ids.a2, ids.a1])
          expect(all[2]).toMatchObject({ fileName: "2025-01-10-kyiv.txt", date: "2025-01-10", title: "Russian missiles hit Kyiv overnight", statementCount: 3, incidentCount: 1 })
          expect((yield* repo.listArticles({ q: "death TOLL" })).items.map((a) => a.id)).toEqual([ids.a2])
          expect((yield* repo.listArticles({ q: "declined to comment" })).items.map((a) => a.id)).toEqual([ids.a3])
          expect((yield* repo.listArticles({ from: day("2025-01-11") })).items.map((a) => a.id)).toEqual([ids.a3, ids.a2])
          expect((yield* repo.listArticles({ to: day("2025-01-11"), q: "kyiv" })).items.map((a) => a.id)).toEqual([ids.a1])
        }))

      it.effect("actors: most quoted first; filters by kind and by keyword in name or aliases", () =>
        Effect.gen(function* () {
          const repo = yield* ArticleRepository
          const all = (yield* repo.listActors({})).items
          expect(all.map((a) => [a.id, a.statementCount, a.articleCount])).toEqual([
            [ids.zelensky, 3, 2],
            [ids.peskov, 1, 2],
            [ids.russia, 0, 1]
          ])
          expect((yield* repo.listActors({ kind: "state" })).items.map((a) => a.id)).toEqual([ids.russia])
          expect((yield* repo.listActors({ q: "KREMLIN" })).items.map((a) => a.id)).toEqual([ids.peskov])
          expect((yield* repo.listActors({ q: "president volodymyr" })).items.map((a) => a.id)).toEqual([ids.zelensky])
          expect((yield* repo.listActors({ kind: "person", q: "russia" })).items).toEqual([])
        }))

      it.effect("pages are disjoint and complete, for every list and page size", () =>
        Effect.gen(function* () {
          const repo = yield* ArticleRepository
          for (const limit of [1, 2, 3]) {
            const statements = yield* allPages((cursor) => repo.listStatements({ limit, ...(cursor ? { cursor } : {}) }))
            expect(statements.flat().map((s) => s.id)).toEqual((yield* repo.listStatements({})).items.map((s) => s.id))
            expect(statements.every((p, i) => p.length === limit || i === statements.length - 1)).toBe(true)
            const incidents = yield* allPages((cursor) => repo.listIncidents({ limit, ...(cursor ? { cursor } : {}) }))
            expect(incidents.flat()).toEqual((yield* repo.listIncidents({})).items)
            const articles = yield* allPages((cursor) => repo.listArticles({ limit, ...(cursor ? { cursor } : {}) }))
            expect(articles.flat()).toEqual((yield* repo.listArticles({})).items)
            const actors = yield* allPages((cursor) => repo.listActors({ limit, ...(cursor ? { cursor } : {}) }))
            expect(actors.flat()).toEqual((yield* repo.listActors({})).items)
          }
          // Filters hold on every page.
          const zelensky = yield* allPages((cursor) => repo.listStatements({ actor: [ids.zelensky], limit: 1, ...(cursor ? { cursor } : {}) }))
          expect(zelensky.flat().map((s) => s.speakerId)).toEqual([ids.zelensky, ids.zelensky, ids.zelensky])
          expect(zelensky).toHaveLength(3)
        }))

      it.effect("a cursor is opaque base64url and resumes right after the last item", () =>
        Effect.gen(function* () {
          const repo = yield* ArticleRepository
          const first = yield* repo.listStatements({ limit: 2 })
          expect(first.nextCursor).toMatch(/^[A-Za-z0-9_-]+$/)
          const again = yield* repo.listStatements({ limit: 2, cursor: first.nextCursor! })
          expect(again.items.map((s) => s.id)).toEqual([`${ids.a1}:s2`, `${ids.a1}:s3`])
          expect(again.nextCursor).toBeNull()
          const bad = yield* Effect.flip(repo.listStatements({ cursor: "not a cursor" }))
          expect(bad._tag).toBe("InvalidQuery")
          const wrongList = yield* Effect.flip(repo.listActors({ cursor: first.nextCursor! }))
          expect(wrongList._tag).toBe("InvalidQuery")
        }))
    })

    layer(stores.fresh())("default page size", (it) => {
      it.effect("returns 50 items and a cursor when no limit is given", () =>
        Effect.gen(function* () {
          const repo = yield* ArticleRepository
          const many = ArticleExtraction.make({
            ...article1,
            article: Article.make({ ...article1.article }),
            statements: Array.from({ length: 60 }, (_, n) =>
              Statement.make({ ...article1.statements[0]!, id: `${ids.a1}:s${n + 1}` as StatementId, sentence: new Evidence({ ...article1.statements[0]!.sentence }) })
            )
          })
          yield* repo.saveExtraction(many)
          const page = yield* repo.listStatements({})
          expect(page.items).toHaveLength(50)
          expect(page.items.map((s) => s.id).slice(0, 3)).toEqual([`${ids.a1}:s1`, `${ids.a1}:s2`, `${ids.a1}:s3`])
          const rest = yield* repo.listStatements({ cursor: page.nextCursor! })
          expect(rest.items.map((s) => s.id)).toEqual(Array.from({ length: 10 }, (_, n) => `${ids.a1}:s${n + 51}`))
          expect(rest.nextCursor).toBeNull()
        }))
    })
  })
})
