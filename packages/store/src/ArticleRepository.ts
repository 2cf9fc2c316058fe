/** The repository service: the one interface through which ingest writes and the API reads, whatever database is behind it. */
import type {
  ActorDetail,
  ActorQuery,
  ActorSummary,
  ArticleDetail,
  ArticleExtraction,
  ArticleId,
  ArticleQuery,
  ArticleSummary,
  IncidentDetail,
  IncidentQuery,
  IncidentSeries,
  IncidentSeriesQuery,
  IncidentView,
  InvalidQuery,
  NotFound,
  Page,
  StatementQuery,
  StatementSeries,
  StatementSeriesQuery,
  StatementView,
  StoreError
} from "@wirewatch/domain"
import { Context, type Effect, type Either } from "effect"

/**
 * What saving one article did: `inserted`; `unchanged` when that content was already stored (nothing written, the
 * counts are the stored ones); `replaced` when `replace` swapped the stored extraction for this one.
 */
export interface SaveResult {
  readonly status: "inserted" | "unchanged" | "replaced"
  readonly articleId: ArticleId
  readonly statements: number
  /** Incident reports of the article (each linked to a new or known incident). */
  readonly incidents: number
  /** Reports linked to an incident that an earlier article already reported. */
  readonly linkedReports: number
}

/** Lists fail with InvalidQuery on a cursor they did not issue. */
export interface ArticleRepositoryShape {
  /** True when an article with that content hash is stored. */
  readonly hasArticle: (id: ArticleId) => Effect.Effect<boolean, StoreError>
  /** Which of these content hashes are stored (one query for a whole group of files, where hasArticle asks per file). */
  readonly storedArticleIds: (ids: ReadonlyArray<ArticleId>) => Effect.Effect<ReadonlySet<ArticleId>, StoreError>
  /**
   * Saves an extraction in one transaction: the article, its actors (merged with known ones by id),
   * statements, and incident reports linked to known incidents by `isSameEvent`. Saving the same
   * article again is a no-op (`unchanged`) unless `replace` is set (re-extraction by a newer extractor).
   */
  readonly saveExtraction: (
    extraction: ArticleExtraction,
    options?: { readonly replace?: boolean }
  ) => Effect.Effect<SaveResult, StoreError>
  /**
   * Saves many extractions in one transaction (far cheaper per article than one each), every article still all or
   * nothing: one that fails is rolled back alone and its slot holds the error; the others are saved. Fails as a
   * whole only when the transaction itself cannot be run or committed.
   */
  readonly saveExtractions: (
    batch: ReadonlyArray<{ readonly extraction: ArticleExtraction; readonly replace?: boolean }>
  ) => Effect.Effect<ReadonlyArray<Either.Either<SaveResult, StoreError>>, StoreError>
  /**
   * A token that differs whenever committed data may have changed since it was read (by this process or another), for
   * caches of what the reads below answer; read it before the reads it labels.
   */
  readonly dataVersion: () => Effect.Effect<string, StoreError>
  /** How many articles are stored (one cheap query, for health checks). */
  readonly countArticles: () => Effect.Effect<number, StoreError>
  /** Ids and extractor versions of stored articles, for `ingest --reprocess`. */
  readonly articleVersions: () => Effect.Effect<ReadonlyArray<{ readonly id: ArticleId; readonly extractorVersion: string; readonly fileName: string }>, StoreError>
  readonly listArticles: (query: ArticleQuery) => Effect.Effect<Page<ArticleSummary>, StoreError | InvalidQuery>
  readonly getArticle: (id: string) => Effect.Effect<ArticleDetail, StoreError | NotFound>
  readonly listActors: (query: ActorQuery) => Effect.Effect<Page<ActorSummary>, StoreError | InvalidQuery>
  readonly getActor: (id: string) => Effect.Effect<ActorDetail, StoreError | NotFound>
  readonly listStatements: (query: StatementQuery) => Effect.Effect<Page<StatementView>, StoreError | InvalidQuery>
  readonly listIncidents: (query: IncidentQuery) => Effect.Effect<Page<IncidentView>, StoreError | InvalidQuery>
  readonly getIncident: (id: string) => Effect.Effect<IncidentDetail, StoreError | NotFound>
  readonly statementSeries: (query: StatementSeriesQuery) => Effect.Effect<StatementSeries, StoreError>
  readonly incidentSeries: (query: IncidentSeriesQuery) => Effect.Effect<IncidentSeries, StoreError>
}

export class ArticleRepository extends Context.Tag("@wirewatch/store/ArticleRepository")<
  ArticleRepository,
  ArticleRepositoryShape
>() {}
