/** The store's schema as numbered, forward-only migrations, written in SQL that SQLite and PostgreSQL both accept. */
import { SqlClient } from "@effect/sql"
import * as Migrator from "@effect/sql/Migrator"
import { Effect, Schedule } from "effect"

/**
 * Runs each statement in order (SQLite prepares one statement at a time). On PostgreSQL text columns use the "C"
 * collation, so sorting and keyset comparisons are bytewise there as they are in SQLite, whatever the server's locale.
 */
const statements = (...ddl: ReadonlyArray<string>) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const text = sql.onDialectOrElse({ pg: () => `TEXT COLLATE "C"`, orElse: () => "TEXT" })
    for (const s of ddl) yield* sql.unsafe(s.replace(/\bTEXT\b/g, text))
  })

const initialSchema = statements(
  `CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    file_name TEXT NOT NULL,
    date TEXT NOT NULL,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    body_start INTEGER NOT NULL,
    sources TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    search_text TEXT NOT NULL,
    statement_count INTEGER NOT NULL,
    incident_count INTEGER NOT NULL
  )`,
  `CREATE INDEX articles_timeline ON articles (date, id)`,
  `CREATE TABLE actors (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    aliases TEXT NOT NULL,
    roles TEXT NOT NULL,
    country TEXT,
    search_text TEXT NOT NULL,
    statement_count INTEGER NOT NULL DEFAULT 0,
    article_count INTEGER NOT NULL DEFAULT 0
  )`,
  `CREATE INDEX actors_rank ON actors (statement_count, id)`,
  `CREATE INDEX actors_kind_rank ON actors (kind, statement_count, id)`,
  `CREATE TABLE article_actors (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL REFERENCES actors (id),
    ordinal INTEGER NOT NULL,
    PRIMARY KEY (article_id, actor_id)
  )`,
  `CREATE INDEX article_actors_actor ON article_actors (actor_id)`,
  `CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    actor_id TEXT NOT NULL REFERENCES actors (id),
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (article_id, ordinal)
  )`,
  `CREATE INDEX mentions_actor_article ON mentions (actor_id, article_id)`,
  `CREATE TABLE statements (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    speaker_id TEXT REFERENCES actors (id),
    speaker_name TEXT,
    speaker_kind TEXT NOT NULL,
    speaker_mention TEXT,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    sentence_text TEXT NOT NULL,
    cue TEXT,
    date TEXT,
    effective_date TEXT NOT NULL,
    addressee TEXT,
    channel TEXT,
    search_text TEXT NOT NULL
  )`,
  `CREATE INDEX statements_timeline ON statements (effective_date, article_id, ordinal)`,
  `CREATE INDEX statements_speaker_timeline ON statements (speaker_id, effective_date)`,
  `CREATE INDEX statements_article ON statements (article_id, ordinal)`,
  `CREATE TABLE incidents (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    place_name TEXT NOT NULL,
    place_region TEXT,
    place_country TEXT,
    place_country_code TEXT,
    place_lat DOUBLE PRECISION,
    place_lon DOUBLE PRECISION,
    place_key TEXT NOT NULL,
    event_country TEXT NOT NULL,
    country_name_key TEXT NOT NULL,
    country_code_key TEXT NOT NULL,
    date TEXT,
    sort_date TEXT NOT NULL,
    date_precision TEXT NOT NULL,
    perpetrator_id TEXT,
    perpetrator TEXT,
    perpetrator_key TEXT,
    weapons TEXT NOT NULL,
    killed INTEGER,
    injured INTEGER,
    report_count INTEGER NOT NULL
  )`,
  `CREATE INDEX incidents_timeline ON incidents (sort_date, id)`,
  `CREATE INDEX incidents_event ON incidents (place_key, event_country, kind, date)`,
  `CREATE INDEX incidents_country_name ON incidents (country_name_key, sort_date)`,
  `CREATE INDEX incidents_country_code ON incidents (country_code_key, sort_date)`,
  `CREATE INDEX incidents_perpetrator ON incidents (perpetrator_key, sort_date)`,
  `CREATE TABLE incident_reports (
    id TEXT PRIMARY KEY,
    incident_id TEXT NOT NULL REFERENCES incidents (id),
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    kind TEXT NOT NULL,
    place_name TEXT NOT NULL,
    place_region TEXT,
    place_country TEXT,
    place_country_code TEXT,
    place_lat DOUBLE PRECISION,
    place_lon DOUBLE PRECISION,
    place_mention TEXT NOT NULL,
    date TEXT,
    date_precision TEXT NOT NULL,
    perpetrator_id TEXT,
    perpetrator TEXT,
    weapons TEXT NOT NULL,
    killed INTEGER,
    injured INTEGER,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    evidence_text TEXT NOT NULL,
    mentions TEXT NOT NULL
  )`,
  `CREATE INDEX incident_reports_incident ON incident_reports (incident_id)`,
  `CREATE INDEX incident_reports_article ON incident_reports (article_id, ordinal)`
)

/**
 * The job queue of `ingest --watch` workers (see JobQueue.ts): one row per file version (path + content hash) or
 * reprocess request; `lease_until` (epoch ms) lets another worker reclaim a job whose worker died.
 */
const jobQueue = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const id = sql.onDialectOrElse({ pg: () => "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", orElse: () => "INTEGER PRIMARY KEY AUTOINCREMENT" })
  yield* statements(
    `CREATE TABLE jobs (
      id ${id},
      kind TEXT NOT NULL,
      path TEXT NOT NULL,
      content_hash TEXT NOT NULL,
      state TEXT NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0,
      claimed_by TEXT,
      lease_until BIGINT,
      enqueued_at BIGINT NOT NULL,
      finished_at BIGINT,
      article_id TEXT,
      outcome TEXT,
      error TEXT,
      UNIQUE (path, kind, content_hash)
    )`,
    `CREATE INDEX jobs_claimable ON jobs (state, id)`
  )
})

/**
 * Running aggregates for the time series (kept by the write path, see RunningAggregates.ts), filled from what is
 * stored: statements per speaker, day and kind; incidents, reports, killed and injured per day of the incident.
 */
const seriesAggregates = statements(
  `CREATE TABLE statement_days (
    speaker_id TEXT NOT NULL,
    day TEXT NOT NULL,
    kind TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (speaker_id, day, kind)
  )`,
  `CREATE INDEX statement_days_day ON statement_days (day, speaker_id)`,
  `INSERT INTO statement_days (speaker_id, day, kind, n)
    SELECT speaker_id, effective_date, kind, count(*) FROM statements WHERE speaker_id IS NOT NULL
    GROUP BY speaker_id, effective_date, kind`,
  `CREATE TABLE incident_days (
    day TEXT PRIMARY KEY,
    incidents INTEGER NOT NULL,
    reports INTEGER NOT NULL,
    killed INTEGER NOT NULL,
    injured INTEGER NOT NULL
  )`,
  `INSERT INTO incident_days (day, incidents, reports, killed, injured)
    SELECT date, count(*), sum(report_count), sum(coalesce(killed, 0)), sum(coalesce(injured, 0)) FROM incidents
    WHERE date IS NOT NULL GROUP BY date`
)

/**
 * The series read each actor's per-day counts (speaker, day, kind, n) for a few actors at once: with n in the index
 * the read is one range of the index per actor instead of a table lookup per row (weekly series of the top five
 * actors on the 100k-article database: 35.6 -> 6.4 ms of SQLite CPU, 20,521 rows).
 */
const seriesReadIndexes = statements(`CREATE INDEX statement_days_speaker_counts ON statement_days (speaker_id, day, kind, n)`)

/**
 * A child table of articles rebuilt around `article_no`: its rows copied in article order, the old table dropped (no
 * table refers to a child table, so dropping one deletes nothing else), the new one renamed in its place.
 */
const rebuiltChild = (table: string, columns: string, copied: ReadonlyArray<string>, key: string) => [
  `CREATE TABLE ${table}_v5 (${columns}, article_no BIGINT NOT NULL, PRIMARY KEY (${key}))`,
  `INSERT INTO ${table}_v5 (${copied.join(", ")}, article_no)
    SELECT ${copied.map((c) => `t.${c}`).join(", ")}, a.no FROM ${table} t JOIN articles a ON a.id = t.article_id ORDER BY a.no, t.ordinal`,
  `DROP TABLE ${table}`,
  `ALTER TABLE ${table}_v5 RENAME TO ${table}`
]

/**
 * Keys that grow in insertion order, so that a save writes to the ends of its tables' indexes instead of to a random
 * page of each (past the page cache, every commit wrote thousands of such pages: SQLite's cost per article grew with
 * the database). Articles get `no`, numbered in save order; their mentions, statements, reports and listed actors are
 * keyed `(article_no, ordinal)` (or `(article_no, actor_id)`), replacing the keys and indexes on the random article and
 * statement hashes; a mention's actor index is `(actor_id, article_no)`; the actor index of article_actors, which no
 * query reads, is gone. On SQLite statement_days becomes a WITHOUT ROWID table keyed like its covering index, which it
 * replaces (one b-tree per row instead of three); PostgreSQL keeps its covering index.
 */
const appendOrderedKeys = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const isPg = sql.onDialectOrElse({ pg: () => true, orElse: () => false })
  yield* statements(
    `ALTER TABLE articles ADD COLUMN no BIGINT NOT NULL DEFAULT 0`,
    `UPDATE articles SET no = n.no FROM (SELECT id, row_number() OVER (ORDER BY date, id) AS no FROM articles) n WHERE n.id = articles.id`,
    `CREATE UNIQUE INDEX articles_no ON articles (no)`,
    ...rebuiltChild(
      "article_actors",
      `article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      actor_id TEXT NOT NULL REFERENCES actors (id),
      ordinal INTEGER NOT NULL`,
      ["article_id", "actor_id", "ordinal"],
      "article_no, actor_id"
    ),
    ...rebuiltChild(
      "mentions",
      `article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      ordinal INTEGER NOT NULL,
      actor_id TEXT NOT NULL REFERENCES actors (id),
      start_offset INTEGER NOT NULL,
      end_offset INTEGER NOT NULL,
      text TEXT NOT NULL`,
      ["article_id", "ordinal", "actor_id", "start_offset", "end_offset", "text"],
      "article_no, ordinal"
    ),
    `CREATE INDEX mentions_actor ON mentions (actor_id, article_no)`,
    ...rebuiltChild(
      "statements",
      `id TEXT NOT NULL,
      article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      ordinal INTEGER NOT NULL,
      speaker_id TEXT REFERENCES actors (id),
      speaker_name TEXT,
      speaker_kind TEXT NOT NULL,
      speaker_mention TEXT,
      kind TEXT NOT NULL,
      text TEXT NOT NULL,
      start_offset INTEGER NOT NULL,
      end_offset INTEGER NOT NULL,
      sentence_start INTEGER NOT NULL,
      sentence_end INTEGER NOT NULL,
      sentence_text TEXT NOT NULL,
      cue TEXT,
      date TEXT,
      effective_date TEXT NOT NULL,
      addressee TEXT,
      channel TEXT,
      search_text TEXT NOT NULL`,
      [
        "id", "article_id", "ordinal", "speaker_id", "speaker_name", "speaker_kind", "speaker_mention", "kind", "text", "start_offset",
        "end_offset", "sentence_start", "sentence_end", "sentence_text", "cue", "date", "effective_date", "addressee", "channel", "search_text"
      ],
      "article_no, ordinal"
    ),
    `CREATE UNIQUE INDEX statements_id ON statements (id)`,
    `CREATE INDEX statements_timeline ON statements (effective_date, article_id, ordinal)`,
    `CREATE INDEX statements_speaker_timeline ON statements (speaker_id, effective_date)`,
    ...rebuiltChild(
      "incident_reports",
      `id TEXT NOT NULL,
      incident_id TEXT NOT NULL REFERENCES incidents (id),
      article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      ordinal INTEGER NOT NULL,
      kind TEXT NOT NULL,
      place_name TEXT NOT NULL,
      place_region TEXT,
      place_country TEXT,
      place_country_code TEXT,
      place_lat DOUBLE PRECISION,
      place_lon DOUBLE PRECISION,
      place_mention TEXT NOT NULL,
      date TEXT,
      date_precision TEXT NOT NULL,
      perpetrator_id TEXT,
      perpetrator TEXT,
      weapons TEXT NOT NULL,
      killed INTEGER,
      injured INTEGER,
      evidence_start INTEGER NOT NULL,
      evidence_end INTEGER NOT NULL,
      evidence_text TEXT NOT NULL,
      mentions TEXT NOT NULL`,
      [
        "id", "incident_id", "article_id", "ordinal", "kind", "place_name", "place_region", "place_country", "place_country_code", "place_lat",
        "place_lon", "place_mention", "date", "date_precision", "perpetrator_id", "perpetrator", "weapons", "killed", "injured",
        "evidence_start", "evidence_end", "evidence_text", "mentions"
      ],
      "article_no, ordinal"
    ),
    `CREATE UNIQUE INDEX incident_reports_id ON incident_reports (id)`,
    `CREATE INDEX incident_reports_incident ON incident_reports (incident_id)`
  )
  if (isPg) return
  yield* statements(
    `CREATE TABLE statement_days_v5 (
      speaker_id TEXT NOT NULL,
      day TEXT NOT NULL,
      kind TEXT NOT NULL,
      n INTEGER NOT NULL,
      PRIMARY KEY (speaker_id, day, kind)
    ) WITHOUT ROWID`,
    `INSERT INTO statement_days_v5 (speaker_id, day, kind, n) SELECT speaker_id, day, kind, n FROM statement_days ORDER BY speaker_id, day, kind`,
    `DROP TABLE statement_days`,
    `ALTER TABLE statement_days_v5 RENAME TO statement_days`,
    `CREATE INDEX statement_days_day ON statement_days (day, speaker_id)`
  )
})

/** Every migration, keyed `<id>_<name>`; add new ones with the next number, never edit a released one. */
export const migrations = {
  "1_initial_schema": initialSchema,
  "2_job_queue": jobQueue,
  "3_series_aggregates": seriesAggregates,
  "4_series_read_indexes": seriesReadIndexes,
  "5_append_ordered_keys": appendOrderedKeys
}

const MIGRATIONS_TABLE = "wirewatch_migrations"

const latestMigration = Math.max(...Object.keys(migrations).map((key) => Number.parseInt(key, 10)))

/**
 * Waits until the database has every migration: when another process is migrating the same database, the Migrator
 * of this one backs off ("already running") and returns before the other has committed.
 */
const awaitLatestMigration = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const [row] = yield* sql<{ id: number | string | null }>`SELECT max(migration_id) AS id FROM ${sql(MIGRATIONS_TABLE)}`
  if (Number(row?.id ?? 0) < latestMigration) {
    return yield* Effect.fail(new Migrator.MigrationError({ reason: "locked", message: "another process is still migrating the database" }))
  }
}).pipe(Effect.retry({ schedule: Schedule.spaced("25 millis"), times: 400 }))

/**
 * Brings the connected database up to the latest migration (or waits for the process that is doing it). On a new
 * PostgreSQL database, processes started together race to create the migrations table (the Migrator checks, then
 * creates, outside its lock): the losers fail with a duplicate key, and a second try finds the table and waits on
 * the winner's lock.
 */
export const runMigrations = Migrator.make({})({
  loader: Migrator.fromRecord(migrations),
  table: MIGRATIONS_TABLE
}).pipe(
  Effect.retry({ schedule: Schedule.spaced("50 millis"), times: 3 }),
  Effect.zipRight(awaitLatestMigration)
)
