/**
 * The running aggregates the write path keeps so that reads never count the whole database: actors' counters,
 * statements per speaker, day and kind, and incidents per day. Saves collect changes as deltas; a batch sums the
 * deltas of the articles it saved and applies them once, in its transaction.
 */
import { Effect } from "effect"
import type { PlainStatements } from "./PlainStatements.ts"

/** Incidents dated on a day: how many, their reports, and their killed and injured (as the incident rows hold them). */
export interface DayTotals {
  incidents: number
  reports: number
  killed: number
  injured: number
}

export interface AggregateDeltas {
  /** Per actor: statements spoken, articles appeared in. */
  readonly actors: Map<string, { statements: number; articles: number }>
  /** Per `speaker \0 day \0 kind`: statements. */
  readonly statementDays: Map<string, number>
  /** Per day: the incident totals. */
  readonly incidentDays: Map<string, DayTotals>
}

export const emptyDeltas = (): AggregateDeltas => ({ actors: new Map(), statementDays: new Map(), incidentDays: new Map() })

export const addActorDelta = (deltas: AggregateDeltas, actorId: string, statements: number, articles: number): void => {
  const d = deltas.actors.get(actorId) ?? { statements: 0, articles: 0 }
  d.statements += statements
  d.articles += articles
  deltas.actors.set(actorId, d)
}

export const addStatementDay = (deltas: AggregateDeltas, speakerId: string, day: string, kind: string, n: number): void => {
  const key = `${speakerId}\u0000${day}\u0000${kind}`
  deltas.statementDays.set(key, (deltas.statementDays.get(key) ?? 0) + n)
}

/** The columns of an incident row that the per-day totals sum. */
export interface IncidentTotals {
  readonly date: string | null
  readonly report_count: number | string
  readonly killed: number | string | null
  readonly injured: number | string | null
}

/** Adds (sign 1) or takes back (sign -1) an incident row's share of its day; undated incidents are in no day. */
export const addIncidentDay = (deltas: AggregateDeltas, row: IncidentTotals, sign: 1 | -1): void => {
  if (row.date === null) return
  const d = deltas.incidentDays.get(row.date) ?? { incidents: 0, reports: 0, killed: 0, injured: 0 }
  d.incidents += sign
  d.reports += sign * Number(row.report_count)
  d.killed += sign * Number(row.killed ?? 0)
  d.injured += sign * Number(row.injured ?? 0)
  deltas.incidentDays.set(row.date, d)
}

/** Adds `from` into `into`. */
export const mergeDeltas = (into: AggregateDeltas, from: AggregateDeltas): void => {
  for (const [id, d] of from.actors) addActorDelta(into, id, d.statements, d.articles)
  for (const [key, n] of from.statementDays) into.statementDays.set(key, (into.statementDays.get(key) ?? 0) + n)
  for (const [day, d] of from.incidentDays) {
    const t = into.incidentDays.get(day) ?? { incidents: 0, reports: 0, killed: 0, injured: 0 }
    t.incidents += d.incidents
    t.reports += d.reports
    t.killed += d.killed
    t.injured += d.injured
    into.incidentDays.set(day, t)
  }
}

const byKey = <A>([a]: readonly [string, A], [b]: readonly [string, A]) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Applies the deltas. Rows are written in key order, so concurrent saves on PostgreSQL cannot deadlock on them;
 * per-day rows whose count falls to zero are removed.
 */
export const applyDeltas = (db: PlainStatements, deltas: AggregateDeltas) =>
  Effect.gen(function* () {
    for (const [id, d] of [...deltas.actors].filter(([, d]) => d.statements !== 0 || d.articles !== 0).sort(byKey)) {
      yield* db.run("UPDATE actors SET statement_count = statement_count + ?, article_count = article_count + ? WHERE id = ?", [d.statements, d.articles, id])
    }
    const statementDays = [...deltas.statementDays].filter(([, n]) => n !== 0).sort(byKey).map(([key, n]) => {
      const [speaker_id, day, kind] = key.split("\u0000") as [string, string, string]
      return { speaker_id, day, kind, n }
    })
    yield* db.insert("statement_days", statementDays, "ON CONFLICT (speaker_id, day, kind) DO UPDATE SET n = statement_days.n + excluded.n")
    if (statementDays.some((r) => r.n < 0)) {
      const speakers = [...new Set(statementDays.filter((r) => r.n < 0).map((r) => r.speaker_id))]
      yield* db.allIn(speakers, (p) => `DELETE FROM statement_days WHERE speaker_id IN (${p}) AND n <= 0`)
    }
    const incidentDays = [...deltas.incidentDays]
      .filter(([, d]) => d.incidents !== 0 || d.reports !== 0 || d.killed !== 0 || d.injured !== 0)
      .sort(byKey)
      .map(([day, d]) => ({ day, ...d }))
    yield* db.insert(
      "incident_days",
      incidentDays,
      `ON CONFLICT (day) DO UPDATE SET incidents = incident_days.incidents + excluded.incidents,
          reports = incident_days.reports + excluded.reports, killed = incident_days.killed + excluded.killed,
          injured = incident_days.injured + excluded.injured`
    )
    if (incidentDays.some((r) => r.incidents < 0)) {
      yield* db.allIn(incidentDays.filter((r) => r.incidents < 0).map((r) => r.day), (p) => `DELETE FROM incident_days WHERE day IN (${p}) AND incidents <= 0`)
    }
  })
