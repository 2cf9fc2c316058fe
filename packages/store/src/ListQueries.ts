/** The paginated lists: articles, actors, statements and incidents, filtered as in Query.ts and ordered by a keyset. */
import type { SqlClient } from "@effect/sql"
import type { SqlError } from "@effect/sql/SqlError"
import type { Fragment } from "@effect/sql/Statement"
import {
  type ActorQuery,
  ActorSummary,
  type ArticleQuery,
  ArticleSummary,
  type IncidentQuery,
  type IncidentView,
  type Page,
  type StatementQuery,
  type StatementView,
  StoreError
} from "@wirewatch/domain"
import { Effect, Schema } from "effect"
import { afterKey, decodeCursor, DEFAULT_LIMIT, type KeyValues, orderBy, pageOf, type SortKey } from "./Cursor.ts"
import { contains, incidentConditions, statementConditions } from "./Filters.ts"
import { decodeIncident, decodeStatementView, type IncidentRow, type StatementViewRow, toInt } from "./RowCodec.ts"

/** Runs one page of a list: the filters, the rows after the cursor, `limit + 1` rows to know whether more follow. */
const listPage = <Row extends object, A>(
  sql: SqlClient.SqlClient,
  spec: {
    readonly operation: string
    readonly keys: ReadonlyArray<SortKey>
    readonly keyOf: (row: Row) => KeyValues
    readonly query: (where: Fragment, order: Fragment, limit: number) => Effect.Effect<ReadonlyArray<Row>, SqlError>
    readonly decode: (row: Row) => Effect.Effect<A, StoreError>
  },
  filters: Fragment,
  paging: { readonly limit?: number | undefined; readonly cursor?: string | undefined }
) =>
  Effect.gen(function* () {
    const limit = paging.limit ?? DEFAULT_LIMIT
    const after = paging.cursor === undefined ? [] : [afterKey(sql, spec.keys, yield* decodeCursor(paging.cursor, spec.keys))]
    const rows = yield* spec.query(sql.and([filters, ...after]), orderBy(sql, spec.keys), limit + 1)
    const items = yield* Effect.forEach(rows.slice(0, limit), spec.decode)
    return pageOf(rows, limit, spec.keyOf, items) satisfies Page<A>
  })

const decodeWith =
  <A, I>(schema: Schema.Schema<A, I>, operation: string) =>
  (value: unknown) =>
    Schema.decodeUnknown(schema)(value).pipe(Effect.mapError((e) => new StoreError({ operation, detail: e.message })))

interface ArticleSummaryRow {
  readonly id: string
  readonly file_name: string
  readonly date: string
  readonly title: string
  readonly statement_count: number
  readonly incident_count: number
}

/** Articles, newest first. */
export const listArticles = (sql: SqlClient.SqlClient, query: ArticleQuery) => {
  const conditions: Array<Fragment> = []
  if (query.from !== undefined) conditions.push(sql`a.date >= ${query.from}`)
  if (query.to !== undefined) conditions.push(sql`a.date <= ${query.to}`)
  if (query.q !== undefined && query.q.length > 0) conditions.push(contains(sql, "a.search_text", query.q))
  return listPage<ArticleSummaryRow, ArticleSummary>(
    sql,
    {
      operation: "list articles",
      keys: [
        { column: "a.date", direction: "desc", type: "string" },
        { column: "a.id", direction: "asc", type: "string" }
      ],
      keyOf: (r) => [r.date, r.id],
      query: (where, order, limit) => sql<ArticleSummaryRow>`
        SELECT a.id, a.file_name, a.date, a.title, a.statement_count, a.incident_count FROM articles a
        WHERE ${where} ORDER BY ${order} LIMIT ${limit}`,
      decode: (r) =>
        decodeWith(ArticleSummary, "list articles")({
          id: r.id,
          fileName: r.file_name,
          date: r.date,
          title: r.title,
          statementCount: toInt(r.statement_count),
          incidentCount: toInt(r.incident_count)
        })
    },
    sql.and(conditions),
    query
  )
}

interface ActorSummaryRow {
  readonly id: string
  readonly name: string
  readonly kind: string
  readonly aliases: string
  readonly statement_count: number
  readonly article_count: number
}

/** Actors, the most quoted first. */
export const listActors = (sql: SqlClient.SqlClient, query: ActorQuery) => {
  const conditions: Array<Fragment> = []
  if (query.kind !== undefined) conditions.push(sql`c.kind = ${query.kind}`)
  if (query.q !== undefined && query.q.length > 0) conditions.push(contains(sql, "c.search_text", query.q))
  return listPage<ActorSummaryRow, ActorSummary>(
    sql,
    {
      operation: "list actors",
      keys: [
        { column: "c.statement_count", direction: "desc", type: "number" },
        { column: "c.id", direction: "asc", type: "string" }
      ],
      keyOf: (r) => [toInt(r.statement_count), r.id],
      query: (where, order, limit) => sql<ActorSummaryRow>`
        SELECT c.id, c.name, c.kind, c.aliases, c.statement_count, c.article_count FROM actors c
        WHERE ${where} ORDER BY ${order} LIMIT ${limit}`,
      decode: (r) =>
        Effect.try({ try: () => JSON.parse(r.aliases) as unknown, catch: (e) => new StoreError({ operation: "list actors", detail: String(e) }) }).pipe(
          Effect.flatMap((aliases) =>
            decodeWith(ActorSummary, "list actors")({
              id: r.id,
              name: r.name,
              kind: r.kind,
              aliases,
              statementCount: toInt(r.statement_count),
              articleCount: toInt(r.article_count)
            })
          )
        )
    },
    sql.and(conditions),
    query
  )
}

/** The columns of a StatementView: the statement and its article's date, file and sources. */
export const statementViewColumns = `s.id, s.article_id, s.speaker_id, s.speaker_name, s.speaker_kind, s.speaker_mention, s.kind,
  s.text, s.start_offset, s.end_offset, s.sentence_start, s.sentence_end, s.sentence_text, s.cue, s.date, s.addressee,
  s.channel, s.effective_date, s.ordinal, a.date AS article_date, a.file_name AS article_file_name, a.sources AS article_sources`

/** Statements, newest first, in document order within an article. */
export const listStatements = (sql: SqlClient.SqlClient, query: StatementQuery) =>
  listPage<StatementViewRow & { readonly effective_date: string; readonly ordinal: number }, StatementView>(
    sql,
    {
      operation: "list statements",
      keys: [
        { column: "s.effective_date", direction: "desc", type: "string" },
        { column: "s.article_id", direction: "asc", type: "string" },
        { column: "s.ordinal", direction: "asc", type: "number" }
      ],
      keyOf: (r) => [r.effective_date, r.article_id, toInt(r.ordinal)],
      query: (where, order, limit) => sql`
        SELECT ${sql.literal(statementViewColumns)}
        FROM statements s JOIN articles a ON a.id = s.article_id
        WHERE ${where} ORDER BY ${order} LIMIT ${limit}`,
      decode: decodeStatementView
    },
    statementConditions(sql, query),
    query
  )

/** Incidents, the most recent first, undated ones last. */
export const listIncidents = (sql: SqlClient.SqlClient, query: IncidentQuery) =>
  listPage<IncidentRow, IncidentView>(
    sql,
    {
      operation: "list incidents",
      keys: [
        { column: "i.sort_date", direction: "desc", type: "string" },
        { column: "i.id", direction: "asc", type: "string" }
      ],
      keyOf: (r) => [r.sort_date, r.id],
      query: (where, order, limit) => sql<IncidentRow>`SELECT i.* FROM incidents i WHERE ${where} ORDER BY ${order} LIMIT ${limit}`,
      decode: decodeIncident
    },
    incidentConditions(sql, query),
    query
  )
