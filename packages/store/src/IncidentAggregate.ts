/** The merged view of one incident computed from all its reports: highest tolls, all weapons, the most precise date. */
import type { DatePrecision, IncidentReport, Weapon } from "@wirewatch/domain"

type ReportFacts = Pick<
  IncidentReport,
  "kind" | "place" | "date" | "datePrecision" | "perpetratorId" | "perpetrator" | "weapons" | "killed" | "injured"
>

export interface IncidentAggregate extends ReportFacts {
  readonly reportCount: number
}

const precisionRank: Record<DatePrecision, number> = { day: 0, week: 1, month: 2 }

const maxOf = (values: ReadonlyArray<number | null>): number | null =>
  values.reduce<number | null>((m, v) => (v === null ? m : m === null ? v : Math.max(m, v)), null)

/**
 * Aggregates reports given in publication order (non-empty): kind and place of the first report, the date of the
 * most precise dated report (earliest published on ties), the first named perpetrator, the union of weapons and
 * the highest death and injury tolls reported.
 */
export const aggregateOf = (reports: readonly [ReportFacts, ...ReadonlyArray<ReportFacts>]): IncidentAggregate => {
  const first = reports[0]
  const dated = reports.filter((r) => r.date !== null)
  const mostPrecise = dated.reduce<ReportFacts | undefined>(
    (best, r) => (best === undefined || precisionRank[r.datePrecision] < precisionRank[best.datePrecision] ? r : best),
    undefined
  )
  const withPerpetrator = reports.find((r) => r.perpetrator !== null || r.perpetratorId !== null)
  const weapons: Array<Weapon> = []
  for (const r of reports) for (const w of r.weapons) if (!weapons.includes(w)) weapons.push(w)
  return {
    kind: first.kind,
    place: first.place,
    date: mostPrecise?.date ?? null,
    datePrecision: mostPrecise?.datePrecision ?? first.datePrecision,
    perpetratorId: withPerpetrator?.perpetratorId ?? null,
    perpetrator: withPerpetrator?.perpetrator ?? null,
    weapons,
    killed: maxOf(reports.map((r) => r.killed)),
    injured: maxOf(reports.map((r) => r.injured)),
    reportCount: reports.length
  }
}
