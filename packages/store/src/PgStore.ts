/** The PostgreSQL layer of the repository: connects to the database at `url` and migrates it. */
import { PgClient } from "@effect/sql-pg"
import { StoreError } from "@wirewatch/domain"
import { Layer, Redacted } from "effect"
import { ArticleRepository } from "./ArticleRepository.ts"
import { JobQueue, JobQueueLive } from "./JobQueue.ts"
import { runMigrations } from "./Migrations.ts"
import { makeArticleRepository } from "./SqlArticleRepository.ts"
import { causeDetail } from "./StoreFailures.ts"

/** The repository over a PostgreSQL database, e.g. `postgres://user@host:5432/wirewatch`. */
export const PgStoreLive = (options: { readonly url: string }): Layer.Layer<ArticleRepository | JobQueue, StoreError> =>
  Layer.merge(Layer.effect(ArticleRepository, makeArticleRepository), JobQueueLive).pipe(
    Layer.provide(Layer.effectDiscard(runMigrations).pipe(Layer.provideMerge(PgClient.layer({ url: Redacted.make(options.url) })))),
    Layer.catchAllCause((cause) =>
      Layer.fail(new StoreError({ operation: `open the PostgreSQL store ${redactedUrl(options.url)}`, detail: causeDetail(cause) }))
    )
  )

/** The url without its password, for error messages. */
const redactedUrl = (url: string): string => {
  try {
    const parsed = new URL(url)
    if (parsed.password !== "") parsed.password = "***"
    return parsed.toString()
  } catch {
    return "(unparseable url)"
  }
}
