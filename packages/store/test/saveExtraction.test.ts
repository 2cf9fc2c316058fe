import { describe, expect, layer } from "@effect/vitest"
import {
  Actor,
  Article,
  ArticleExtraction,
  type ArticleId,
  type IncidentId,
  IncidentReport,
  type IncidentReportId,
  Place,
  Statement,
  type StatementId
} from "@wirewatch/domain"
import { Effect, Exit } from "effect"
import { ArticleRepository } from "../src/index.ts"
import { article1, article2, article3, day, ids } from "./fixtures.ts"
import { describeEachStore } from "./store.ts"

/** Everything a reader can observe of the store, to compare before and after an operation. */
const snapshot = Effect.gen(function* () {
  const repo = yield* ArticleRepository
  const articles = yield* repo.listArticles({ limit: 1000 })
  const details = yield* Effect.forEach(articles.items, (a) => repo.getArticle(a.id))
  const actors = yield* repo.listActors({ limit: 1000 })
  const actorDetails = yield* Effect.forEach(actors.items, (a) => repo.getActor(a.id))
  const statements = yield* repo.listStatements({ limit: 1000 })
  const incidents = yield* repo.listIncidents({ limit: 1000 })
  const incidentDetails = yield* Effect.forEach(incidents.items, (i) => repo.getIncident(i.id))
  return { articles, details, actors, actorDetails, statements, incidents, incidentDetails }
})

describeEachStore("save", (stores) => {
  describe("saveExtraction", () => {
    layer(stores.fresh())("one article", (it) => {
      it.effect("saves and reads back the article with exact spans", () =>
        Effect.gen(function* () {
          const repo = yield* ArticleRepository
          const result = yield* repo.saveExtraction(article1)
          expect(result).toEqual({ status: "inserted", articleId: ids.a1, statements: 3, incidents: 1, linkedReports: 0 })
          expect(yield* repo.hasArticle(ids.a1)).toBe(true)
          expect(yield* repo.hasArticle(ids.a2)).toBe(false)
          const detail = yield* repo.getArticle(ids.a1)
          expect(detail.article).toEqual(article1.article)
          expect(detail.statements).toEqual(article1.statements)
          expect(detail.mentions).toEqual(article1.mentions)
          expect(detail.actors).toEqual(article1.actors)
          for (const s of detail.statements) {
            expect(detail.article.text.slice(s.start, s.end)).toBe(s.text)
            expect(detail.article.text.slice(s.sentence.start, s.sentence.end)).toBe(s.sentence.text)
          }
          for (const m of detail.mentions) expect(detail.article.text.slice(m.start, m.end)).toBe(m.text)
          const [stored] = detail.incidents
          const [original] = article1.incidents
          // The provisional incident id is replaced by the stored incident's id; everything else is kept as extracted.
          expect({ ...stored, incidentId: original!.incidentId }).toEqual({ ...original })
          expect(stored!.incidentId).toBe(`inc-${original!.id}`)
          expect(detail.article.text.slice(stored!.evidence.start, stored!.evidence.end)).toBe(stored!.evidence.text)
          expect(yield* repo.articleVersions()).toEqual([{ id: ids.a1, extractorVersion: "test-1", fileName: "2025-01-10-kyiv.txt" }])
        }))

      it.effect("saving the same article again is unchanged and writes nothing", () =>
        Effect.gen(function* () {
          const repo = yield* ArticleRepository
          const before = yield* snapshot
          // Same id, different content: without `replace` nothing of it may be written (not even actor aliases).
          const altered = ArticleExtraction.make({
            ...article1,
            actors: article1.actors.map((a) => Actor.make({ ...a, aliases: [...a.aliases, "Altered Alias"] })),
            statements: article1.statements.slice(0, 1)
          })
          const again = yield* repo.saveExtraction(altered)
          expect(again).toEqual({ status: "unchanged", articleId: ids.a1, statements: 3, incidents: 1, linkedReports: 0 })
          expect(yield* repo.saveExtraction(article1)).toMatchObject({ status: "unchanged" })
          expect(yield* snapshot).toEqual(before)
          expect(before.statements.items).toHaveLength(3)
          expect(before.incidents.items.map((i) => i.reportCount)).toEqual([1])
        }))
    })

    layer(stores.fresh())("several articles", (it) => {
      it.effect("merges actors across articles: aliases and roles unioned, first name, kind and country kept", () =>
        Effect.gen(function* () {
          const repo = yield* ArticleRepository
          yield* repo.saveExtraction(article1)
          yield* repo.saveExtraction(article2)
          yield* repo.saveExtraction(article3)
          const zelensky = (yield* repo.getActor(ids.zelensky)).actor
          expect(zelensky.name).toBe("Volodymyr Zelensky")
          expect(zelensky.kind).toBe("person")
          expect(zelensky.country).toBe("UA")
          expect(zelensky.aliases).toEqual(["Zelensky", "President Volodymyr Zelensky"])
          expect(zelensky.roles).toEqual(["President of Ukraine", "Commander-in-chief"])
          const peskov = (yield* repo.getActor(ids.peskov)).actor
          expect(peskov.aliases).toEqual(["Peskov", "the Kremlin spokesman"])
          expect(peskov.roles).toEqual(["Kremlin spokesman"])
          // The article shows the merged actor, not the one its extraction carried.
          const a2 = yield* repo.getArticle(ids.a2)
          expect(a2.actors.map((a) => a.name)).toEqual(["Volodymyr Zelensky"])
        }))

      it.effect("links reports of the same strike across articles into one incident with the highest tolls", () =>
        Effect.gen(function* () {
          const repo = yield* ArticleRepository
          const incidents = (yield* repo.listIncidents({})).items
          expect(incidents).toHaveLength(4)
          const kyivStrike = incidents.find((i) => i.reportCount === 2)!
          expect(kyivStrike).toMatchObject({
            id: `inc-${ids.a1}:i1`,
            kind: "missile",
            date: "2025-01-10",
            killed: 5,
            injured: 10,
            perpetrator: "Russia",
            perpetratorId: ids.russia,
            weapons: ["missile", "drone"]
          })
          expect(kyivStrike.place.name).toBe("Kyiv")
          const a2Reports = (yield* repo.getArticle(ids.a2)).incidents
          expect(a2Reports.map((r) => r.incidentId)).toEqual([kyivStrike.id])
        }))

      it.effect("keeps apart reports of another place, another kind, or dates more than a day apart", () =>
        Effect.gen(function* () {
          const repo = yield* ArticleRepository
          const a3 = (yield* repo.getArticle(ids.a3)).incidents
          const incidentIds = a3.map((r) => r.incidentId)
          expect(new Set(incidentIds).size).toBe(3)
          expect(incidentIds).not.toContain(`inc-${ids.a1}:i1`)
          for (const id of incidentIds) expect((yield* repo.getIncident(id)).incident.reportCount).toBe(1)
        }))
    })

    layer(stores.fresh())("link counting", (it) => {
      it.effect("reports how many reports joined an incident an earlier article reported", () =>
        Effect.gen(function* () {
          const repo = yield* ArticleRepository
          expect((yield* repo.saveExtraction(article1)).linkedReports).toBe(0)
          expect((yield* repo.saveExtraction(article2)).linkedReports).toBe(1)
          expect((yield* repo.saveExtraction(article3)).linkedReports).toBe(0)
        }))
    })

    layer(stores.fresh())("replace", (it) => {
      it.effect("replaces an article's statements, mentions and reports and recomputes what depended on them", () =>
        Effect.gen(function* () {
          const repo = yield* ArticleRepository
          yield* repo.saveExtraction(article1)
          yield* repo.saveExtraction(article2)
          yield* repo.saveExtraction(article3)
          const kharkivId = (yield* repo.getArticle(ids.a3)).incidents[0]!.incidentId
          const reextracted = ArticleExtraction.make({
            ...article1,
            article: Article.make({ ...article1.article, extractorVersion: "test-2" }),
            mentions: article1.mentions.slice(0, 2),
            statements: article1.statements.slice(1, 2),
            incidents: []
          })
          const result = yield* repo.saveExtraction(reextracted, { replace: true })
          expect(result).toEqual({ status: "replaced", articleId: ids.a1, statements: 1, incidents: 0, linkedReports: 0 })
          const detail = yield* repo.getArticle(ids.a1)
          expect(detail.statements.map((s) => s.id)).toEqual([`${ids.a1}:s2`])
          expect(detail.mentions).toHaveLength(2)
          expect(detail.incidents).toEqual([])
          expect(detail.article.extractorVersion).toBe("test-2")
          // The Kyiv strike keeps only article 2's report: its aggregate falls back to that report's figures.
          const kyiv = (yield* repo.getIncident(`inc-${ids.a1}:i1`)).incident
          expect(kyiv).toMatchObject({ reportCount: 1, killed: 5, injured: 8, perpetrator: null, date: "2025-01-11", weapons: ["drone", "missile"] })
          // Actor counters follow: Zelensky lost two statements of article 1.
          expect((yield* repo.getActor(ids.zelensky)).statementCount).toBe(1)
          expect((yield* repo.listStatements({ article: ids.a1 })).items.map((s) => s.id)).toEqual([`${ids.a1}:s2`])

          // Replacing article 3 without reports deletes the incidents only it reported.
          yield* repo.saveExtraction(ArticleExtraction.make({ ...article3, incidents: [] }), { replace: true })
          const missing = yield* Effect.exit(repo.getIncident(kharkivId))
          expect(missing).toEqual(Exit.fail(expect.objectContaining({ _tag: "NotFound", entity: "incident", id: kharkivId })))
          expect((yield* repo.listIncidents({})).items.map((i) => i.id)).toEqual([`inc-${ids.a1}:i1`])
        }))

      it.effect("re-links restored reports to the incident they describe", () =>
        Effect.gen(function* () {
          const repo = yield* ArticleRepository
          const result = yield* repo.saveExtraction(article1, { replace: true })
          expect(result).toMatchObject({ status: "replaced", statements: 3, incidents: 1, linkedReports: 1 })
          const kyiv = yield* repo.getIncident(`inc-${ids.a1}:i1`)
          expect(kyiv.incident).toMatchObject({ reportCount: 2, killed: 5, injured: 10, perpetrator: "Russia", date: "2025-01-10" })
          expect(kyiv.reports.map((r) => r.articleId)).toEqual([ids.a1, ids.a2])
          expect((yield* repo.getActor(ids.zelensky)).statementCount).toBe(3)
        }))
    })

    layer(stores.fresh())("incident linking edge cases", (it) => {
      const base = article1.incidents[0]!
      /** An article of that id and date carrying only the given reports (ids renumbered for the article). */
      const withReports = (id: string, date: string, reports: ReadonlyArray<Partial<IncidentReport>>) =>
        ArticleExtraction.make({
          ...article1,
          article: Article.make({ ...article1.article, id: id as ArticleId, date: day(date) }),
          actors: [],
          mentions: [],
          statements: [],
          incidents: reports.map((r, n) =>
            IncidentReport.make({ ...base, ...r, id: `${id}:i${n + 1}` as IncidentReportId, articleId: id as ArticleId })
          )
        })

      it.effect("undated reports link only with undated ones; reports sharing a provisional id form one incident", () =>
        Effect.gen(function* () {
          const repo = yield* ArticleRepository
          yield* repo.saveExtraction(withReports("e1e1e1e1e1e1e1e1", "2025-03-01", [{ date: null, incidentId: "x" as IncidentId }]))
          const second = yield* repo.saveExtraction(
            withReports("e2e2e2e2e2e2e2e2", "2025-03-02", [
              { date: null, killed: 7, incidentId: "p" as IncidentId },
              { date: day("2025-03-02"), incidentId: "q" as IncidentId },
              // Same provisional id as the dated one: the article says it is the same event, whatever its place.
              { date: day("2025-03-02"), place: Place.make({ ...base.place, name: "Brovary" }), incidentId: "q" as IncidentId }
            ])
          )
          expect(second.linkedReports).toBe(1)
          const reports = (yield* repo.getArticle("e2e2e2e2e2e2e2e2")).incidents
          expect(reports[0]!.incidentId).toBe("inc-e1e1e1e1e1e1e1e1:i1")
          expect(reports[1]!.incidentId).toBe("inc-e2e2e2e2e2e2e2e2:i2")
          expect(reports[2]!.incidentId).toBe(reports[1]!.incidentId)
          const undated = yield* repo.getIncident("inc-e1e1e1e1e1e1e1e1:i1")
          expect(undated.incident).toMatchObject({ date: null, reportCount: 2, killed: 7 })
          expect((yield* repo.getIncident(reports[1]!.incidentId)).incident.reportCount).toBe(2)
        }))

      it.effect("a re-extracted report that no longer matches gets a new incident id when its old one is still in use", () =>
        Effect.gen(function* () {
          const repo = yield* ArticleRepository
          // e1's undated report started inc-e1…:i1, which e2 also reports; e1 now reports a Lviv strike under the same report id.
          const moved = withReports("e1e1e1e1e1e1e1e1", "2025-03-01", [{ date: day("2025-03-01"), place: Place.make({ ...base.place, name: "Lviv" }) }])
          expect((yield* repo.saveExtraction(moved, { replace: true })).status).toBe("replaced")
          const [report] = (yield* repo.getArticle("e1e1e1e1e1e1e1e1")).incidents
          expect(report!.incidentId).toBe("inc-e1e1e1e1e1e1e1e1:i1-2")
          expect((yield* repo.getIncident(report!.incidentId)).incident.place.name).toBe("Lviv")
          const kept = yield* repo.getIncident("inc-e1e1e1e1e1e1e1e1:i1")
          expect(kept.incident).toMatchObject({ reportCount: 1, killed: 7 })
          expect(kept.reports.map((r) => r.articleId)).toEqual(["e2e2e2e2e2e2e2e2"])
        }))
    })

    layer(stores.fresh())("atomicity", (it) => {
      it.effect("a failure in the middle leaves nothing of the article", () =>
        Effect.gen(function* () {
          const repo = yield* ArticleRepository
          yield* repo.saveExtraction(article1)
          const before = yield* snapshot
          const duplicateStatement = ArticleExtraction.make({
            ...article2,
            statements: [article2.statements[0]!, Statement.make({ ...article2.statements[0]! })]
          })
          const failed = yield* Effect.flip(repo.saveExtraction(duplicateStatement))
          expect(failed._tag).toBe("StoreError")
          expect(failed.operation).toContain(ids.a2)
          expect(yield* repo.hasArticle(ids.a2)).toBe(false)
          expect(yield* snapshot).toEqual(before)

          // Failing after the report was linked (and the incident touched) must roll that back too.
          const duplicateReport = ArticleExtraction.make({
            ...article2,
            incidents: [article2.incidents[0]!, IncidentReport.make({ ...article2.incidents[0]!, id: article2.incidents[0]!.id as IncidentReportId })]
          })
          expect((yield* Effect.flip(repo.saveExtraction(duplicateReport)))._tag).toBe("StoreError")
          expect(yield* snapshot).toEqual(before)

          // A failed replace keeps the stored version whole.
          const badReplace = ArticleExtraction.make({
            ...article1,
            statements: article1.statements.map((s) => Statement.make({ ...s, id: `${ids.a1}:s1` as StatementId }))
          })
          expect((yield* Effect.flip(repo.saveExtraction(badReplace, { replace: true })))._tag).toBe("StoreError")
          expect(yield* snapshot).toEqual(before)
          expect(before.statements.items).toHaveLength(3)
        }))
    })
  })
})
