/** SQL conditions for the filters of Query.ts, shared by the lists and the time series. */
import type { SqlClient } from "@effect/sql"
import type { Fragment } from "@effect/sql/Statement"
import type { IncidentQuery, StatementQuery } from "@wirewatch/domain"
import { containsPattern } from "./RowCodec.ts"

/** `column` contains `q`, case-insensitively (the column holds lowercased text). */
export const contains = (sql: SqlClient.SqlClient, column: string, q: string): Fragment =>
  sql`${sql.literal(column)} LIKE ${containsPattern(q)} ESCAPE '\\'`

/** Statements (alias `s`) matching the filters; dates are the statement's own, else its article's. */
export const statementConditions = (
  sql: SqlClient.SqlClient,
  query: Pick<StatementQuery, "actor" | "from" | "to" | "kind" | "q" | "article">
): Fragment => {
  const conditions: Array<Fragment> = []
  if (query.actor !== undefined && query.actor.length > 0) conditions.push(sql.in("s.speaker_id", query.actor))
  if (query.from !== undefined) conditions.push(sql`s.effective_date >= ${query.from}`)
  if (query.to !== undefined) conditions.push(sql`s.effective_date <= ${query.to}`)
  if (query.kind !== undefined) conditions.push(sql`s.kind = ${query.kind}`)
  if (query.q !== undefined && query.q.length > 0) conditions.push(contains(sql, "s.search_text", query.q))
  // Through the article's number: statements are keyed by it (an unknown article has none, and matches nothing).
  if (query.article !== undefined) conditions.push(sql`s.article_no = (SELECT no FROM articles WHERE id = ${query.article})`)
  return sql.and(conditions)
}

/** Incidents (alias `i`) matching the filters: country by name or code, place and perpetrator case-insensitively, date range. */
export const incidentConditions = (
  sql: SqlClient.SqlClient,
  query: Pick<IncidentQuery, "country" | "place" | "perpetrator" | "from" | "to">
): Fragment => {
  const conditions: Array<Fragment> = []
  if (query.country !== undefined) {
    const country = query.country.trim().toLowerCase()
    conditions.push(sql`(i.country_name_key = ${country} OR i.country_code_key = ${country})`)
  }
  if (query.place !== undefined) conditions.push(sql`i.place_key = ${query.place.trim().toLowerCase()}`)
  if (query.perpetrator !== undefined) {
    const perpetrator = query.perpetrator.trim()
    conditions.push(sql`(i.perpetrator_key = ${perpetrator.toLowerCase()} OR i.perpetrator_id = ${perpetrator})`)
  }
  if (query.from !== undefined) conditions.push(sql`i.date >= ${query.from}`)
  if (query.to !== undefined) conditions.push(sql`i.date <= ${query.to}`)
  return sql.and(conditions)
}
