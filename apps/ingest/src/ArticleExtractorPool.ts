/** Extraction in worker threads: a fixed pool, one job per worker at a time, so the main thread only reads, saves and reports. */
import { ArticleExtraction } from "@wirewatch/domain"
import { EXTRACTOR_VERSION } from "@wirewatch/extract"
import { Effect, Layer, Queue } from "effect"
import { Worker } from "node:worker_threads"
import { ArticleExtractor } from "./ArticleExtractor.ts"
import type { ExtractionJob, ExtractionReply } from "./ExtractionWorker.ts"
import { ExtractionError } from "./IngestErrors.ts"

/** Workers run our TypeScript source: the boot script registers tsx in the thread, whatever started the parent (tsx, vitest). */
const WORKER_URL = new URL("./ExtractionWorkerBoot.mjs", import.meta.url)

/**
 * The worker's extraction was built by the domain's schema constructors in our own code, so it is not validated again
 * (that cost the main thread ~0.8 ms an article, as much as saving it); only the outer class is restored. The
 * schemas have no transformations, so the fields that crossed the thread are the values themselves.
 */
const restore = (extraction: typeof ArticleExtraction.Encoded): ArticleExtraction =>
  new ArticleExtraction(extraction as ConstructorParameters<typeof ArticleExtraction>[0], { disableValidation: true })

/** One worker thread and the job it is doing. */
class ExtractionThread {
  private readonly worker: Worker
  private current: { readonly id: number; readonly file: string; readonly done: (reply: ExtractionReply) => void } | null = null
  dead = false

  constructor() {
    this.worker = new Worker(WORKER_URL, { execArgv: [] })
    this.worker.on("message", (reply: ExtractionReply) => {
      const job = this.current
      this.current = null
      if (job !== null && job.id === reply.id) job.done(reply)
    })
    const die = (detail: string) => {
      this.dead = true
      const job = this.current
      this.current = null
      job?.done({ id: job.id, ok: false, detail })
    }
    this.worker.on("error", (e) => die(`worker thread failed: ${e.message}`))
    this.worker.on("exit", (code) => die(`worker thread exited with code ${code}`))
  }

  run(job: ExtractionJob): Effect.Effect<ArticleExtraction, ExtractionError> {
    return Effect.async<ArticleExtraction, ExtractionError>((resume) => {
      this.current = {
        id: job.id,
        file: job.parsed.fileName,
        done: (reply) => {
          if (!reply.ok) return resume(Effect.fail(new ExtractionError({ file: job.parsed.fileName, detail: reply.detail })))
          resume(Effect.succeed(restore(reply.extraction)))
        }
      }
      this.worker.postMessage(job)
    })
  }

  terminate(): Promise<number> {
    this.worker.removeAllListeners("exit")
    return this.worker.terminate()
  }
}

/** A pool of `size` extraction threads, torn down with the scope. */
export const ArticleExtractorPool = (size: number): Layer.Layer<ArticleExtractor> =>
  Layer.scoped(
    ArticleExtractor,
    Effect.gen(function* () {
      const threads = new Set<ExtractionThread>()
      const spawn = () => {
        const thread = new ExtractionThread()
        threads.add(thread)
        return thread
      }
      const idle = yield* Queue.unbounded<ExtractionThread>()
      yield* Effect.acquireRelease(
        Effect.forEach(Array.from({ length: size }, spawn), (t) => Queue.offer(idle, t), { discard: true }),
        () => Effect.promise(() => Promise.all([...threads].map((t) => t.terminate())))
      )
      let nextId = 0
      return {
        version: EXTRACTOR_VERSION,
        // Twice the threads, so each has its next article waiting while the main thread saves.
        concurrency: size * 2,
        extract: (parsed) =>
          Effect.acquireUseRelease(
            Queue.take(idle),
            (thread) => thread.run({ id: nextId++, parsed }),
            // A thread that died is replaced, so one crash costs one article, not the pool.
            (thread) => {
              if (!thread.dead) return Queue.offer(idle, thread)
              threads.delete(thread)
              return Queue.offer(idle, spawn())
            }
          )
      }
    })
  )
