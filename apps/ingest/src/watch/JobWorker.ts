/**
 * One `ingest --watch` worker's loop: claim a few jobs, ingest each file (or reprocess), and mark each job done in
 * the transaction that saves its article; on stop, finish the current article and give the unstarted jobs back.
 */
import { parseArticleBytes, type StoreError } from "@wirewatch/domain"
import { articleIdOf } from "@wirewatch/extract"
import { ArticleRepository, type Job, JobQueue, type JobResult } from "@wirewatch/store"
import { Deferred, Effect, Either, Queue } from "effect"
import * as path from "node:path"
import type { ArticleFileRef } from "../ArticleFiles.ts"
import { ArticleExtractor } from "../ArticleExtractor.ts"
import { FileOutcome, type FileFailure } from "../FileOutcome.ts"
import { readArticleBytes } from "../IngestFile.ts"
import { FileReadError } from "../IngestErrors.ts"
import { describeFailure } from "../IngestReport.ts"
import { outdatedArticles, reprocessArticles } from "../Reprocess.ts"
import { isInsideRoots } from "./IngestRoots.ts"
import type { WatchSettings } from "./WatchSettings.ts"

/** What the worker did, for its closing line. */
export interface WorkerTally {
  jobs: number
  added: number
  unchanged: number
  replaced: number
  failed: number
}

export interface WorkerIo {
  /** One line per finished job (or store failure). */
  readonly print: (line: string) => Effect.Effect<void>
  readonly outcome: (outcome: FileOutcome) => Effect.Effect<void>
}

const displayNameOf = (absolute: string): string => {
  const relative = path.relative(process.cwd(), absolute)
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : absolute
}

/** A failure that will not go away by trying again: the job is marked failed. A StoreError is left to the lease. */
type PermanentFailure = Exclude<FileFailure, StoreError>

const isPermanent = (failure: FileFailure): failure is PermanentFailure => failure._tag !== "StoreError"

/** Ingests the file of one job; the article save and the job's `done` commit together. */
const ingestJob = (job: Job, settings: WatchSettings) =>
  Effect.gen(function* () {
    const file: ArticleFileRef = { path: job.path, displayName: displayNameOf(job.path) }
    if (!isInsideRoots(job.path, settings.roots)) {
      return yield* new FileReadError({ file: file.displayName, detail: "the file lies outside the ingest roots (WIREWATCH_INGEST_ROOTS or the watched folder)" })
    }
    const queue = yield* JobQueue
    const repository = yield* ArticleRepository
    const bytes = yield* readArticleBytes(file)
    const parsed = parseArticleBytes(path.basename(job.path), bytes)
    if (Either.isLeft(parsed)) return yield* parsed.left
    const articleId = articleIdOf(parsed.right.text)
    if (yield* repository.hasArticle(articleId)) {
      yield* queue.complete(job, settings.workerId, Effect.succeed<JobResult>({ outcome: "unchanged", articleId }))
      return FileOutcome.Unchanged({ file: file.displayName, articleId })
    }
    const extractor = yield* ArticleExtractor
    const extraction = yield* extractor.extract(parsed.right)
    const saved = yield* queue.complete(
      job,
      settings.workerId,
      Effect.map(repository.saveExtraction(extraction), (r): JobResult => ({ outcome: r.status, articleId: r.articleId }))
    )
    const counts = { statements: extraction.statements.length, incidents: extraction.incidents.length, linked: 0 }
    return saved.outcome === "inserted"
      ? FileOutcome.Added({ file: file.displayName, articleId: extraction.article.id, ...counts })
      : FileOutcome.Unchanged({ file: file.displayName, articleId: extraction.article.id })
  }).pipe(Effect.catchAll((failure: FileFailure) => Effect.succeed(FileOutcome.Failed({ file: displayNameOf(job.path), failure }))))

/** Re-extracts outdated articles (idempotent: a second run finds none), then marks the request done. */
const reprocessJob = (job: Job, settings: WatchSettings, io: WorkerIo) =>
  Effect.gen(function* () {
    const queue = yield* JobQueue
    const outdated = yield* outdatedArticles
    const summary = yield* reprocessArticles(outdated, { onOutcome: io.outcome })
    yield* queue.complete(job, settings.workerId, Effect.succeed<JobResult>({ outcome: `replaced ${summary.replaced}, failed ${summary.failed}`, articleId: null }))
    return summary
  })

/** Runs the worker until `stop` is done; `wake` is offered to when new jobs were enqueued. */
export const runJobWorker = (
  settings: WatchSettings,
  stop: Deferred.Deferred<void>,
  wake: Queue.Dequeue<void>,
  io: WorkerIo
): Effect.Effect<WorkerTally, never, JobQueue | ArticleRepository | ArticleExtractor> =>
  Effect.scoped(
    Effect.gen(function* () {
      const queue = yield* JobQueue
      const tally: WorkerTally = { jobs: 0, added: 0, unchanged: 0, replaced: 0, failed: 0 }
      const held = new Set<number>()
      const reportStoreError = (e: StoreError) => io.print(`store     ${e.message}`)
      // Leases are renewed while jobs are held, so a slow article is not taken over by another worker.
      yield* Effect.sleep(Math.max(10, Math.floor(settings.leaseMs / 3))).pipe(
        Effect.zipRight(Effect.suspend(() => queue.renew(settings.workerId, [...held], settings.leaseMs))),
        Effect.catchAll(reportStoreError),
        Effect.forever,
        Effect.forkScoped
      )
      const idle = Effect.raceAll([Effect.sleep(settings.pollMs), Deferred.await(stop), Queue.take(wake)])

      while (!(yield* Deferred.isDone(stop))) {
        const claimed = yield* queue.claim({
          worker: settings.workerId,
          limit: settings.batch,
          leaseMs: settings.leaseMs,
          maxAttempts: settings.maxAttempts
        }).pipe(Effect.catchAll((e) => Effect.as(reportStoreError(e), [] as ReadonlyArray<Job>)))
        if (claimed.length === 0) {
          yield* idle
          continue
        }
        for (const job of claimed) held.add(job.id)
        for (const job of claimed) {
          if (yield* Deferred.isDone(stop)) break
          tally.jobs++
          if (job.kind === "reprocess") {
            const done = yield* Effect.either(reprocessJob(job, settings, io))
            if (Either.isLeft(done)) yield* reportStoreError(done.left)
            else tally.replaced += done.right.replaced
          } else {
            const outcome = yield* ingestJob(job, settings)
            if (outcome._tag === "Failed") {
              tally.failed++
              if (isPermanent(outcome.failure)) {
                yield* queue.fail(job, settings.workerId, describeFailure(outcome.failure)).pipe(Effect.catchAll(reportStoreError))
              }
            } else if (outcome._tag === "Added") tally.added++
            else tally.unchanged++
            yield* io.outcome(outcome)
          }
          held.delete(job.id)
        }
        // Stopping: what was claimed but not started goes back to the queue for the other workers.
        if (held.size > 0) {
          yield* queue.release(settings.workerId, [...held]).pipe(Effect.catchAll(reportStoreError))
          held.clear()
        }
      }
      return tally
    })
  )
