import { describe, expect, it } from "@effect/vitest"
import { StoreError } from "@wirewatch/domain"
import { Effect } from "effect"
import { ArticleRepository, JobQueue } from "../src/index.ts"
import { article1, article2, ids } from "./fixtures.ts"
import { describeEachStore } from "./store.ts"

const files = (n: number) => Array.from({ length: n }, (_, i) => ({ kind: "ingest" as const, path: `/in/${i}.txt`, contentHash: `h${i}` }))
const lease = { limit: 10, leaseMs: 60_000, maxAttempts: 3 }

describeEachStore("jobqueue", (stores) => {
  describe("JobQueue", () => {
    it.live("enqueues each (path, content) once; a changed file is a new job", () =>
      Effect.gen(function* () {
        const queue = yield* JobQueue
        const first = yield* queue.enqueue(files(3))
        const again = yield* queue.enqueue(files(3))
        expect(again).toEqual(first)
        const changed = yield* queue.enqueue([{ kind: "ingest", path: "/in/0.txt", contentHash: "h0-edited" }])
        expect(first).not.toContain(changed[0])
        expect(yield* queue.counts()).toEqual({ queued: 4, running: 0, done: 0, failed: 0 })
      }).pipe(Effect.provide(stores.fresh())))

    it.live("concurrent claims never hand one job to two workers", () =>
      Effect.gen(function* () {
        const queue = yield* JobQueue
        yield* queue.enqueue(files(60))
        const claims = yield* Effect.all(
          Array.from({ length: 8 }, (_, w) => queue.claim({ ...lease, worker: `w${w}`, limit: 10 })),
          { concurrency: "unbounded" }
        )
        const claimed = claims.flat().map((j) => j.id)
        expect(new Set(claimed).size).toBe(claimed.length)
        expect(claimed.length).toBe(60)
        expect(claims.flat().every((j) => j.attempts === 1)).toBe(true)
        expect(yield* queue.counts()).toEqual({ queued: 0, running: 60, done: 0, failed: 0 })
      }).pipe(Effect.provide(stores.fresh())))

    it.live("marks a job done in the transaction that saves its article, and neither when the work fails", () =>
      Effect.gen(function* () {
        const queue = yield* JobQueue
        const repo = yield* ArticleRepository
        yield* queue.enqueue(files(2))
        const [a, b] = yield* queue.claim({ ...lease, worker: "w" })
        const saved = yield* queue.complete(a!, "w", Effect.map(repo.saveExtraction(article1), (r) => ({ outcome: r.status, articleId: r.articleId })))
        expect(saved.outcome).toBe("inserted")
        expect((yield* queue.get(a!.id))?.state).toBe("done")
        expect((yield* queue.get(a!.id))?.outcome).toBe("inserted")
        // The save went through, then the work failed: the article is rolled back with the job's state.
        const failed = yield* Effect.flip(
          queue.complete(b!, "w", Effect.zipRight(repo.saveExtraction(article2), Effect.fail(new StoreError({ operation: "test", detail: "boom" }))))
        )
        expect(failed.detail).toBe("boom")
        expect((yield* queue.get(b!.id))?.state).toBe("running")
        expect(yield* repo.hasArticle(ids.a2)).toBe(false)
        expect(yield* repo.hasArticle(ids.a1)).toBe(true)
      }).pipe(Effect.provide(stores.fresh())))

    it.live("reclaims a job whose lease expired (its worker died), and gives up after maxAttempts", () =>
      Effect.gen(function* () {
        const queue = yield* JobQueue
        yield* queue.enqueue(files(1))
        const [job] = yield* queue.claim({ ...lease, worker: "dead", leaseMs: 1 })
        yield* Effect.sleep("10 millis")
        const [again] = yield* queue.claim({ ...lease, worker: "alive", leaseMs: 1 })
        expect(again?.id).toBe(job?.id)
        expect(again?.attempts).toBe(2)
        // The dead worker's late completion does not mark a job it no longer holds.
        yield* queue.complete(job!, "dead", Effect.succeed({ outcome: "added", articleId: null }))
        expect((yield* queue.get(job!.id))?.state).toBe("running")
        yield* Effect.sleep("10 millis")
        expect((yield* queue.claim({ ...lease, worker: "third", leaseMs: 1 })).map((j) => j.attempts)).toEqual([3])
        yield* Effect.sleep("10 millis")
        expect(yield* queue.claim({ ...lease, worker: "fourth" })).toEqual([])
        const gaveUp = yield* queue.get(job!.id)
        expect(gaveUp?.state).toBe("failed")
        expect(gaveUp?.error).toMatch(/claimed 3 times/)
      }).pipe(Effect.provide(stores.fresh())))

    it.live("a live lease is not reclaimed; renew keeps it; release gives jobs back unclaimed", () =>
      Effect.gen(function* () {
        const queue = yield* JobQueue
        yield* queue.enqueue(files(3))
        const held = yield* queue.claim({ ...lease, worker: "a", leaseMs: 200 })
        yield* queue.renew("a", held.map((j) => j.id), 60_000)
        yield* Effect.sleep("300 millis")
        expect(yield* queue.claim({ ...lease, worker: "b" })).toEqual([])
        yield* queue.release("a", [held[2]!.id])
        const [back] = yield* queue.claim({ ...lease, worker: "b" })
        expect(back?.id).toBe(held[2]?.id)
        expect(back?.attempts).toBe(1)
        yield* queue.fail(held[0]!, "a", "not an article")
        expect(yield* queue.counts()).toEqual({ queued: 0, running: 2, done: 0, failed: 1 })
      }).pipe(Effect.provide(stores.fresh())))
  })
})
