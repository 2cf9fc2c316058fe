/** `ingest --watch` on SQLite: two workers share one database file (its single writer is the lock); files added while they run are picked up; paths outside the roots are refused. */
import { ArticleRepository, JobQueue, SqliteStoreLive } from "@wirewatch/store"
import { Effect } from "effect"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { syntheticArticle, writeCorpus } from "../src/index.ts"
import { startWorker, waitUntil, type WorkerProcess } from "./support/WorkerProcesses.ts"

const work = fs.mkdtempSync(path.join(os.tmpdir(), "wirewatch-watch-sqlite-"))
const workers: Array<WorkerProcess> = []
afterAll(async () => {
  await Promise.all(workers.map((w) => w.kill()))
  fs.rmSync(work, { recursive: true, force: true })
})

const countsOf = (db: string) =>
  Effect.runPromise(
    Effect.gen(function* () {
      const queue = yield* JobQueue
      const repository = yield* ArticleRepository
      return { jobs: yield* queue.counts(), articles: yield* repository.countArticles() }
    }).pipe(Effect.provide(SqliteStoreLive({ filename: db })))
  )

describe("ingest --watch on SQLite", () => {
  it("two workers ingest every file once, including one added while they run", async () => {
    const dir = path.join(work, "in")
    const db = path.join(work, "w.db")
    await Effect.runPromise(writeCorpus(dir, { articles: 60, seed: 5 }))
    const env = { WIREWATCH_DB: db, WIREWATCH_INGEST_ROOTS: work }
    workers.push(startWorker("a", dir, env), startWorker("b", dir, env))
    await waitUntil(async () => (await countsOf(db)).jobs.done === 60, 90_000, () => workers.map((w) => w.output()).join("\n"))
    fs.writeFileSync(path.join(dir, "late.txt"), syntheticArticle(99, 1, "2024-01-01", "2024-12-31").text)
    await waitUntil(async () => (await countsOf(db)).jobs.done === 61, 30_000, () => workers.map((w) => w.output()).join("\n"))
    expect(await Promise.all(workers.map((w) => w.stop()))).toEqual([0, 0])
    expect(await countsOf(db)).toEqual({ jobs: { queued: 0, running: 0, done: 61, failed: 0 }, articles: 61 })
  }, 150_000)

  it("refuses to watch a folder outside WIREWATCH_INGEST_ROOTS (exit 2)", async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), "wirewatch-outside-"))
    try {
      const w = startWorker("c", outside, { WIREWATCH_DB: path.join(work, "x.db"), WIREWATCH_INGEST_ROOTS: path.join(work, "in") })
      workers.push(w)
      expect(await w.exited).toBe(2)
      expect(w.output()).toMatch(/outside the ingest roots/)
    } finally {
      fs.rmSync(outside, { recursive: true, force: true })
    }
  }, 30_000)
})
