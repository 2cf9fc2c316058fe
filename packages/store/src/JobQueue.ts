/**
 * The job queue that lets several `ingest --watch` workers share one database: files (and reprocess requests) become
 * jobs, workers claim them under a lease (PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite: its single writer), and a job
 * is marked done in the same transaction that saves its article, so a crash can neither lose nor double it.
 */
import { SqlClient } from "@effect/sql"
import type { SqlError } from "@effect/sql/SqlError"
import { StoreError } from "@wirewatch/domain"
import { Context, Effect, Layer } from "effect"
import { createHash } from "node:crypto"
import { sqlErrorDetail } from "./StoreFailures.ts"
import { retryOnWriteConflict } from "./WriteConflicts.ts"

/** `ingest`: store the file at `path`; `reprocess`: re-extract articles made by an older extractor. */
export type JobKind = "ingest" | "reprocess"
export type JobState = "queued" | "running" | "done" | "failed"

export interface Job {
  readonly id: number
  readonly kind: JobKind
  readonly path: string
  readonly contentHash: string
  /** How many times a worker has claimed it, this claim included. */
  readonly attempts: number
}

/** What became of a finished job: `added`, `unchanged`, `replaced`, or what a reprocess did. */
export interface JobResult {
  readonly outcome: string
  readonly articleId: string | null
}

export interface JobCounts {
  readonly queued: number
  readonly running: number
  readonly done: number
  readonly failed: number
}

export interface JobQueueShape {
  /** Adds jobs; a (kind, path, content hash) already queued or seen is ignored. Returns the ids of the jobs (new or known). */
  readonly enqueue: (
    jobs: ReadonlyArray<{ readonly kind: JobKind; readonly path: string; readonly contentHash: string }>
  ) => Effect.Effect<ReadonlyArray<number>, StoreError>
  /**
   * Claims up to `limit` jobs for `worker` until `leaseMs` from now: queued ones, and running ones whose lease
   * expired (their worker died). A job claimed `maxAttempts` times without finishing is marked failed instead.
   */
  readonly claim: (options: {
    readonly worker: string
    readonly limit: number
    readonly leaseMs: number
    readonly maxAttempts: number
  }) => Effect.Effect<ReadonlyArray<Job>, StoreError>
  /** Extends the lease of jobs `worker` still holds. */
  readonly renew: (worker: string, ids: ReadonlyArray<number>, leaseMs: number) => Effect.Effect<void, StoreError>
  /**
   * Runs `work` (e.g. saving the article) and marks the job done in one transaction: either both happen or neither.
   * A job another worker already finished stays as it was (its article is stored; saving is idempotent).
   */
  readonly complete: <E, R>(
    job: Job,
    worker: string,
    work: Effect.Effect<JobResult, E, R>
  ) => Effect.Effect<JobResult, E | StoreError, R>
  /** Marks the job failed for good (a file that is not an article), with the reason. */
  readonly fail: (job: Job, worker: string, error: string) => Effect.Effect<void, StoreError>
  /** Gives jobs back to the queue unstarted (a worker shutting down), without counting the attempt. */
  readonly release: (worker: string, ids: ReadonlyArray<number>) => Effect.Effect<void, StoreError>
  readonly counts: () => Effect.Effect<JobCounts, StoreError>
  /** One job, or undefined. */
  readonly get: (id: number) => Effect.Effect<(Job & { readonly state: JobState; readonly outcome: string | null; readonly error: string | null }) | undefined, StoreError>
}

/** The content hash a job of a file is keyed by (the file's bytes, so an edited file is a new job). */
export const fileContentHash = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex")

export class JobQueue extends Context.Tag("@wirewatch/store/JobQueue")<JobQueue, JobQueueShape>() {}

interface JobRow {
  readonly id: number | string
  readonly kind: JobKind
  readonly path: string
  readonly content_hash: string
  readonly attempts: number | string
}

const toJob = (row: JobRow): Job => ({
  id: Number(row.id),
  kind: row.kind,
  path: row.path,
  contentHash: row.content_hash,
  attempts: Number(row.attempts)
})

const isSqlError = (e: unknown): e is SqlError => typeof e === "object" && e !== null && "_tag" in e && e._tag === "SqlError"

const storeErrors =
  (operation: string) =>
  <A, E, R>(effect: Effect.Effect<A, E | SqlError, R>): Effect.Effect<A, Exclude<E, SqlError> | StoreError, R> =>
    Effect.catchIf(effect, isSqlError, (e) => Effect.fail(new StoreError({ operation, detail: sqlErrorDetail(e) }))) as Effect.Effect<
      A,
      Exclude<E, SqlError> | StoreError,
      R
    >

/** Rows per INSERT of new jobs, under both databases' bound-parameter limits. */
const ENQUEUE_CHUNK = 200

export const makeJobQueue: Effect.Effect<JobQueueShape, never, SqlClient.SqlClient> = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const claimableRows = sql.onDialectOrElse({
    pg: () => sql.literal("FOR UPDATE SKIP LOCKED"),
    orElse: () => sql.literal("")
  })

  const enqueue: JobQueueShape["enqueue"] = (jobs) =>
    Effect.gen(function* () {
      const ids: Array<number> = []
      for (let i = 0; i < jobs.length; i += ENQUEUE_CHUNK) {
        const chunk = jobs.slice(i, i + ENQUEUE_CHUNK)
        const now = Date.now()
        yield* sql`INSERT INTO jobs ${sql.insert(
          chunk.map((j) => ({ kind: j.kind, path: j.path, content_hash: j.contentHash, state: "queued", attempts: 0, enqueued_at: now }))
        )} ON CONFLICT (kind, path, content_hash) DO NOTHING`
        const rows = yield* sql<{ id: number | string; kind: string; path: string; content_hash: string }>`
          SELECT id, kind, path, content_hash FROM jobs WHERE ${sql.in("path", [...new Set(chunk.map((j) => j.path))])}`
        const idOf = new Map(rows.map((r) => [`${r.kind}\u0000${r.path}\u0000${r.content_hash}`, Number(r.id)]))
        for (const j of chunk) {
          const id = idOf.get(`${j.kind}\u0000${j.path}\u0000${j.contentHash}`)
          if (id !== undefined) ids.push(id)
        }
      }
      return ids
    }).pipe(sql.withTransaction, retryOnWriteConflict, storeErrors("enqueue jobs"))

  const claim: JobQueueShape["claim"] = ({ worker, limit, leaseMs, maxAttempts }) =>
    Effect.gen(function* () {
      const now = Date.now()
      // A job whose workers keep dying on it (a poison file) stops being retried.
      yield* sql`
        UPDATE jobs SET state = 'failed', finished_at = ${now}, lease_until = NULL,
          error = ${`gave up: claimed ${maxAttempts} times without finishing (its worker died each time)`}
        WHERE state = 'running' AND lease_until < ${now} AND attempts >= ${maxAttempts}`
      // One statement: on SQLite it holds the single write lock, on PostgreSQL rows other workers are claiming are skipped.
      const rows = yield* sql<JobRow>`
        UPDATE jobs SET state = 'running', attempts = attempts + 1, claimed_by = ${worker}, lease_until = ${now + leaseMs}
        WHERE id IN (
          SELECT id FROM jobs
          WHERE state = 'queued' OR (state = 'running' AND lease_until < ${now})
          ORDER BY id LIMIT ${limit} ${claimableRows}
        )
        RETURNING id, kind, path, content_hash, attempts`
      return rows.map(toJob).sort((a, b) => a.id - b.id)
    }).pipe(sql.withTransaction, retryOnWriteConflict, storeErrors("claim jobs"))

  const renew: JobQueueShape["renew"] = (worker, ids, leaseMs) =>
    ids.length === 0
      ? Effect.void
      : sql`UPDATE jobs SET lease_until = ${Date.now() + leaseMs}
            WHERE state = 'running' AND claimed_by = ${worker} AND ${sql.in("id", [...ids])}`.pipe(
          Effect.asVoid,
          retryOnWriteConflict,
          storeErrors("renew job leases")
        )

  const complete: JobQueueShape["complete"] = (job, worker, work) =>
    Effect.gen(function* () {
      // The job row is written first: on SQLite that takes the write lock before the save reads anything.
      const now = Date.now()
      const mine = yield* sql<{ id: number | string }>`
        UPDATE jobs SET state = 'done', finished_at = ${now}, lease_until = NULL, error = NULL
        WHERE id = ${job.id} AND state <> 'done' AND claimed_by = ${worker}
        RETURNING id`
      const result = yield* work
      if (mine.length > 0) {
        yield* sql`UPDATE jobs SET outcome = ${result.outcome}, article_id = ${result.articleId} WHERE id = ${job.id}`
      }
      return result
    }).pipe(sql.withTransaction, retryOnWriteConflict, storeErrors(`complete job ${job.id}`))

  const fail: JobQueueShape["fail"] = (job, worker, error) =>
    sql`UPDATE jobs SET state = 'failed', finished_at = ${Date.now()}, lease_until = NULL, error = ${error}
        WHERE id = ${job.id} AND state = 'running' AND claimed_by = ${worker}`.pipe(
      Effect.asVoid,
      retryOnWriteConflict,
      storeErrors(`fail job ${job.id}`)
    )

  const release: JobQueueShape["release"] = (worker, ids) =>
    ids.length === 0
      ? Effect.void
      : sql`UPDATE jobs SET state = 'queued', attempts = attempts - 1, claimed_by = NULL, lease_until = NULL
            WHERE state = 'running' AND claimed_by = ${worker} AND ${sql.in("id", [...ids])}`.pipe(
          Effect.asVoid,
          retryOnWriteConflict,
          storeErrors("release jobs")
        )

  const counts: JobQueueShape["counts"] = () =>
    sql<{ state: JobState; n: number | string }>`SELECT state, count(*) AS n FROM jobs GROUP BY state`.pipe(
      Effect.map((rows) => {
        const by = new Map(rows.map((r) => [r.state, Number(r.n)]))
        return { queued: by.get("queued") ?? 0, running: by.get("running") ?? 0, done: by.get("done") ?? 0, failed: by.get("failed") ?? 0 }
      }),
      storeErrors("count jobs")
    )

  const get: JobQueueShape["get"] = (id) =>
    sql<JobRow & { state: JobState; outcome: string | null; error: string | null }>`
      SELECT id, kind, path, content_hash, attempts, state, outcome, error FROM jobs WHERE id = ${id}`.pipe(
      Effect.map(([row]) => (row === undefined ? undefined : { ...toJob(row), state: row.state, outcome: row.outcome, error: row.error })),
      storeErrors(`read job ${id}`)
    )

  return JobQueue.of({ enqueue, claim, renew, complete, fail, release, counts, get })
})

/** The queue over the store's SqlClient (the store layers provide it next to the repository, on the same connection). */
export const JobQueueLive: Layer.Layer<JobQueue, never, SqlClient.SqlClient> = Layer.effect(JobQueue, makeJobQueue)
