/**
 * Time series: statements per actor and incidents per bucket, counted per day in SQL and folded into buckets here.
 * The per-day counts come from the running aggregates (statement_days, incident_days, actors' counters) unless a
 * filter they do not keep is asked for (`q` on statements; country, place or perpetrator on incidents).
 */
import type { SqlClient } from "@effect/sql"
import type {
  IncidentSeries,
  IncidentSeriesPoint,
  IncidentSeriesQuery,
  Interval,
  IsoDate,
  StatementSeries,
  StatementSeriesQuery
} from "@wirewatch/domain"
import type { Fragment } from "@effect/sql/Statement"
import { Effect } from "effect"
import { bucketOf, bucketRange } from "./Buckets.ts"
import { incidentConditions, statementConditions } from "./Filters.ts"
import { toInt } from "./RowCodec.ts"

/** `bucketOf` for one interval, remembered per day: rows repeat days (one per actor), and dates are slow to compute with. */
const bucketsOfDays = (interval: Interval) => {
  const known = new Map<string, IsoDate>()
  return (day: string): IsoDate => {
    let bucket = known.get(day)
    if (bucket === undefined) {
      bucket = bucketOf(day as IsoDate, interval)
      known.set(day, bucket)
    }
    return bucket
  }
}

/** How many actors a statement series shows when the query names none. */
const TOP_ACTORS = 5

/** The buckets from `from` (else the first day with data) to `to` (else the last); none when neither end is known. */
const bucketsFor = (
  interval: Interval,
  from: IsoDate | undefined,
  to: IsoDate | undefined,
  days: ReadonlyArray<string>
): ReadonlyArray<IsoDate> => {
  let first: IsoDate | undefined
  let last: IsoDate | undefined
  for (const d of days as ReadonlyArray<IsoDate>) {
    if (first === undefined || d < first) first = d
    if (last === undefined || d > last) last = d
  }
  const start = from ?? first ?? to
  const end = to ?? last ?? from
  return start === undefined || end === undefined ? [] : bucketRange(start, end, interval)
}

type DayCount = { speaker_id: string; day: string; n: number | string }

/**
 * The first day of the bucket holding the ISO date in `column`, computed by the database (as `bucketOf` does), so
 * that the aggregates come back one row per bucket rather than per day.
 */
const bucketColumn = (sql: SqlClient.SqlClient, column: string, interval: Interval): Fragment => {
  switch (interval) {
    case "day":
      return sql.literal(column)
    case "month":
      return sql.literal(`substr(${column}, 1, 7) || '-01'`)
    case "week":
      return sql.onDialectOrElse({
        pg: () => sql.literal(`to_char(date_trunc('week', ${column}::date), 'YYYY-MM-DD')`),
        orElse: () => sql.literal(`date(${column}, '-' || ((CAST(strftime('%w', ${column}) AS INTEGER) + 6) % 7) || ' days')`)
      })
  }
}

/** The day range and kind over statement_days (alias `d`). */
const dayConditions = (sql: SqlClient.SqlClient, query: Pick<StatementSeriesQuery, "from" | "to" | "kind">): Fragment => {
  const conditions: Array<Fragment> = []
  if (query.from !== undefined) conditions.push(sql`d.day >= ${query.from}`)
  if (query.to !== undefined) conditions.push(sql`d.day <= ${query.to}`)
  if (query.kind !== undefined) conditions.push(sql`d.kind = ${query.kind}`)
  return sql.and(conditions)
}

/** The five most quoted actors in range, and each actor's statements per bucket (labelled by its first day), from the running aggregates. */
const statementDaysFromAggregates = (sql: SqlClient.SqlClient, query: StatementSeriesQuery, requested: ReadonlyArray<string> | undefined) =>
  Effect.gen(function* () {
    const unfiltered = query.from === undefined && query.to === undefined && query.kind === undefined
    const actorIds =
      requested ??
      (unfiltered
        ? yield* sql<{ id: string }>`
            SELECT id FROM actors WHERE statement_count > 0 ORDER BY statement_count DESC, id ASC LIMIT ${TOP_ACTORS}`
        : yield* sql<{ id: string }>`
            SELECT d.speaker_id AS id FROM statement_days d WHERE ${dayConditions(sql, query)}
            GROUP BY d.speaker_id ORDER BY sum(d.n) DESC, d.speaker_id ASC LIMIT ${TOP_ACTORS}`
      ).map((r) => r.id)
    const days =
      actorIds.length === 0
        ? []
        : yield* sql<DayCount>`
            SELECT d.speaker_id, ${bucketColumn(sql, "d.day", query.interval)} AS day, sum(d.n) AS n FROM statement_days d
            WHERE ${sql.in("d.speaker_id", actorIds)} AND ${dayConditions(sql, query)}
            GROUP BY d.speaker_id, ${bucketColumn(sql, "d.day", query.interval)}`
    return { actorIds, days }
  })

/** The same from the statements themselves (what a text filter needs). */
const statementDaysFromStatements = (sql: SqlClient.SqlClient, query: StatementSeriesQuery, requested: ReadonlyArray<string> | undefined) =>
  Effect.gen(function* () {
    const filters = { from: query.from, to: query.to, kind: query.kind, q: query.q }
    const actorIds =
      requested ??
      (yield* sql<{ speaker_id: string }>`
        SELECT s.speaker_id FROM statements s
        WHERE s.speaker_id IS NOT NULL AND ${statementConditions(sql, filters)}
        GROUP BY s.speaker_id ORDER BY count(*) DESC, s.speaker_id ASC LIMIT ${TOP_ACTORS}`).map((r) => r.speaker_id)
    const days =
      actorIds.length === 0
        ? []
        : yield* sql<DayCount>`
            SELECT s.speaker_id, s.effective_date AS day, count(*) AS n FROM statements s
            WHERE ${statementConditions(sql, { ...filters, actor: actorIds })}
            GROUP BY s.speaker_id, s.effective_date`
    return { actorIds, days }
  })

/** Statement counts per bucket for the requested actors, or for the five most quoted in range. */
export const statementSeries = (sql: SqlClient.SqlClient, query: StatementSeriesQuery) =>
  Effect.gen(function* () {
    const requested = query.actor !== undefined && query.actor.length > 0 ? [...new Set(query.actor)] : undefined
    const { actorIds, days } =
      query.q !== undefined && query.q.length > 0
        ? yield* statementDaysFromStatements(sql, query, requested)
        : yield* statementDaysFromAggregates(sql, query, requested)
    if (actorIds.length === 0) {
      return { interval: query.interval, buckets: bucketsFor(query.interval, query.from, query.to, []), series: [] } satisfies StatementSeries
    }
    const names = yield* sql<{ id: string; name: string }>`SELECT id, name FROM actors WHERE ${sql.in("id", actorIds)}`
    const buckets = bucketsFor(query.interval, query.from, query.to, days.map((d) => d.day))
    const counts = new Map<string, number>()
    const bucketOfDay = bucketsOfDays(query.interval)
    for (const d of days) {
      const key = `${d.speaker_id}\u0000${bucketOfDay(d.day)}`
      counts.set(key, (counts.get(key) ?? 0) + toInt(d.n))
    }
    const nameOf = new Map(names.map((n) => [n.id, n.name]))
    return {
      interval: query.interval,
      buckets,
      series: actorIds.map((actorId) => ({
        actorId,
        actorName: nameOf.get(actorId) ?? actorId,
        points: buckets.map((bucket) => ({ bucket, count: counts.get(`${actorId}\u0000${bucket}`) ?? 0 }))
      }))
    } satisfies StatementSeries
  })

/** Per bucket: reports, incidents, and the killed and injured of the incidents dated in it (undated incidents left out). */
export const incidentSeries = (sql: SqlClient.SqlClient, query: IncidentSeriesQuery) =>
  Effect.gen(function* () {
    type DayTotalsRow = { day: string; incidents: number | string; reports: number | string; killed: number | string | null; injured: number | string | null }
    const byPlaceOrPerpetrator = query.country !== undefined || query.place !== undefined || query.perpetrator !== undefined
    const range: Array<Fragment> = []
    if (query.from !== undefined) range.push(sql`d.day >= ${query.from}`)
    if (query.to !== undefined) range.push(sql`d.day <= ${query.to}`)
    const days = byPlaceOrPerpetrator
      ? yield* sql<DayTotalsRow>`
          SELECT i.date AS day, count(*) AS incidents, sum(i.report_count) AS reports,
            sum(coalesce(i.killed, 0)) AS killed, sum(coalesce(i.injured, 0)) AS injured
          FROM incidents i
          WHERE i.date IS NOT NULL AND ${incidentConditions(sql, query)}
          GROUP BY i.date`
      : yield* sql<DayTotalsRow>`
          SELECT ${bucketColumn(sql, "d.day", query.interval)} AS day, sum(d.incidents) AS incidents, sum(d.reports) AS reports,
            sum(d.killed) AS killed, sum(d.injured) AS injured
          FROM incident_days d WHERE ${sql.and(range)}
          GROUP BY ${bucketColumn(sql, "d.day", query.interval)}`
    const buckets = bucketsFor(query.interval, query.from, query.to, days.map((d) => d.day))
    const points = new Map<string, { reports: number; incidents: number; killed: number; injured: number }>(
      buckets.map((b) => [b, { reports: 0, incidents: 0, killed: 0, injured: 0 }])
    )
    const bucketOfDay = bucketsOfDays(query.interval)
    for (const d of days) {
      const point = points.get(bucketOfDay(d.day))
      if (point === undefined) continue
      point.reports += toInt(d.reports)
      point.incidents += toInt(d.incidents)
      point.killed += toInt(d.killed)
      point.injured += toInt(d.injured)
    }
    return {
      interval: query.interval,
      points: buckets.map((bucket): IncidentSeriesPoint => ({ bucket, ...points.get(bucket)! }))
    } satisfies IncidentSeries
  })
