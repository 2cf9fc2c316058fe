/** `/timeseries/*`: statement counts per actor and incident tolls per day, week or month, for the dashboard's charts. */
import { IncidentSeries, IncidentSeriesQuery, StatementSeries, StatementSeriesQuery } from "@wirewatch/domain"
import { ArticleRepository } from "@wirewatch/store"
import { Effect } from "effect"
import { endpoint } from "../Endpoint.ts"

export const timeseriesEndpoints = [
  endpoint({
    path: "/timeseries/statements",
    summary: "Statements per actor per bucket, every bucket from the first to the last included.",
    query: StatementSeriesQuery,
    response: StatementSeries,
    run: (query) => Effect.flatMap(ArticleRepository, (repo) => repo.statementSeries(query)),
    // One row per actor and bucket, the long form every spreadsheet and plotting tool can pivot.
    csv: {
      rows: (series) =>
        series.series.flatMap((s) => s.points.map((p) => ({ bucket: p.bucket, actorId: s.actorId, actorName: s.actorName, count: p.count })))
    }
  }),
  endpoint({
    path: "/timeseries/incidents",
    summary: "Reports, incidents, killed and injured per bucket.",
    query: IncidentSeriesQuery,
    response: IncidentSeries,
    run: (query) => Effect.flatMap(ArticleRepository, (repo) => repo.incidentSeries(query)),
    csv: { rows: (series) => series.points }
  })
]
