/** Saves articles' extractions, one or a group per transaction: article, merged actors, mentions, statements and linked incident reports. */
import type { SqlClient } from "@effect/sql"
import type { SqlError } from "@effect/sql/SqlError"
import type { Actor, ArticleExtraction, ArticleId, IncidentReport, StoreError } from "@wirewatch/domain"
import { Effect, Either } from "effect"
import type { SaveResult } from "./ArticleRepository.ts"
import { type ActorFields, mergeActors } from "./ActorMerge.ts"
import { createIncident, findSameEvent, recomputeIncidents } from "./IncidentLinking.ts"
import { plainStatements, type PlainStatements } from "./PlainStatements.ts"
import { type ActorRow, decodeActor, searchKey, toInt } from "./RowCodec.ts"
import { addActorDelta, addStatementDay, type AggregateDeltas, applyDeltas, emptyDeltas, mergeDeltas } from "./RunningAggregates.ts"

const actorRow = (a: ActorFields) => ({
  name: a.name,
  kind: a.kind,
  aliases: JSON.stringify(a.aliases),
  roles: JSON.stringify(a.roles),
  country: a.country,
  search_text: searchKey(a.name, ...a.aliases)
})

/**
 * Inserts new actors and merges known ones (see ActorMerge), writing only the rows that change. Given the actors of
 * several articles in order, it ends where saving them one article after another would.
 */
const upsertActors = (db: PlainStatements, actors: ReadonlyArray<Actor>) =>
  Effect.gen(function* () {
    if (actors.length === 0) return
    const rows = yield* db.allIn<ActorRow>([...new Set(actors.map((a) => a.id))], (p) => `SELECT id, name, kind, aliases, roles, country FROM actors WHERE id IN (${p})`)
    const known = new Map((yield* Effect.forEach(rows, decodeActor)).map((a) => [a.id, a]))
    const merged = [...mergeActors(known, actors).values()].sort((a, b) => (a.id < b.id ? -1 : 1))
    yield* db.insert(
      "actors",
      merged.filter((a) => !known.has(a.id)).map((a) => ({ id: a.id, ...actorRow(a), statement_count: 0, article_count: 0 }))
    )
    // Rows are updated in id order (as everywhere), so concurrent saves on PostgreSQL cannot deadlock on them.
    for (const a of merged) {
      const stored = known.get(a.id)
      if (stored === undefined) continue
      const row = actorRow(a)
      if (JSON.stringify(actorRow(stored)) === JSON.stringify(row)) continue
      yield* db.run("UPDATE actors SET name = ?, kind = ?, aliases = ?, roles = ?, country = ?, search_text = ? WHERE id = ?", [
        row.name, row.kind, row.aliases, row.roles, row.country, row.search_text, a.id
      ])
    }
  })

const articleRow = ({ article, statements, incidents }: ArticleExtraction, no: number) => ({
  id: article.id,
  no,
  file_name: article.fileName,
  date: article.date,
  title: article.title,
  text: article.text,
  body_start: article.bodyStart,
  sources: JSON.stringify(article.sources),
  extractor_version: article.extractorVersion,
  search_text: searchKey(article.title, article.text),
  statement_count: statements.length,
  incident_count: incidents.length
})

const articleActorRows = ({ article, actors }: ArticleExtraction, articleNo: number) =>
  [...new Set(actors.map((a) => a.id))].map((actorId, ordinal) => ({ article_id: article.id, article_no: articleNo, actor_id: actorId, ordinal }))

const mentionRows = ({ article, mentions }: ArticleExtraction, articleNo: number) =>
  mentions.map((m, ordinal) => ({
    article_id: article.id,
    article_no: articleNo,
    ordinal,
    actor_id: m.actorId,
    start_offset: m.start,
    end_offset: m.end,
    text: m.text
  }))

const statementRows = ({ article, statements }: ArticleExtraction, articleNo: number) =>
  statements.map((s, ordinal) => ({
    id: s.id,
    article_id: article.id,
    article_no: articleNo,
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

const incidentReportRow = (report: IncidentReport, incidentId: string, articleId: string, articleNo: number, ordinal: number) => ({
  id: report.id,
  incident_id: incidentId,
  article_id: articleId,
  article_no: articleNo,
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
})

/**
 * Links an article's incident reports (its row already stored) to known incidents or new ones and stores the reports,
 * recomputing the incidents they join (and `previous`: those the replaced version reported); returns how many reports
 * joined an incident an earlier article reported.
 */
const linkIncidents = (db: PlainStatements, extraction: ArticleExtraction, articleNo: number, previous: ReadonlyArray<string>, deltas: AggregateDeltas) =>
  Effect.gen(function* () {
    const articleId = extraction.article.id
    // Reports sharing a provisional incident id within the article describe one event.
    const resolved = new Map<string, string>()
    const touched = new Set<string>(previous)
    // Incidents created here, with their report count: one created from a single report already holds its aggregate.
    const created = new Map<string, number>()
    let linkedReports = 0
    for (const [ordinal, report] of extraction.incidents.entries()) {
      let incidentId = resolved.get(report.incidentId)
      if (incidentId === undefined) {
        const linked = yield* findSameEvent(db, report)
        if (linked !== undefined) {
          const others = yield* db.all("SELECT id FROM incident_reports WHERE incident_id = ? AND article_id <> ?", [linked, articleId])
          if (others.length > 0) linkedReports++
          incidentId = linked
        } else {
          incidentId = yield* createIncident(db, report, deltas)
          created.set(incidentId, 0)
        }
        resolved.set(report.incidentId, incidentId)
      }
      const createdCount = created.get(incidentId)
      if (createdCount === undefined) touched.add(incidentId)
      else created.set(incidentId, createdCount + 1)
      yield* db.insert("incident_reports", [incidentReportRow(report, incidentId, articleId, articleNo, ordinal)])
    }
    for (const [id, reports] of created) if (reports > 1) touched.add(id)
    yield* recomputeIncidents(db, touched, deltas)
    return linkedReports
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
const deleteArticle = (db: PlainStatements, articleId: string, articleNo: number, deltas: AggregateDeltas) =>
  Effect.gen(function* () {
    const incidents = yield* db.all<{ incident_id: string }>("SELECT DISTINCT incident_id FROM incident_reports WHERE article_no = ?", [articleNo])
    const actors = yield* db.all<{ actor_id: string }>(
      `SELECT actor_id FROM article_actors WHERE article_no = ?
      UNION SELECT speaker_id AS actor_id FROM statements WHERE article_no = ? AND speaker_id IS NOT NULL
      UNION SELECT actor_id FROM mentions WHERE article_no = ?`,
      [articleNo, articleNo, articleNo]
    )
    const spoken = yield* db.all<{ speaker_id: string; effective_date: string; kind: string; n: number | string }>(
      `SELECT speaker_id, effective_date, kind, count(*) AS n FROM statements WHERE article_no = ? AND speaker_id IS NOT NULL
      GROUP BY speaker_id, effective_date, kind`,
      [articleNo]
    )
    // What the stored version added to the aggregates, taken back.
    for (const r of actors) addActorDelta(deltas, r.actor_id, 0, -1)
    for (const r of spoken) {
      addActorDelta(deltas, r.speaker_id, -toInt(r.n), 0)
      addStatementDay(deltas, r.speaker_id, r.effective_date, r.kind, -toInt(r.n))
    }
    for (const table of ["incident_reports", "statements", "mentions", "article_actors"]) {
      yield* db.run(`DELETE FROM ${table} WHERE article_no = ?`, [articleNo])
    }
    yield* db.run("DELETE FROM articles WHERE id = ?", [articleId])
    return incidents.map((r) => r.incident_id)
  })

/**
 * The `no` the next saved article gets: articles are numbered in save order, so their rows go to the ends of the
 * indexes keyed by it. Saves run one at a time (see takeWriteLock), so no other save takes the same number.
 */
const nextArticleNo = (db: PlainStatements) =>
  Effect.map(db.all<{ no: number | string | null }>("SELECT max(no) AS no FROM articles", []), ([row]) => toInt(row?.no) + 1)

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
  db: PlainStatements,
  extraction: ArticleExtraction,
  options: { readonly replace?: boolean } | undefined
): Effect.Effect<ArticleSave, SqlError | StoreError> =>
  Effect.gen(function* () {
    const { article } = extraction
    const [existing] = yield* db.all<{ no: number | string; statement_count: number; incident_count: number }>(
      "SELECT no, statement_count, incident_count FROM articles WHERE id = ?",
      [article.id]
    )
    if (existing !== undefined && options?.replace !== true) {
      return { result: unchangedResult(article.id, existing), deltas: emptyDeltas() }
    }
    const deltas = emptyDeltas()
    const previousIncidents = existing === undefined ? [] : yield* deleteArticle(db, article.id, toInt(existing.no), deltas)
    const no = yield* nextArticleNo(db)
    yield* upsertActors(db, extraction.actors)
    yield* db.insert("articles", [articleRow(extraction, no)])
    yield* db.insert("article_actors", articleActorRows(extraction, no))
    yield* db.insert("mentions", mentionRows(extraction, no))
    yield* db.insert("statements", statementRows(extraction, no))
    const linkedReports = yield* linkIncidents(db, extraction, no, previousIncidents, deltas)
    contributionOf(extraction, deltas)
    return { result: savedResult(extraction, existing === undefined ? "inserted" : "replaced", linkedReports), deltas }
  })

const unchangedResult = (articleId: ArticleId, stored: { readonly statement_count: number | string; readonly incident_count: number | string }): SaveResult => ({
  status: "unchanged",
  articleId,
  statements: toInt(stored.statement_count),
  incidents: toInt(stored.incident_count),
  linkedReports: 0
})

const savedResult = (extraction: ArticleExtraction, status: "inserted" | "replaced", linkedReports: number): SaveResult => ({
  status,
  articleId: extraction.article.id,
  statements: extraction.statements.length,
  incidents: extraction.incidents.length,
  linkedReports
})

/** Saves one extraction; the caller runs it inside a transaction so a failure leaves nothing of the article. */
export const saveExtraction = (
  sql: SqlClient.SqlClient,
  extraction: ArticleExtraction,
  options: { readonly replace?: boolean } | undefined
): Effect.Effect<SaveResult, SqlError | StoreError> =>
  Effect.gen(function* () {
    yield* takeWriteLock(sql)
    const db = yield* plainStatements(sql)
    const { result, deltas } = yield* saveArticle(db, extraction, options)
    yield* applyDeltas(db, deltas)
    return result
  })

/**
 * Saves a group of new articles as saving them one after another would, but table by table: one query for which are
 * stored, one for their actors, multi-row INSERTs for their rows; only incident linking goes article by article (each
 * may join an incident an earlier one created). All or nothing: the caller runs it in a savepoint.
 */
const saveNewArticles = (
  db: PlainStatements,
  batch: ReadonlyArray<{ readonly extraction: ArticleExtraction }>
): Effect.Effect<ReadonlyArray<SaveResult>, SqlError | StoreError> =>
  Effect.gen(function* () {
    const storedRows = yield* db.allIn<{ id: string; statement_count: number | string; incident_count: number | string }>(
      [...new Set(batch.map((b) => b.extraction.article.id))],
      (p) => `SELECT id, statement_count, incident_count FROM articles WHERE id IN (${p})`
    )
    const stored = new Map(storedRows.map((r) => [r.id, r]))
    // An article twice in the group (two files, same content) is saved once; the second finds it stored.
    const fresh = new Map<string, ArticleExtraction>()
    for (const { extraction } of batch) {
      const id = extraction.article.id
      if (!stored.has(id) && !fresh.has(id)) fresh.set(id, extraction)
    }
    const articles = [...fresh.values()]
    const deltas = emptyDeltas()
    const linked = new Map<string, number>()
    if (articles.length > 0) {
      const first = yield* nextArticleNo(db)
      yield* upsertActors(db, articles.flatMap((e) => e.actors))
      yield* db.insert("articles", articles.map((e, i) => articleRow(e, first + i)))
      for (const [i, e] of articles.entries()) linked.set(e.article.id, yield* linkIncidents(db, e, first + i, [], deltas))
      yield* db.insert("article_actors", articles.flatMap((e, i) => articleActorRows(e, first + i)))
      yield* db.insert("mentions", articles.flatMap((e, i) => mentionRows(e, first + i)))
      yield* db.insert("statements", articles.flatMap((e, i) => statementRows(e, first + i)))
      for (const e of articles) contributionOf(e, deltas)
      yield* applyDeltas(db, deltas)
    }
    const done = new Set<string>()
    return batch.map(({ extraction }): SaveResult => {
      const id = extraction.article.id
      const row = stored.get(id)
      if (row !== undefined) return unchangedResult(extraction.article.id, row)
      if (done.has(id)) {
        const first = fresh.get(id)!
        return unchangedResult(extraction.article.id, { statement_count: first.statements.length, incident_count: first.incidents.length })
      }
      done.add(id)
      return savedResult(extraction, "inserted", linked.get(id)!)
    })
  })

/**
 * Saves many extractions in the caller's one transaction, every article all or nothing. New articles are saved
 * together (saveNewArticles) in a savepoint; when that fails, or the batch replaces stored articles, each article is
 * saved in a savepoint of its own: one whose save fails is rolled back alone and reported in its slot, the others go
 * in. Write conflicts are not caught here, so the caller retries the whole batch. Aggregates are applied once, for the
 * saved articles only.
 */
export const saveExtractions = (
  sql: SqlClient.SqlClient,
  batch: ReadonlyArray<{ readonly extraction: ArticleExtraction; readonly replace?: boolean }>,
  isRetriable: (error: SqlError | StoreError) => boolean
): Effect.Effect<ReadonlyArray<Either.Either<SaveResult, SqlError | StoreError>>, SqlError | StoreError> =>
  Effect.gen(function* () {
    yield* takeWriteLock(sql)
    if (!batch.some((b) => b.replace === true)) {
      const together = yield* Effect.either(sql.withTransaction(Effect.flatMap(plainStatements(sql), (db) => saveNewArticles(db, batch))))
      if (Either.isRight(together)) return together.right.map((r) => Either.right(r))
      if (isRetriable(together.left)) return yield* Effect.fail(together.left)
    }
    const total = emptyDeltas()
    const results = yield* Effect.forEach(batch, ({ extraction, replace }) =>
      sql.withTransaction(Effect.flatMap(plainStatements(sql), (db) => saveArticle(db, extraction, replace === true ? { replace: true } : undefined))).pipe(
        Effect.map(({ result, deltas }) => {
          mergeDeltas(total, deltas)
          return Either.right(result)
        }),
        Effect.catchIf((e) => !isRetriable(e), (e) => Effect.succeed(Either.left(e)))
      )
    )
    yield* applyDeltas(yield* plainStatements(sql), total)
    return results
  })

/** Which of these article ids are stored, asked in slices of a few hundred. */
export const storedArticleIds = (sql: SqlClient.SqlClient, ids: ReadonlyArray<ArticleId>): Effect.Effect<ReadonlySet<ArticleId>, SqlError> =>
  Effect.gen(function* () {
    const found = new Set<ArticleId>()
    const unique = [...new Set(ids)]
    for (let at = 0; at < unique.length; at += 500) {
      const rows = yield* sql<{ id: ArticleId }>`SELECT id FROM articles WHERE ${sql.in("id", unique.slice(at, at + 500))}`
      for (const r of rows) found.add(r.id)
    }
    return found
  })
