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
import { remembered } from "@wirewatch/domain"
import { Effect } from "effect"
import { bucketOf, bucketRange } from "./Buckets.ts"
import { incidentConditions, statementConditions } from "./Filters.ts"
import { toInt } from "./RowCodec.ts"

/** Bounds the memo far above the days of any real archive (27 years), so odd dates cannot grow it without end. */
const MEMO_MAX = 10_000

/** `bucketOf`, remembered per interval: dates are slow to compute with, and the same few thousand days come back in every series. */
const bucketOfDayIn: Record<Interval, (day: string) => IsoDate> = {
  day: remembered((day) => bucketOf(day as IsoDate, "day"), MEMO_MAX),
  week: remembered((day) => bucketOf(day as IsoDate, "week"), MEMO_MAX),
  month: remembered((day) => bucketOf(day as IsoDate, "month"), MEMO_MAX)
}

const bucketOfDay = (day: string, interval: Interval): IsoDate => bucketOfDayIn[interval](day)

/** How many actors a statement series shows when the query names none. */
const TOP_ACTORS = 5

/** The buckets from `from` (else the first day with data) to `to` (else the last); none when neither end is known. */
const bucketsFor = (
  interval: Interval,
  from: IsoDate | undefined,
  to: IsoDate | undefined,
  first: IsoDate | undefined,
  last: IsoDate | undefined
): ReadonlyArray<IsoDate> => {
  const start = from ?? first ?? to
  const end = to ?? last ?? from
  if (start === undefined || end === undefined) return []
  return rangeOf(`${interval}:${start}:${end}`)
}

/**
 * `bucketRange` of a key `interval:start:end`, remembered (a few hundred dates each, built with Date objects), shared
 * read-only by the answers.
 */
const rangeOf = remembered((key): ReadonlyArray<IsoDate> => {
  const [interval, start, end] = key.split(":") as [Interval, IsoDate, IsoDate]
  return bucketRange(start, end, interval)
}, 1_000)

/** Statement counts per actor and bucket, with the first and last day counted. */
class BucketCounts {
  readonly byActor = new Map<string, Map<string, number>>()
  first: IsoDate | undefined
  last: IsoDate | undefined
  constructor(readonly interval: Interval) {}

  add(actorId: string, day: string, n: number): void {
    if (this.first === undefined || day < this.first) this.first = day as IsoDate
    if (this.last === undefined || day > this.last) this.last = day as IsoDate
    let counts = this.byActor.get(actorId)
    if (counts === undefined) {
      counts = new Map()
      this.byActor.set(actorId, counts)
    }
    const bucket = bucketOfDay(day, this.interval)
    counts.set(bucket, (counts.get(bucket) ?? 0) + n)
  }

  /** `day:n` pairs joined by commas, as `dayCountList` aggregates them. */
  addList(actorId: string, list: string | null): void {
    forEachDayEntry(list, 1, (day, values) => this.add(actorId, day, values[0]!))
  }
}

/**
 * Reads a list made by `dayCountList`: `width` integers after each ISO day, all separated by `:`, entries by `,`.
 * Read by character codes: splitting it into arrays of strings cost twice as much.
 */
const forEachDayEntry = (list: string | null, width: number, f: (day: string, values: ReadonlyArray<number>) => void): void => {
  if (list === null) return
  const values = new Array<number>(width).fill(0)
  let i = 0
  while (i < list.length) {
    const day = list.slice(i, i + 10)
    i += 10
    for (let k = 0; k < width; k++) {
      i++ // the ':'
      const negative = list.charCodeAt(i) === 45
      if (negative) i++
      let n = 0
      for (let c = list.charCodeAt(i); c >= 48 && c <= 57; c = list.charCodeAt(++i)) n = n * 10 + c - 48
      values[k] = negative ? -n : n
    }
    f(day, values)
    i++ // the ','
  }
}

/**
 * An aggregate of `day:n` pairs, one string per group: building a JavaScript row object per day cost about three
 * times the scan itself (weekly series of the top actors, SQLite, 6.8k-article snapshot: 17 ms as rows per actor and
 * week, 5.6 ms as one list per actor). ISO dates hold no `:` or `,`.
 */
const dayCountList = (sql: SqlClient.SqlClient, day: string, n: string): Fragment =>
  sql.onDialectOrElse({
    pg: () => sql.literal(`string_agg(${day} || ':' || ${n}, ',')`),
    orElse: () => sql.literal(`group_concat(${day} || ':' || ${n}, ',')`)
  })

/** The day range and kind over statement_days (alias `d`). */
const dayConditions = (sql: SqlClient.SqlClient, query: Pick<StatementSeriesQuery, "from" | "to" | "kind">): Fragment => {
  const conditions: Array<Fragment> = []
  if (query.from !== undefined) conditions.push(sql`d.day >= ${query.from}`)
  if (query.to !== undefined) conditions.push(sql`d.day <= ${query.to}`)
  if (query.kind !== undefined) conditions.push(sql`d.kind = ${query.kind}`)
  return sql.and(conditions)
}

/** The five most quoted actors in range, and each actor's statements per day, from the running aggregates. */
const statementDaysFromAggregates = (
  sql: SqlClient.SqlClient,
  query: StatementSeriesQuery,
  requested: ReadonlyArray<string> | undefined,
  counts: BucketCounts
) =>
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
    if (actorIds.length === 0) return actorIds
    const lists = yield* sql<{ speaker_id: string; days: string | null }>`
      SELECT d.speaker_id, ${dayCountList(sql, "d.day", "d.n")} AS days FROM statement_days d
      WHERE ${sql.in("d.speaker_id", actorIds)} AND ${dayConditions(sql, query)}
      GROUP BY d.speaker_id`
    for (const l of lists) counts.addList(l.speaker_id, l.days)
    return actorIds
  })

/**
 * SQLite: read the statements table in order rather than through an index. Without it, SQLite answers "every speaker's
 * statements matching q" through the (speaker_id, effective_date) index, one random table read per statement: on the
 * 100k-article database (783k statements) 3.0 s of CPU against 0.5 s for one pass over the table.
 */
const wholeTable = (sql: SqlClient.SqlClient): Fragment =>
  sql.onDialectOrElse({ pg: () => sql.literal(""), orElse: () => sql.literal("NOT INDEXED") })

type SpeakerDayCount = { speaker_id: string; day: string; n: number | string }

/** The same from the statements themselves (what a text filter needs). */
const statementDaysFromStatements = (
  sql: SqlClient.SqlClient,
  query: StatementSeriesQuery,
  requested: ReadonlyArray<string> | undefined,
  counts: BucketCounts
) =>
  Effect.gen(function* () {
    const filters = { from: query.from, to: query.to, kind: query.kind, q: query.q }
    if (requested !== undefined) {
      // A few named actors: their statements through the speaker index (the top actor's 34k: ~0.1 s).
      const days = yield* sql<SpeakerDayCount>`
        SELECT s.speaker_id, s.effective_date AS day, count(*) AS n FROM statements s
        WHERE ${statementConditions(sql, { ...filters, actor: requested })}
        GROUP BY s.speaker_id, s.effective_date`
      for (const d of days) counts.add(d.speaker_id, d.day, toInt(d.n))
      return requested
    }
    // Every speaker's matching statements per day in one pass; the five most quoted are picked from it.
    const days = yield* sql<SpeakerDayCount>`
      SELECT s.speaker_id, s.effective_date AS day, count(*) AS n FROM statements s ${wholeTable(sql)}
      WHERE s.speaker_id IS NOT NULL AND ${statementConditions(sql, filters)}
      GROUP BY s.speaker_id, s.effective_date`
    const totals = new Map<string, number>()
    for (const d of days) totals.set(d.speaker_id, (totals.get(d.speaker_id) ?? 0) + toInt(d.n))
    const actorIds = [...totals]
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, TOP_ACTORS)
      .map(([id]) => id)
    const top = new Set(actorIds)
    for (const d of days) if (top.has(d.speaker_id)) counts.add(d.speaker_id, d.day, toInt(d.n))
    return actorIds
  })

/** Statement counts per bucket for the requested actors, or for the five most quoted in range. */
export const statementSeries = (sql: SqlClient.SqlClient, query: StatementSeriesQuery) =>
  Effect.gen(function* () {
    const requested = query.actor !== undefined && query.actor.length > 0 ? [...new Set(query.actor)] : undefined
    const counts = new BucketCounts(query.interval)
    const actorIds =
      query.q !== undefined && query.q.length > 0
        ? yield* statementDaysFromStatements(sql, query, requested, counts)
        : yield* statementDaysFromAggregates(sql, query, requested, counts)
    if (actorIds.length === 0) {
      return { interval: query.interval, buckets: bucketsFor(query.interval, query.from, query.to, undefined, undefined), series: [] } satisfies StatementSeries
    }
    const names = yield* sql<{ id: string; name: string }>`SELECT id, name FROM actors WHERE ${sql.in("id", actorIds)}`
    const buckets = bucketsFor(query.interval, query.from, query.to, counts.first, counts.last)
    const nameOf = new Map(names.map((n) => [n.id, n.name]))
    return {
      interval: query.interval,
      buckets,
      series: actorIds.map((actorId) => {
        const byBucket = counts.byActor.get(actorId)
        return {
          actorId,
          actorName: nameOf.get(actorId) ?? actorId,
          points: buckets.map((bucket) => ({ bucket, count: byBucket?.get(bucket) ?? 0 }))
        }
      })
    } satisfies StatementSeries
  })

/** Per bucket: reports, incidents, and the killed and injured of the incidents dated in it (undated incidents left out). */
export const incidentSeries = (sql: SqlClient.SqlClient, query: IncidentSeriesQuery) =>
  Effect.gen(function* () {
    type Totals = { reports: number; incidents: number; killed: number; injured: number }
    const byBucket = new Map<string, Totals>()
    let first: IsoDate | undefined
    let last: IsoDate | undefined
    const add = (day: string, incidents: number, reports: number, killed: number, injured: number) => {
      if (first === undefined || day < first) first = day as IsoDate
      if (last === undefined || day > last) last = day as IsoDate
      const bucket = bucketOfDay(day, query.interval)
      const t = byBucket.get(bucket)
      if (t === undefined) byBucket.set(bucket, { reports, incidents, killed, injured })
      else {
        t.reports += reports
        t.incidents += incidents
        t.killed += killed
        t.injured += injured
      }
    }
    if (query.country !== undefined || query.place !== undefined || query.perpetrator !== undefined) {
      const days = yield* sql<{ day: string; incidents: number | string; reports: number | string; killed: number | string | null; injured: number | string | null }>`
        SELECT i.date AS day, count(*) AS incidents, sum(i.report_count) AS reports,
          sum(coalesce(i.killed, 0)) AS killed, sum(coalesce(i.injured, 0)) AS injured
        FROM incidents i
        WHERE i.date IS NOT NULL AND ${incidentConditions(sql, query)}
        GROUP BY i.date`
      for (const d of days) add(d.day, toInt(d.incidents), toInt(d.reports), toInt(d.killed), toInt(d.injured))
    } else {
      const range: Array<Fragment> = []
      if (query.from !== undefined) range.push(sql`d.day >= ${query.from}`)
      if (query.to !== undefined) range.push(sql`d.day <= ${query.to}`)
      // One list of `day:incidents:reports:killed:injured` for the same reason as dayCountList.
      const [row] = yield* sql<{ days: string | null }>`
        SELECT ${dayCountList(sql, "d.day", "d.incidents || ':' || d.reports || ':' || d.killed || ':' || d.injured")} AS days
        FROM incident_days d WHERE ${sql.and(range)}`
      forEachDayEntry(row?.days ?? null, 4, (day, [incidents, reports, killed, injured]) =>
        add(day, incidents!, reports!, killed!, injured!)
      )
    }
    const buckets = bucketsFor(query.interval, query.from, query.to, first, last)
    return {
      interval: query.interval,
      points: buckets.map((bucket): IncidentSeriesPoint => ({ bucket, ...(byBucket.get(bucket) ?? { reports: 0, incidents: 0, killed: 0, injured: 0 }) }))
    } satisfies IncidentSeries
  })
