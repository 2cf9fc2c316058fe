/** `/actors`, `/actors/:id` and `/actors/:id/summary`: the people, organisations, states and groups in the news, with their counts. */
import { ActorDetail, ActorQuery, ActorSummary, Page } from "@wirewatch/domain"
import { ArticleRepository } from "@wirewatch/store"
import { Effect } from "effect"
import { pageRows } from "../CsvFormat.ts"
import { endpoint } from "../Endpoint.ts"
import { NoQuery } from "../QueryDecoding.ts"

export const actorEndpoints = [
  endpoint({
    path: "/actors",
    summary: "Actors filtered by kind and name keyword, with statement and article counts.",
    query: ActorQuery,
    response: Page(ActorSummary),
    run: (query) => Effect.flatMap(ArticleRepository, (repo) => repo.listActors(query)),
    csv: pageRows
  }),
  endpoint({
    path: "/actors/:id",
    summary: "One actor: counts, first and last statement, most used speech cues, actors named alongside.",
    query: NoQuery,
    response: ActorDetail,
    run: (_, params) => Effect.flatMap(ArticleRepository, (repo) => repo.getActor(params["id"] ?? ""))
  }),
  endpoint({
    path: "/actors/:id/summary",
    summary: "One actor's summary (the issue's name for it): aliases, statement count, first and last statement, top cue verbs, most co-mentioned actors.",
    query: NoQuery,
    response: ActorDetail,
    run: (_, params) => Effect.flatMap(ArticleRepository, (repo) => repo.getActor(params["id"] ?? ""))
  })
]
