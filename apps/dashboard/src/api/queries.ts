/** The API queries that the dashboard's URL state stands for (optional fields left out, never set to undefined). */
import type { ActorQuery, ArticleQuery, IncidentQuery, IncidentSeriesQuery, Interval, IsoDate, StatementQuery, StatementSeriesQuery } from "@wirewatch/domain"
import type { DayRange } from "../charts/bucketRange.ts"
import type { ActorFilters, ArticleFilters, IncidentFilters, StatementFilters } from "../state/urlState.ts"

const dates = (from: IsoDate | null, to: IsoDate | null) => ({
  ...(from === null ? {} : { from }),
  ...(to === null ? {} : { to })
})
const text = <K extends string>(key: K, value: string): { [P in K]?: string } =>
  (value.trim() === "" ? {} : { [key]: value.trim() }) as { [P in K]?: string }

export const statementQueryOf = (f: StatementFilters, limit: number, cursor?: string): StatementQuery => ({
  ...(f.actors.length === 0 ? {} : { actor: f.actors }),
  ...(f.kind === null ? {} : { kind: f.kind }),
  ...text("q", f.q),
  ...dates(f.from, f.to),
  limit,
  ...(cursor === undefined ? {} : { cursor })
})

export const statementSeriesQueryOf = (actors: ReadonlyArray<string>, interval: Interval, from: IsoDate | null, to: IsoDate | null, q = ""): StatementSeriesQuery => ({
  ...(actors.length === 0 ? {} : { actor: actors }),
  interval,
  ...dates(from, to),
  ...text("q", q)
})

/** The statements behind one bucket of the chart: its days, and the clicked actor or every charted one. */
export const bucketStatementQuery = (range: DayRange, actors: ReadonlyArray<string>, limit: number, cursor?: string, q = ""): StatementQuery => ({
  ...(actors.length === 0 ? {} : { actor: actors }),
  ...text("q", q),
  from: range.from,
  to: range.to,
  limit,
  ...(cursor === undefined ? {} : { cursor })
})

export const incidentQueryOf = (f: IncidentFilters, limit?: number, cursor?: string): IncidentQuery => ({
  ...text("country", f.country),
  ...text("place", f.place),
  ...text("perpetrator", f.perpetrator),
  ...dates(f.from, f.to),
  ...(limit === undefined ? {} : { limit }),
  ...(cursor === undefined ? {} : { cursor })
})

export const incidentSeriesQueryOf = (interval: Interval, from: IsoDate | null, to: IsoDate | null, where: { readonly country?: string; readonly place?: string } = {}): IncidentSeriesQuery => ({
  interval,
  ...text("country", where.country ?? ""),
  ...text("place", where.place ?? ""),
  ...dates(from, to)
})

export const actorQueryOf = (f: ActorFilters, limit?: number, cursor?: string): ActorQuery => ({
  ...(f.kind === null ? {} : { kind: f.kind }),
  ...text("q", f.q),
  ...(limit === undefined ? {} : { limit }),
  ...(cursor === undefined ? {} : { cursor })
})

export const articleQueryOf = (f: ArticleFilters, limit: number, cursor?: string): ArticleQuery => ({
  ...text("q", f.q),
  ...dates(f.from, f.to),
  limit,
  ...(cursor === undefined ? {} : { cursor })
})
