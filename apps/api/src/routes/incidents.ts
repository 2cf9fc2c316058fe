/** `/incidents` and `/incidents/:id`: attacks merged across the articles that report them, and one with all its reports. */
import { IncidentDetail, IncidentQuery, IncidentView, Page } from "@wirewatch/domain"
import { ArticleRepository } from "@wirewatch/store"
import { Effect } from "effect"
import { pageRows } from "../CsvFormat.ts"
import { endpoint } from "../Endpoint.ts"
import { NoQuery } from "../QueryDecoding.ts"

export const incidentEndpoints = [
  endpoint({
    path: "/incidents",
    summary: "Incidents filtered by country, place, perpetrator and date.",
    query: IncidentQuery,
    response: Page(IncidentView),
    run: (query) => Effect.flatMap(ArticleRepository, (repo) => repo.listIncidents(query)),
    csv: pageRows
  }),
  endpoint({
    path: "/incidents/:id",
    summary: "One incident with every report of it, each with its article and evidence span.",
    query: NoQuery,
    response: IncidentDetail,
    run: (_, params) => Effect.flatMap(ArticleRepository, (repo) => repo.getIncident(params["id"] ?? ""))
  })
]
