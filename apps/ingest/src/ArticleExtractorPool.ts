/** Extraction in worker threads: a fixed pool, each thread handed a queue of articles, so the main thread only reads, saves and reports. */
import { ArticleExtraction, type ParsedArticleFile } from "@wirewatch/domain"
import { EXTRACTOR_VERSION } from "@wirewatch/extract"
import { Effect, Either, Layer } from "effect"
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

type Outcome = Either.Either<ArticleExtraction, ExtractionError>

/** An article handed to a thread, and who waits for it. */
interface PendingJob {
  readonly id: number
  readonly parsed: ParsedArticleFile
  readonly done: (outcome: Outcome) => void
}

/**
 * A thread's old-generation heap limit. V8 otherwise lets a busy thread's heap grow to about twice what it keeps alive
 * (100 -> 200 MB over 10,000 articles); near this limit it collects incrementally instead. The extractor keeps ~100 MB
 * alive; a thread that still runs out dies and is replaced like any other (one article fails).
 */
const WORKER_OLD_GENERATION_MB = 256

/** One worker thread and the articles queued on it; it answers them in the order it was sent them. */
class ExtractionThread {
  private readonly worker: Worker
  private readonly queue: Array<PendingJob> = []
  dead = false

  /** `onDeath` gets the articles that were queued behind the one the thread died on, to hand to another thread. */
  constructor(onDeath: (thread: ExtractionThread, orphans: ReadonlyArray<PendingJob>) => void) {
    this.worker = new Worker(WORKER_URL, { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB } })
    this.worker.on("message", (reply: ExtractionReply) => {
      const job = this.queue.shift()
      if (job === undefined || job.id !== reply.id) return
      job.done(
        reply.ok
          ? Either.right(restore(reply.extraction))
          : Either.left(new ExtractionError({ file: job.parsed.fileName, detail: reply.detail }))
      )
    })
    const die = (detail: string) => {
      if (this.dead) return
      this.dead = true
      // The article being extracted is the one that killed the thread: it fails; the ones behind it go elsewhere.
      const [current, ...rest] = this.queue.splice(0)
      current?.done(Either.left(new ExtractionError({ file: current.parsed.fileName, detail })))
      onDeath(this, rest)
    }
    this.worker.on("error", (e) => die(`worker thread failed: ${e.message}`))
    this.worker.on("exit", (code) => die(`worker thread exited with code ${code}`))
  }

  get load(): number {
    return this.queue.length
  }

  post(job: PendingJob): void {
    this.queue.push(job)
    this.worker.postMessage({ id: job.id, parsed: job.parsed } satisfies ExtractionJob)
  }

  terminate(): Promise<number> {
    this.worker.removeAllListeners("exit")
    this.worker.removeAllListeners("error")
    return this.worker.terminate()
  }
}

/** A pool of `size` extraction threads, torn down with the scope. */
export const ArticleExtractorPool = (size: number): Layer.Layer<ArticleExtractor> =>
  Layer.scoped(
    ArticleExtractor,
    Effect.gen(function* () {
      const threads: Array<ExtractionThread> = []
      // A thread that died is replaced, so one crash costs one article, not the pool or the articles queued behind it.
      const onDeath = (thread: ExtractionThread, orphans: ReadonlyArray<PendingJob>) => {
        const replacement = new ExtractionThread(onDeath)
        threads[threads.indexOf(thread)] = replacement
        for (const job of orphans) submit(job)
      }
      const submit = (job: PendingJob) => {
        let least = threads[0]!
        for (const t of threads) if (t.load < least.load) least = t
        least.post(job)
      }
      yield* Effect.acquireRelease(
        Effect.sync(() => {
          for (let i = 0; i < size; i++) threads.push(new ExtractionThread(onDeath))
        }),
        () => Effect.promise(() => Promise.all(threads.map((t) => t.terminate())))
      )
      let nextId = 0
      const extractAll = (parsed: ReadonlyArray<ParsedArticleFile>) =>
        Effect.async<ReadonlyArray<Outcome>>((resume) => {
          const outcomes = new Array<Outcome>(parsed.length)
          let left = parsed.length
          if (left === 0) return resume(Effect.succeed(outcomes))
          parsed.forEach((p, i) =>
            submit({
              id: nextId++,
              parsed: p,
              done: (outcome) => {
                outcomes[i] = outcome
                if (--left === 0) resume(Effect.succeed(outcomes))
              }
            })
          )
        })
      return {
        version: EXTRACTOR_VERSION,
        // Twice the threads, so each has its next article waiting while the main thread saves.
        concurrency: size * 2,
        extract: (parsed) => Effect.flatMap(extractAll([parsed]), ([outcome]) => outcome!),
        extractAll
      }
    })
  )
