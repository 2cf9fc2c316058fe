/** Links incident reports to the incidents they describe (by `isSameEvent`) and keeps each incident's aggregate current. */
import type { SqlError } from "@effect/sql/SqlError"
import { addDays, type IncidentReport, isSameEvent, Place, type StoreError } from "@wirewatch/domain"
import { Effect } from "effect"
import { aggregateOf, type IncidentAggregate } from "./IncidentAggregate.ts"
import type { PlainStatements } from "./PlainStatements.ts"
import { decodeIncidentReport, type IncidentReportRow } from "./RowCodec.ts"
import { addIncidentDay, type AggregateDeltas, type IncidentTotals } from "./RunningAggregates.ts"

/** The incidents row for an aggregate, with the lowercased keys that linking and the list filters use. */
const incidentColumns = (agg: IncidentAggregate) => ({
  kind: agg.kind,
  place_name: agg.place.name,
  place_region: agg.place.region,
  place_country: agg.place.country,
  place_country_code: agg.place.countryCode,
  place_lat: agg.place.lat,
  place_lon: agg.place.lon,
  place_key: agg.place.name.toLowerCase(),
  event_country: agg.place.countryCode ?? "",
  country_name_key: (agg.place.country ?? "").toLowerCase(),
  country_code_key: (agg.place.countryCode ?? "").toLowerCase(),
  date: agg.date,
  sort_date: agg.date ?? "",
  date_precision: agg.datePrecision,
  perpetrator_id: agg.perpetratorId,
  perpetrator: agg.perpetrator,
  perpetrator_key: agg.perpetrator?.toLowerCase() ?? null,
  weapons: JSON.stringify(agg.weapons),
  killed: agg.killed,
  injured: agg.injured,
  report_count: agg.reportCount
})

interface CandidateRow {
  readonly id: string
  readonly kind: IncidentReport["kind"]
  readonly place_name: string
  readonly place_country_code: string | null
  readonly date: string | null
}

/** The stored incident this report describes, if any: same place and kind, dates at most a day apart (closest first). */
export const findSameEvent = (
  db: PlainStatements,
  report: IncidentReport
): Effect.Effect<string | undefined, SqlError> =>
  Effect.gen(function* () {
    const candidates = `SELECT id, kind, place_name, place_country_code, date FROM incidents
      WHERE place_key = ? AND event_country = ? AND kind = ? AND`
    const key = [report.place.name.toLowerCase(), report.place.countryCode ?? "", report.kind]
    const rows =
      report.date === null
        ? yield* db.all<CandidateRow>(`${candidates} date IS NULL ORDER BY id`, key)
        : yield* db.all<CandidateRow>(`${candidates} date BETWEEN ? AND ? ORDER BY id`, [...key, addDays(report.date, -1), addDays(report.date, 1)])
    const distance = (d: string | null) =>
      report.date === null || d === null ? 0 : Math.abs(Date.parse(d) - Date.parse(report.date))
    const same = rows
      .filter((row) =>
        isSameEvent(report, {
          kind: row.kind,
          date: row.date as IncidentReport["date"],
          place: Place.make({ ...report.place, name: row.place_name, countryCode: row.place_country_code }, { disableValidation: true })
        })
      )
      .sort((a, b) => distance(a.date) - distance(b.date))
    return same[0]?.id
  })

/** Creates an incident from its first report; its id is `inc-<report id>` (suffixed if a replaced article left that id taken). */
export const createIncident = (db: PlainStatements, report: IncidentReport, deltas: AggregateDeltas): Effect.Effect<string, SqlError> =>
  Effect.gen(function* () {
    const base = `inc-${report.id}`
    let id = base
    for (let n = 2; (yield* db.all("SELECT id FROM incidents WHERE id = ?", [id])).length > 0; n++) id = `${base}-${n}`
    const columns = incidentColumns(aggregateOf([report]))
    yield* db.insert("incidents", [{ id, ...columns }])
    addIncidentDay(deltas, { date: columns.date, report_count: columns.report_count, killed: columns.killed, injured: columns.injured }, 1)
    return id
  })

/**
 * Recomputes the aggregate of each incident from its reports, deleting incidents no report describes any more; the
 * per-day incident totals move from the old row to the new one (through `deltas`).
 */
export const recomputeIncidents = (
  db: PlainStatements,
  ids: Iterable<string>,
  deltas: AggregateDeltas
): Effect.Effect<void, SqlError | StoreError> =>
  Effect.forEach(
    [...new Set(ids)].sort(),
    (id) =>
      Effect.gen(function* () {
        const rows = yield* db.all<IncidentReportRow>(
          `SELECT r.* FROM incident_reports r JOIN articles a ON a.id = r.article_id
          WHERE r.incident_id = ? ORDER BY a.date, r.article_id, r.ordinal`,
          [id]
        )
        const reports = yield* Effect.forEach(rows, decodeIncidentReport)
        const [old] = yield* db.all<IncidentTotals>("SELECT date, report_count, killed, injured FROM incidents WHERE id = ?", [id])
        if (old !== undefined) addIncidentDay(deltas, old, -1)
        const [first, ...rest] = reports
        if (first === undefined) {
          yield* db.run("DELETE FROM incidents WHERE id = ?", [id])
        } else {
          const columns = incidentColumns(aggregateOf([first, ...rest]))
          const names = Object.keys(columns) as Array<keyof typeof columns>
          yield* db.run(`UPDATE incidents SET ${names.map((c) => `${c} = ?`).join(", ")} WHERE id = ?`, [...names.map((c) => columns[c]), id])
          addIncidentDay(deltas, { date: columns.date, report_count: columns.report_count, killed: columns.killed, injured: columns.injured }, 1)
        }
      }),
    { discard: true }
  )
