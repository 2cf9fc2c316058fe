/** `/health`: proves the process is up and the database answers, with the number of stored articles. */
import { ArticleRepository } from "@wirewatch/store"
import { Effect, Schema } from "effect"
import { endpoint } from "../Endpoint.ts"
import { NoQuery } from "../QueryDecoding.ts"

export const Health = Schema.Struct({
  status: Schema.Literal("ok"),
  articles: Schema.Int
}).annotations({ identifier: "Health" })

export const healthEndpoints = [
  endpoint({
    path: "/health",
    summary: "Liveness with a database round trip: the number of stored articles.",
    query: NoQuery,
    response: Health,
    run: () =>
      Effect.flatMap(ArticleRepository, (repo) => repo.countArticles()).pipe(
        Effect.map((articles) => ({ status: "ok" as const, articles }))
      )
  })
]
