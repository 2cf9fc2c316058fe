/** Single-entity reads: an article with everything extracted from it, an actor's summary, an incident with its reports. */
import type { SqlClient } from "@effect/sql"
import {
  ActorDetail,
  type ArticleId,
  ArticleDetail,
  IncidentDetail,
  NotFound,
  StoreError
} from "@wirewatch/domain"
import { Effect, Schema } from "effect"
import {
  type ActorRow,
  type ArticleRow,
  decodeActor,
  decodeArticle,
  decodeIncident,
  decodeIncidentReport,
  decodeMention,
  decodeStatement,
  type IncidentReportRow,
  type IncidentRow,
  incidentReportFields,
  type MentionRow,
  type StatementRow,
  toInt
} from "./RowCodec.ts"

const decodeDetail =
  <A, I>(schema: Schema.Schema<A, I>, operation: string) =>
  (value: unknown) =>
    Schema.decodeUnknown(schema)(value).pipe(Effect.mapError((e) => new StoreError({ operation, detail: e.message })))

const actorColumns = "c.id, c.name, c.kind, c.aliases, c.roles, c.country"

export const hasArticle = (sql: SqlClient.SqlClient, id: ArticleId) =>
  Effect.map(sql`SELECT id FROM articles WHERE id = ${id}`, (rows) => rows.length > 0)

export const countArticles = (sql: SqlClient.SqlClient) =>
  Effect.map(sql<{ n: number | string }>`SELECT COUNT(*) AS n FROM articles`, (rows) => toInt(rows[0]?.n ?? 0))

export const articleVersions = (sql: SqlClient.SqlClient) =>
  Effect.map(
    sql<{ id: ArticleId; extractor_version: string; file_name: string }>`SELECT id, extractor_version, file_name FROM articles ORDER BY id`,
    (rows) => rows.map((r) => ({ id: r.id, extractorVersion: r.extractor_version, fileName: r.file_name }))
  )

/** The article with its actors (as merged across articles), mentions, statements and reports, in extraction order. */
export const getArticle = (sql: SqlClient.SqlClient, id: string) =>
  Effect.gen(function* () {
    const [row] = yield* sql<ArticleRow & { no: number | string }>`SELECT * FROM articles WHERE id = ${id}`
    if (row === undefined) return yield* new NotFound({ entity: "article", id })
    const article = yield* decodeArticle(row)
    // The article's rows in the other tables are keyed by its number.
    const no = toInt(row.no)
    // The actors the extraction listed, in its order, then any other actor its statements or mentions name.
    const actors = yield* Effect.flatMap(
      sql<ActorRow>`SELECT ${sql.literal(actorColumns)} FROM actors c
        LEFT JOIN article_actors aa ON aa.actor_id = c.id AND aa.article_no = ${no}
        WHERE c.id IN (
          SELECT actor_id FROM article_actors WHERE article_no = ${no}
          UNION SELECT speaker_id FROM statements WHERE article_no = ${no}
          UNION SELECT actor_id FROM mentions WHERE article_no = ${no})
        ORDER BY CASE WHEN aa.ordinal IS NULL THEN 1 ELSE 0 END, aa.ordinal, c.id`,
      Effect.forEach(decodeActor)
    )
    const mentions = yield* Effect.flatMap(
      sql<MentionRow>`SELECT actor_id, start_offset, end_offset, text FROM mentions WHERE article_no = ${no} ORDER BY ordinal`,
      Effect.forEach(decodeMention)
    )
    const statements = yield* Effect.flatMap(
      sql<StatementRow>`SELECT * FROM statements WHERE article_no = ${no} ORDER BY ordinal`,
      Effect.forEach(decodeStatement)
    )
    const incidents = yield* Effect.flatMap(
      sql<IncidentReportRow>`SELECT * FROM incident_reports WHERE article_no = ${no} ORDER BY ordinal`,
      Effect.forEach(decodeIncidentReport)
    )
    return new ArticleDetail({ article, actors, mentions, statements, incidents }, { disableValidation: true })
  })

/** How many cues and co-mentioned actors an actor summary shows. */
const TOP_CUES = 5
const TOP_CO_MENTIONED = 10

/** The actor with counts, first and last statement dates, favourite cues and the actors named in the same articles. */
export const getActor = (sql: SqlClient.SqlClient, id: string) =>
  Effect.gen(function* () {
    const [row] = yield* sql<ActorRow & { statement_count: number; article_count: number }>`
      SELECT ${sql.literal(actorColumns)}, c.statement_count, c.article_count FROM actors c WHERE c.id = ${id}`
    if (row === undefined) return yield* new NotFound({ entity: "actor", id })
    const actor = yield* decodeActor(row)
    const [range] = yield* sql<{ first: string | null; last: string | null }>`
      SELECT min(effective_date) AS first, max(effective_date) AS last FROM statements WHERE speaker_id = ${id}`
    const cues = yield* sql<{ cue: string; n: number | string }>`
      SELECT cue, count(*) AS n FROM statements WHERE speaker_id = ${id} AND cue IS NOT NULL
      GROUP BY cue ORDER BY count(*) DESC, cue ASC LIMIT ${TOP_CUES}`
    const coMentioned = yield* sql<{ actor_id: string; name: string; n: number | string }>`
      SELECT m.actor_id, c.name, count(DISTINCT m.article_no) AS n
      FROM mentions m JOIN actors c ON c.id = m.actor_id
      WHERE m.actor_id <> ${id} AND m.article_no IN (SELECT article_no FROM mentions WHERE actor_id = ${id})
      GROUP BY m.actor_id, c.name ORDER BY count(DISTINCT m.article_no) DESC, m.actor_id ASC LIMIT ${TOP_CO_MENTIONED}`
    return yield* decodeDetail(ActorDetail, "read actor")({
      actor,
      statementCount: toInt(row.statement_count),
      articleCount: toInt(row.article_count),
      firstStatement: range?.first ?? null,
      lastStatement: range?.last ?? null,
      topCues: cues.map((c) => ({ cue: c.cue, count: toInt(c.n) })),
      coMentioned: coMentioned.map((c) => ({ actorId: c.actor_id, name: c.name, count: toInt(c.n) }))
    })
  })

/** The incident with every report of it, in publication order. */
export const getIncident = (sql: SqlClient.SqlClient, id: string) =>
  Effect.gen(function* () {
    const [row] = yield* sql<IncidentRow>`SELECT * FROM incidents WHERE id = ${id}`
    if (row === undefined) return yield* new NotFound({ entity: "incident", id })
    const incident = yield* decodeIncident(row)
    const reports = yield* sql<IncidentReportRow & { article_date: string; article_file_name: string }>`
      SELECT r.*, a.date AS article_date, a.file_name AS article_file_name
      FROM incident_reports r JOIN articles a ON a.id = r.article_id
      WHERE r.incident_id = ${id} ORDER BY a.date, r.article_id, r.ordinal`
    const decoded = yield* Effect.forEach(reports, (r) =>
      Effect.try({
        try: () => ({ ...incidentReportFields(r), articleDate: r.article_date, articleFileName: r.article_file_name }),
        catch: (e) => new StoreError({ operation: "read incident", detail: String(e) })
      })
    )
    return yield* decodeDetail(IncidentDetail, "read incident")({ incident: { ...incident }, reports: decoded })
  })
