/** Saves one article's extraction in one transaction: article, merged actors, mentions, statements and linked incident reports. */
import type { SqlClient } from "@effect/sql"
import type { SqlError } from "@effect/sql/SqlError"
import type { Actor, ArticleExtraction, StoreError } from "@wirewatch/domain"
import { Effect, Either } from "effect"
import type { SaveResult } from "./ArticleRepository.ts"
import { type ActorFields, mergeActors } from "./ActorMerge.ts"
import { createIncident, findSameEvent, recomputeIncidents } from "./IncidentLinking.ts"
import { type ActorRow, decodeActor, searchKey, toInt } from "./RowCodec.ts"
import { addActorDelta, addStatementDay, type AggregateDeltas, applyDeltas, emptyDeltas, mergeDeltas } from "./RunningAggregates.ts"

/** Rows per multi-row INSERT, well under SQLite's and PostgreSQL's bound-parameter limits. */
const INSERT_CHUNK = 100

const insertAll = (sql: SqlClient.SqlClient, table: string, rows: ReadonlyArray<Record<string, unknown>>) =>
  Effect.forEach(
    Array.from({ length: Math.ceil(rows.length / INSERT_CHUNK) }, (_, i) => rows.slice(i * INSERT_CHUNK, (i + 1) * INSERT_CHUNK)),
    (chunk) => sql`INSERT INTO ${sql(table)} ${sql.insert(chunk)}`,
    { discard: true }
  )

const actorRow = (a: ActorFields) => ({
  name: a.name,
  kind: a.kind,
  aliases: JSON.stringify(a.aliases),
  roles: JSON.stringify(a.roles),
  country: a.country,
  search_text: searchKey(a.name, ...a.aliases)
})

/** Inserts new actors and merges known ones (see ActorMerge), writing only the rows that change. */
const upsertActors = (sql: SqlClient.SqlClient, actors: ReadonlyArray<Actor>) =>
  Effect.gen(function* () {
    if (actors.length === 0) return
    const rows = yield* sql<ActorRow>`
      SELECT id, name, kind, aliases, roles, country FROM actors WHERE ${sql.in("id", [...new Set(actors.map((a) => a.id))])}`
    const known = new Map((yield* Effect.forEach(rows, decodeActor)).map((a) => [a.id, a]))
    const merged = [...mergeActors(known, actors).values()].sort((a, b) => (a.id < b.id ? -1 : 1))
    yield* insertAll(
      sql,
      "actors",
      merged.filter((a) => !known.has(a.id)).map((a) => ({ id: a.id, ...actorRow(a), statement_count: 0, article_count: 0 }))
    )
    // Rows are updated in id order (as everywhere), so concurrent saves on PostgreSQL cannot deadlock on them.
    yield* Effect.forEach(
      merged.filter((a) => {
        const stored = known.get(a.id)
        return stored !== undefined && JSON.stringify(actorRow(stored)) !== JSON.stringify(actorRow(a))
      }),
      (a) => sql`UPDATE actors SET ${sql.update(actorRow(a))} WHERE id = ${a.id}`,
      { discard: true }
    )
  })

/** One article's share of the aggregates: +1 article for each actor it lists, mentions or quotes; +1 statement per quote, on its speaker and day. */
const contributionOf = (extraction: ArticleExtraction, deltas: AggregateDeltas): void => {
  const appearing = new Set([
    ...extraction.actors.map((a) => a.id),
    ...extraction.mentions.map((m) => m.actorId),
    ...extraction.statements.flatMap((s) => (s.speakerId === null ? [] : [s.speakerId]))
  ])
  for (const id of appearing) addActorDelta(deltas, id, 0, 1)
  for (const s of extraction.statements) {
    if (s.speakerId === null) continue
    addActorDelta(deltas, s.speakerId, 1, 0)
    addStatementDay(deltas, s.speakerId, s.date ?? extraction.article.date, s.kind, 1)
  }
}

/** Removes what an article contributed (its share of the aggregates taken back into `deltas`); returns the incidents it reported, to recompute. */
const deleteArticle = (sql: SqlClient.SqlClient, articleId: string, deltas: AggregateDeltas) =>
  Effect.gen(function* () {
    const incidents = yield* sql<{ incident_id: string }>`SELECT DISTINCT incident_id FROM incident_reports WHERE article_id = ${articleId}`
    const actors = yield* sql<{ actor_id: string }>`
      SELECT actor_id FROM article_actors WHERE article_id = ${articleId}
      UNION SELECT speaker_id AS actor_id FROM statements WHERE article_id = ${articleId} AND speaker_id IS NOT NULL
      UNION SELECT actor_id FROM mentions WHERE article_id = ${articleId}`
    const spoken = yield* sql<{ speaker_id: string; effective_date: string; kind: string; n: number | string }>`
      SELECT speaker_id, effective_date, kind, count(*) AS n FROM statements WHERE article_id = ${articleId} AND speaker_id IS NOT NULL
      GROUP BY speaker_id, effective_date, kind`
    // What the stored version added to the aggregates, taken back.
    for (const r of actors) addActorDelta(deltas, r.actor_id, 0, -1)
    for (const r of spoken) {
      addActorDelta(deltas, r.speaker_id, -toInt(r.n), 0)
      addStatementDay(deltas, r.speaker_id, r.effective_date, r.kind, -toInt(r.n))
    }
    yield* sql`DELETE FROM incident_reports WHERE article_id = ${articleId}`
    yield* sql`DELETE FROM statements WHERE article_id = ${articleId}`
    yield* sql`DELETE FROM mentions WHERE article_id = ${articleId}`
    yield* sql`DELETE FROM article_actors WHERE article_id = ${articleId}`
    yield* sql`DELETE FROM articles WHERE id = ${articleId}`
    return incidents.map((r) => r.incident_id)
  })

/** Key of the PostgreSQL advisory lock that serializes saves ("wire" in ASCII). */
const SAVE_LOCK_KEY = 0x77697265

/**
 * Saves run one at a time, so a save sees every incident and actor the previous one created: two concurrent saves
 * of the same event must link, not create it twice. SQLite starts transactions deferred (a save that reads first
 * and writes later fails at once if another process wrote meanwhile), so a write that changes nothing takes the
 * write lock up front, as BEGIN IMMEDIATE would, and a concurrent writer waits (busy_timeout). PostgreSQL takes a
 * transaction-scoped advisory lock; readers are never blocked.
 */
const takeWriteLock = (sql: SqlClient.SqlClient) =>
  sql.onDialectOrElse({
    sqlite: () => sql`UPDATE articles SET id = id WHERE 1 = 0`,
    pg: () => sql`SELECT pg_advisory_xact_lock(${SAVE_LOCK_KEY})`,
    orElse: () => Effect.void
  })

/** What one article's save did, and how it moves the running aggregates (applied by the caller). */
export interface ArticleSave {
  readonly result: SaveResult
  readonly deltas: AggregateDeltas
}

/**
 * Writes one article's extraction without taking the write lock or touching the running aggregates: the caller holds
 * the lock, runs this inside a transaction (or savepoint) so a failure leaves nothing of the article, and applies
 * the returned counter deltas once the article is in.
 */
export const saveArticle = (
  sql: SqlClient.SqlClient,
  extraction: ArticleExtraction,
  options: { readonly replace?: boolean } | undefined
): Effect.Effect<ArticleSave, SqlError | StoreError> =>
  Effect.gen(function* () {
    const { article } = extraction
    const stored = yield* sql<{ statement_count: number; incident_count: number }>`
      SELECT statement_count, incident_count FROM articles WHERE id = ${article.id}`
    const existing = stored[0]
    if (existing !== undefined && options?.replace !== true) {
      const result: SaveResult = {
        status: "unchanged",
        articleId: article.id,
        statements: toInt(existing.statement_count),
        incidents: toInt(existing.incident_count),
        linkedReports: 0
      }
      return { result, deltas: emptyDeltas() }
    }
    const deltas = emptyDeltas()
    const previousIncidents = existing === undefined ? [] : yield* deleteArticle(sql, article.id, deltas)

    yield* upsertActors(sql, extraction.actors)
    yield* sql`INSERT INTO articles ${sql.insert({
      id: article.id,
      file_name: article.fileName,
      date: article.date,
      title: article.title,
      text: article.text,
      body_start: article.bodyStart,
      sources: JSON.stringify(article.sources),
      extractor_version: article.extractorVersion,
      search_text: searchKey(article.title, article.text),
      statement_count: extraction.statements.length,
      incident_count: extraction.incidents.length
    })}`
    const listedActors = [...new Set(extraction.actors.map((a) => a.id))]
    yield* insertAll(sql, "article_actors", listedActors.map((actorId, ordinal) => ({ article_id: article.id, actor_id: actorId, ordinal })))
    yield* insertAll(
      sql,
      "mentions",
      extraction.mentions.map((m, ordinal) => ({
        article_id: article.id,
        ordinal,
        actor_id: m.actorId,
        start_offset: m.start,
        end_offset: m.end,
        text: m.text
      }))
    )
    yield* insertAll(
      sql,
      "statements",
      extraction.statements.map((s, ordinal) => ({
        id: s.id,
        article_id: article.id,
        ordinal,
        speaker_id: s.speakerId,
        speaker_name: s.speakerName,
        speaker_kind: s.speakerKind,
        speaker_mention: s.speakerMention,
        kind: s.kind,
        text: s.text,
        start_offset: s.start,
        end_offset: s.end,
        sentence_start: s.sentence.start,
        sentence_end: s.sentence.end,
        sentence_text: s.sentence.text,
        cue: s.cue,
        date: s.date,
        effective_date: s.date ?? article.date,
        addressee: s.addressee,
        channel: s.channel,
        search_text: searchKey(s.text)
      }))
    )

    // Reports sharing a provisional incident id within the article describe one event.
    const resolved = new Map<string, string>()
    const touched = new Set<string>(previousIncidents)
    // Incidents created here, with their report count: one created from a single report already holds its aggregate.
    const created = new Map<string, number>()
    let linkedReports = 0
    for (const [ordinal, report] of extraction.incidents.entries()) {
      let incidentId = resolved.get(report.incidentId)
      if (incidentId === undefined) {
        const linked = yield* findSameEvent(sql, report)
        if (linked !== undefined) {
          const others = yield* sql`SELECT id FROM incident_reports WHERE incident_id = ${linked} AND article_id <> ${article.id}`
          if (others.length > 0) linkedReports++
          incidentId = linked
        } else {
          incidentId = yield* createIncident(sql, report, deltas)
          created.set(incidentId, 0)
        }
        resolved.set(report.incidentId, incidentId)
      }
      const createdCount = created.get(incidentId)
      if (createdCount === undefined) touched.add(incidentId)
      else created.set(incidentId, createdCount + 1)
      yield* sql`INSERT INTO incident_reports ${sql.insert({
        id: report.id,
        incident_id: incidentId,
        article_id: article.id,
        ordinal,
        kind: report.kind,
        place_name: report.place.name,
        place_region: report.place.region,
        place_country: report.place.country,
        place_country_code: report.place.countryCode,
        place_lat: report.place.lat,
        place_lon: report.place.lon,
        place_mention: report.placeMention,
        date: report.date,
        date_precision: report.datePrecision,
        perpetrator_id: report.perpetratorId,
        perpetrator: report.perpetrator,
        weapons: JSON.stringify(report.weapons),
        killed: report.killed,
        injured: report.injured,
        evidence_start: report.evidence.start,
        evidence_end: report.evidence.end,
        evidence_text: report.evidence.text,
        mentions: JSON.stringify(report.mentions)
      })}`
    }
    for (const [id, reports] of created) if (reports > 1) touched.add(id)
    yield* recomputeIncidents(sql, touched, deltas)
    contributionOf(extraction, deltas)
    const result: SaveResult = {
      status: existing === undefined ? "inserted" : "replaced",
      articleId: article.id,
      statements: extraction.statements.length,
      incidents: extraction.incidents.length,
      linkedReports
    }
    return { result, deltas }
  })

/** Saves one extraction; the caller runs it inside a transaction so a failure leaves nothing of the article. */
export const saveExtraction = (
  sql: SqlClient.SqlClient,
  extraction: ArticleExtraction,
  options: { readonly replace?: boolean } | undefined
): Effect.Effect<SaveResult, SqlError | StoreError> =>
  Effect.gen(function* () {
    yield* takeWriteLock(sql)
    const { result, deltas } = yield* saveArticle(sql, extraction, options)
    yield* applyDeltas(sql, deltas)
    return result
  })

/**
 * Saves many extractions in the caller's one transaction, each article in a savepoint of its own: an article whose
 * save fails is rolled back alone and reported in its slot; the others go in. Write conflicts are not caught here,
 * so the caller retries the whole batch. Aggregates are applied once, for the saved articles only.
 */
export const saveExtractions = (
  sql: SqlClient.SqlClient,
  batch: ReadonlyArray<{ readonly extraction: ArticleExtraction; readonly replace?: boolean }>,
  isRetriable: (error: SqlError | StoreError) => boolean
): Effect.Effect<ReadonlyArray<Either.Either<SaveResult, SqlError | StoreError>>, SqlError | StoreError> =>
  Effect.gen(function* () {
    yield* takeWriteLock(sql)
    const total = emptyDeltas()
    const results = yield* Effect.forEach(batch, ({ extraction, replace }) =>
      sql.withTransaction(saveArticle(sql, extraction, replace === true ? { replace: true } : undefined)).pipe(
        Effect.map(({ result, deltas }) => {
          mergeDeltas(total, deltas)
          return Either.right(result)
        }),
        Effect.catchIf((e) => !isRetriable(e), (e) => Effect.succeed(Either.left(e)))
      )
    )
    yield* applyDeltas(sql, total)
    return results
  })
