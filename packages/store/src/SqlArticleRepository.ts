/** The repository written once against @effect/sql's SqlClient, so SQLite and PostgreSQL layers share every query. */
import { SqlClient } from "@effect/sql"
import type { SqlError } from "@effect/sql/SqlError"
import { StoreError } from "@wirewatch/domain"
import { Effect, Either } from "effect"
import { ArticleRepository, type ArticleRepositoryShape } from "./ArticleRepository.ts"
import { dataVersion } from "./DataVersion.ts"
import { articleVersions, countArticles, getActor, getArticle, getIncident, hasArticle } from "./DetailQueries.ts"
import { saveExtraction, saveExtractions, storedArticleIds } from "./ExtractionWriter.ts"
import { listActors, listArticles, listIncidents, listStatements } from "./ListQueries.ts"
import { incidentSeries, statementSeries } from "./SeriesQueries.ts"
import { sqlErrorDetail } from "./StoreFailures.ts"
import { isWriteConflict, retryOnWriteConflict } from "./WriteConflicts.ts"

/** Names the operation on database failures, turning them into the domain's StoreError. */
const isSqlError = (e: unknown): e is SqlError => typeof e === "object" && e !== null && "_tag" in e && e._tag === "SqlError"

const asStoreError =
  (operation: string) =>
  <A, E, R>(effect: Effect.Effect<A, E | SqlError, R>): Effect.Effect<A, Exclude<E, SqlError> | StoreError, R> =>
    Effect.catchIf(
      effect,
      isSqlError,
      (e) => Effect.fail(new StoreError({ operation, detail: sqlErrorDetail(e) }))
    ) as Effect.Effect<A, Exclude<E, SqlError> | StoreError, R>

export const makeArticleRepository: Effect.Effect<ArticleRepositoryShape, never, SqlClient.SqlClient> = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  return ArticleRepository.of({
    hasArticle: (id) => hasArticle(sql, id).pipe(asStoreError("check for an article"), Effect.withSpan("ArticleRepository.hasArticle")),
    storedArticleIds: (ids) => storedArticleIds(sql, ids).pipe(asStoreError("check for articles"), Effect.withSpan("ArticleRepository.storedArticleIds")),
    saveExtraction: (extraction, options) =>
      retryOnWriteConflict(sql.withTransaction(saveExtraction(sql, extraction, options))).pipe(
        asStoreError(`save article ${extraction.article.id}`),
        Effect.withSpan("ArticleRepository.saveExtraction")
      ),
    saveExtractions: (batch) =>
      retryOnWriteConflict(
        sql.withTransaction(saveExtractions(sql, batch, (e) => isSqlError(e) && isWriteConflict(e)))
      ).pipe(
        Effect.map((results) =>
          results.map((r, i) =>
            Either.mapLeft(r, (e) =>
              isSqlError(e) ? new StoreError({ operation: `save article ${batch[i]!.extraction.article.id}`, detail: sqlErrorDetail(e) }) : e
            )
          )
        ),
        asStoreError(`save a batch of ${batch.length} articles`),
        Effect.withSpan("ArticleRepository.saveExtractions")
      ),
    dataVersion: () => dataVersion(sql).pipe(asStoreError("read the data version")),
    countArticles: () => countArticles(sql).pipe(asStoreError("count articles"), Effect.withSpan("ArticleRepository.countArticles")),
    articleVersions: () => articleVersions(sql).pipe(asStoreError("list article versions"), Effect.withSpan("ArticleRepository.articleVersions")),
    listArticles: (query) => listArticles(sql, query).pipe(asStoreError("list articles"), Effect.withSpan("ArticleRepository.listArticles")),
    getArticle: (id) => getArticle(sql, id).pipe(asStoreError(`read article ${id}`), Effect.withSpan("ArticleRepository.getArticle")),
    listActors: (query) => listActors(sql, query).pipe(asStoreError("list actors"), Effect.withSpan("ArticleRepository.listActors")),
    getActor: (id) => getActor(sql, id).pipe(asStoreError(`read actor ${id}`), Effect.withSpan("ArticleRepository.getActor")),
    listStatements: (query) => listStatements(sql, query).pipe(asStoreError("list statements"), Effect.withSpan("ArticleRepository.listStatements")),
    listIncidents: (query) => listIncidents(sql, query).pipe(asStoreError("list incidents"), Effect.withSpan("ArticleRepository.listIncidents")),
    getIncident: (id) => getIncident(sql, id).pipe(asStoreError(`read incident ${id}`), Effect.withSpan("ArticleRepository.getIncident")),
    statementSeries: (query) =>
      statementSeries(sql, query).pipe(asStoreError("compute the statement series"), Effect.withSpan("ArticleRepository.statementSeries")),
    incidentSeries: (query) =>
      incidentSeries(sql, query).pipe(asStoreError("compute the incident series"), Effect.withSpan("ArticleRepository.incidentSeries"))
  })
})
