/**
 * A database filled at an earlier migration level keeps its data through the later migrations: it answers every read
 * as a database saved at the latest level does, and takes new saves and replaces afterwards.
 */
import { SqlClient } from "@effect/sql"
import * as Migrator from "@effect/sql/Migrator"
import { PgClient } from "@effect/sql-pg"
import { SqliteClient } from "@effect/sql-sqlite-node"
import { describe, expect, it } from "@effect/vitest"
import { ArticleExtraction, Statement, type StoreError } from "@wirewatch/domain"
import { Effect, type Layer, Redacted } from "effect"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll } from "vitest"
import { createTestDatabase, pgUnreachable, type TestDatabase } from "../testing/PgTestDatabase.ts"
import { ArticleRepository, type JobQueue, migrations, PgStoreLive, SqliteStoreLive } from "../src/index.ts"
import { article1, article2, article3, day, ids } from "./fixtures.ts"

/** The tables an article's save writes, parents first. */
const TABLES = ["actors", "articles", "incidents", "article_actors", "mentions", "statements", "incident_reports", "statement_days", "incident_days"]

/** Columns that migration 5 added (and fills from what is stored). */
const ADDED_IN_5 = new Set(["no", "article_no"])

/** The migrations up to `level`, run as the store runs them. */
const migrateTo = (level: number) =>
  Migrator.make({})({
    loader: Migrator.fromRecord(Object.fromEntries(Object.entries(migrations).filter(([key]) => Number.parseInt(key, 10) <= level))),
    table: "wirewatch_migrations"
  })

/** Every read the API makes, over the fixtures' articles, actors and incidents. */
const everyAnswer = Effect.gen(function* () {
  const repo = yield* ArticleRepository
  const articleIds = [ids.a1, ids.a2, ids.a3]
  const actorIds = [ids.zelensky, ids.peskov, ids.russia]
  const incidents = yield* repo.listIncidents({})
  return {
    count: yield* repo.countArticles(),
    versions: yield* repo.articleVersions(),
    articles: yield* repo.listArticles({}),
    searched: yield* repo.listArticles({ q: "kyiv" }),
    details: yield* Effect.forEach(articleIds, (id) => repo.getArticle(id)),
    actors: yield* repo.listActors({}),
    actorDetails: yield* Effect.forEach(actorIds, (id) => repo.getActor(id)),
    statements: yield* repo.listStatements({}),
    statementsPaged: yield* repo.listStatements({ limit: 2 }),
    byArticle: yield* Effect.forEach(articleIds, (article) => repo.listStatements({ article })),
    byActor: yield* repo.listStatements({ actor: [ids.zelensky] }),
    incidents,
    incidentDetails: yield* Effect.forEach(incidents.items, (i) => repo.getIncident(i.id)),
    statementSeries: yield* repo.statementSeries({ interval: "day" }),
    statementSeriesFiltered: yield* repo.statementSeries({ interval: "week", actor: [ids.zelensky, ids.peskov], from: day("2025-01-08") }),
    statementSeriesText: yield* repo.statementSeries({ interval: "day", q: "talks" }),
    incidentSeries: yield* repo.incidentSeries({ interval: "day" }),
    incidentSeriesFiltered: yield* repo.incidentSeries({ interval: "month", country: "ukraine" })
  }
})

/** Article 1 re-extracted with one statement fewer, as `ingest --reprocess` would replace it. */
const article1Shorter = ArticleExtraction.make({
  ...article1,
  statements: article1.statements.slice(1).map((s) => Statement.make({ ...s }))
})

interface Backend {
  /** A new, empty database: its client, and the store over it. */
  readonly database: () => Effect.Effect<{ readonly client: Layer.Layer<SqlClient.SqlClient, unknown>; readonly store: Layer.Layer<ArticleRepository | JobQueue, StoreError> }>
}

const sqliteBackend = (): Backend => {
  const dir = mkdtempSync(join(tmpdir(), "wirewatch-store-migrations-"))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  let n = 0
  return {
    database: () =>
      Effect.sync(() => {
        const filename = join(dir, `db-${++n}.sqlite`)
        return { client: SqliteClient.layer({ filename }), store: SqliteStoreLive({ filename }) }
      })
  }
}

const pgBackend = (): Backend => {
  const created: Array<TestDatabase> = []
  afterAll(() => Promise.all(created.map((db) => db.drop())))
  return {
    database: () =>
      Effect.promise(async () => {
        const db = await createTestDatabase(`migrations_${created.length + 1}`)
        created.push(db)
        return { client: PgClient.layer({ url: Redacted.make(db.url), maxConnections: 1 }), store: PgStoreLive({ url: db.url }) }
      })
  }
}

const suite = (backend: Backend) => {
  it.live("a database filled at migration 4 answers every read as one saved at the latest level, and takes saves after", () =>
    Effect.gen(function* () {
      // The same articles saved at the latest level: the answers the migrated database must give, and its rows.
      const reference = yield* backend.database()
      const saveAll = Effect.flatMap(ArticleRepository, (repo) => repo.saveExtractions([article1, article2, article3].map((extraction) => ({ extraction }))))
      yield* Effect.provide(saveAll, reference.store)
      const expected = yield* Effect.provide(everyAnswer, reference.store)
      const rows = yield* Effect.provide(
        Effect.flatMap(SqlClient.SqlClient, (sql) => Effect.forEach(TABLES, (table) => sql.unsafe<Record<string, unknown>>(`SELECT * FROM ${table}`))),
        reference.client
      )

      // A database at migration 4 holding those rows, as the writer of that level stored them (without the added keys).
      const old = yield* backend.database()
      yield* Effect.provide(
        Effect.gen(function* () {
          const sql = yield* SqlClient.SqlClient
          yield* migrateTo(4)
          for (const [i, table] of TABLES.entries()) {
            for (const row of rows[i]!) {
              const kept = Object.fromEntries(Object.entries(row).filter(([column]) => !ADDED_IN_5.has(column)))
              yield* sql`INSERT INTO ${sql(table)} ${sql.insert(kept)}`
            }
          }
          const [level] = yield* sql<{ id: number | string }>`SELECT max(migration_id) AS id FROM wirewatch_migrations`
          expect(Number(level?.id)).toBe(4)
        }),
        old.client
      )

      // Opening it with the store migrates it; every answer is the reference's.
      expect(yield* Effect.provide(everyAnswer, old.store)).toEqual(expected)
      const counts = (client: Layer.Layer<SqlClient.SqlClient, unknown>) =>
        Effect.provide(
          Effect.flatMap(SqlClient.SqlClient, (sql) =>
            Effect.forEach(TABLES, (table) => Effect.map(sql.unsafe<{ n: number | string }>(`SELECT count(*) AS n FROM ${table}`), ([r]) => Number(r?.n)))
          ),
          client
        )
      expect(yield* counts(old.client)).toEqual(yield* counts(reference.client))
      const keys = yield* Effect.provide(
        Effect.flatMap(SqlClient.SqlClient, (sql) =>
          Effect.all({
            numbers: sql<{ n: number | string }>`SELECT count(DISTINCT no) AS n FROM articles WHERE no > 0`,
            unnumbered: sql<{ n: number | string }>`
              SELECT (SELECT count(*) FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.article_no <> a.no)
                + (SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.article_no <> a.no)
                + (SELECT count(*) FROM article_actors aa JOIN articles a ON a.id = aa.article_id WHERE aa.article_no <> a.no)
                + (SELECT count(*) FROM incident_reports r JOIN articles a ON a.id = r.article_id WHERE r.article_no <> a.no) AS n`
          })
        ),
        old.client
      )
      expect(Number(keys.numbers[0]?.n)).toBe(3)
      expect(Number(keys.unnumbered[0]?.n)).toBe(0)

      // Replacing a migrated article, and saving one anew, leave both databases answering alike.
      const replaceAndResave = Effect.gen(function* () {
        const repo = yield* ArticleRepository
        expect((yield* repo.saveExtraction(article1Shorter, { replace: true })).status).toBe("replaced")
        expect((yield* repo.saveExtraction(article2, { replace: true })).status).toBe("replaced")
        return yield* everyAnswer
      })
      const after = yield* Effect.provide(replaceAndResave, old.store)
      expect(after).toEqual(yield* Effect.provide(replaceAndResave, reference.store))
      expect(after.details[0]!.statements).toHaveLength(article1.statements.length - 1)
    }), 60_000)
}

describe("migrations", () => {
  describe("sqlite", () => suite(sqliteBackend()))
  if (pgUnreachable === undefined) describe("postgres", () => suite(pgBackend()))
  else describe.skip(`postgres (skipped: ${pgUnreachable})`, () => suite(pgBackend()))
})
