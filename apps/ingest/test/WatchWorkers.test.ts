/**
 * Several `pnpm ingest --watch` processes on one PostgreSQL database: a few thousand files each ingested exactly
 * once; a worker killed with SIGKILL mid-batch loses and doubles nothing; SIGTERM finishes the current article.
 */
import { Effect } from "effect"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { writeCorpus } from "../src/index.ts"
import { createTestDatabase, pgUnreachable, PG_URL, type TestDatabase } from "@wirewatch/store/testing/pg"
import { startWorker, waitUntil, type WorkerProcess } from "./support/WorkerProcesses.ts"

/**
 * Files for the four workers: 2000 by default, "a few thousand" as the issue asks (1000 took 39 s on an idle
 * 2-core machine, about 10 articles/s on a busy one); WIREWATCH_TEST_WATCH_FILES=3000 for more.
 */
const FILES = Number(process.env["WIREWATCH_TEST_WATCH_FILES"] ?? 2000)
/** How long the four workers may take: 170 ms a file, at least 170 s. */
const DRAIN_MS = Math.max(170_000, FILES * 170)
/** Copies of corpus files under other names: same content, so no new article. */
const COPIES = 25
const BAD = ["empty-body.txt", "no-date.txt"]

let work: string
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "wirewatch-watch-"))
})
afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

/** A folder of `n` synthetic articles, `COPIES` duplicates and two files that are not articles; returns the number of files. */
const corpusFolder = async (name: string, n: number, seed: number): Promise<string> => {
  const dir = path.join(work, name)
  await Effect.runPromise(writeCorpus(dir, { articles: n, seed }))
  const names = fs.readdirSync(dir).sort()
  for (let i = 0; i < COPIES; i++) fs.copyFileSync(path.join(dir, names[i * 7]!), path.join(dir, `copy-${i}.txt`))
  fs.writeFileSync(path.join(dir, "no-date.txt"), "This file has no date line.\n")
  fs.writeFileSync(path.join(dir, "empty-body.txt"), " date 2024-01-01\n")
  return dir
}

const distinctContents = (dir: string): number =>
  new Set(fs.readdirSync(dir).filter((f) => !BAD.includes(f)).map((f) => fs.readFileSync(path.join(dir, f), "utf8"))).size

const queueState = async (db: TestDatabase) =>
  (await db.query<{ state: string; n: string }>(`SELECT state, count(*) AS n FROM jobs GROUP BY state ORDER BY state`))
    .map((r) => `${r.state} ${r.n}`)
    .join(", ")

/** Every job finished (done or failed) and as many jobs as files. */
const drained = (db: TestDatabase, files: number) => async () =>
  (await db.scalar(`SELECT count(*) FROM jobs WHERE state IN ('done', 'failed')`)) === files

/** The database holds each file's article once, whole, and each job finished once. */
const expectIngestedOnce = async (db: TestDatabase, dir: string) => {
  const files = fs.readdirSync(dir).length
  expect(await db.scalar(`SELECT count(*) FROM jobs`)).toBe(files)
  expect(await db.scalar(`SELECT count(DISTINCT path) FROM jobs`)).toBe(files)
  expect(await db.query(`SELECT path, state, error FROM jobs WHERE state <> 'done' ORDER BY path`)).toEqual(
    BAD.map((name) => ({ path: path.join(dir, name), state: "failed", error: expect.any(String) }))
  )
  // One article per distinct content, each inserted by exactly one job; the copies found it stored.
  const articles = await db.scalar(`SELECT count(*) FROM articles`)
  expect(articles).toBe(distinctContents(dir))
  expect(await db.scalar(`SELECT count(*) FROM jobs WHERE outcome = 'inserted'`)).toBe(articles)
  expect(await db.scalar(`SELECT count(*) FROM jobs WHERE outcome = 'unchanged'`)).toBe(files - BAD.length - articles)
  expect(await db.scalar(`SELECT count(DISTINCT article_id) FROM jobs WHERE outcome = 'inserted'`)).toBe(articles)
  // No partial article: each has exactly the statements and incident reports it was saved with.
  expect(
    await db.scalar(`SELECT count(*) FROM articles a
      WHERE statement_count <> (SELECT count(*) FROM statements s WHERE s.article_id = a.id)
         OR incident_count <> (SELECT count(*) FROM incident_reports r WHERE r.article_id = a.id)`)
  ).toBe(0)
  expect(await db.scalar(`SELECT count(*) FROM statements`)).toBe(await db.scalar(`SELECT coalesce(sum(statement_count), 0) FROM articles`))
  expect(await db.scalar(`SELECT count(*) FROM statements`)).toBeGreaterThan(articles)
  // No doubled incident report, and every incident's count is its reports.
  expect(await db.scalar(`SELECT count(*) FROM (SELECT article_id, ordinal FROM incident_reports GROUP BY 1, 2 HAVING count(*) > 1) d`)).toBe(0)
  expect(await db.scalar(`SELECT count(*) FROM incidents i WHERE report_count <> (SELECT count(*) FROM incident_reports r WHERE r.incident_id = i.id)`)).toBe(0)
  expect(await db.scalar(`SELECT count(*) FROM incidents WHERE report_count = 0`)).toBe(0)
  return articles
}

describe.skipIf(pgUnreachable !== undefined)(`ingest --watch workers on PostgreSQL (${pgUnreachable === undefined ? PG_URL : `skipped: ${pgUnreachable}`})`, () => {
  let db: TestDatabase
  const workers: Array<WorkerProcess> = []
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.kill()))
  })

  it(`4 workers ingest ${FILES} files, each exactly once`, async () => {
    db = await createTestDatabase("watch4")
    try {
      const dir = await corpusFolder("four", FILES, 41)
      const files = fs.readdirSync(dir).length
      const started = performance.now()
      for (const n of [1, 2, 3, 4]) workers.push(startWorker(`w${n}`, dir, { DATABASE_URL: db.url }))
      const four = workers.slice(-4)
      await waitUntil(drained(db, files), DRAIN_MS, async () => `${await queueState(db)}\n${four.map((w) => w.output()).join("\n")}`)
      const elapsed = performance.now() - started
      const codes = await Promise.all(four.map((w) => w.stop()))
      expect(codes).toEqual([0, 0, 0, 0])
      for (const w of four) expect(w.output()).toMatch(new RegExp(`worker ${w.id} stopped after \\d+ jobs`))
      const articles = await expectIngestedOnce(db, dir)
      // No job was claimed twice, and all four workers took part.
      expect(await db.scalar(`SELECT max(attempts) FROM jobs`)).toBe(1)
      const perWorker = await db.query<{ claimed_by: string; n: string }>(`SELECT claimed_by, count(*) AS n FROM jobs GROUP BY 1 ORDER BY 1`)
      expect(perWorker.map((r) => r.claimed_by)).toEqual(["w1", "w2", "w3", "w4"])
      console.log(
        `4 workers: ${files} files (${articles} articles) in ${(elapsed / 1000).toFixed(1)} s, jobs per worker ${perWorker.map((r) => r.n).join("/")}`
      )
    } finally {
      await db.drop()
    }
  }, DRAIN_MS + 70_000)

  it("a worker killed with SIGKILL mid-batch and restarted loses and doubles nothing; SIGTERM finishes the current article", async () => {
    db = await createTestDatabase("crash")
    try {
      const dir = await corpusFolder("crash", 300, 43)
      const files = fs.readdirSync(dir).length
      // A short lease, so the killed worker's jobs are taken over within seconds.
      const env = { DATABASE_URL: db.url, WIREWATCH_JOB_LEASE_MS: "3000", WIREWATCH_JOB_BATCH: "8" }
      const victim = startWorker("victim", dir, env)
      const polite = startWorker("polite", dir, env)
      const steady = startWorker("steady", dir, env)
      workers.push(victim, polite, steady)
      const holding = (id: string) => db.scalar(`SELECT count(*) FROM jobs WHERE claimed_by = '${id}' AND state = 'running'`)
      const finished = (id: string) => db.scalar(`SELECT count(*) FROM jobs WHERE claimed_by = '${id}' AND state = 'done'`)
      // Mid-batch: it has finished some jobs and holds claimed ones it has not finished.
      await waitUntil(async () => (await finished("victim")) >= 30 && (await holding("victim")) >= 2, 120_000, () => victim.output())
      await victim.kill()
      // A COMMIT the worker sent just before it died may still land: let the server close its session first.
      await new Promise((r) => setTimeout(r, 1000))
      const orphaned = await db.query<{ id: string }>(`SELECT id FROM jobs WHERE claimed_by = 'victim' AND state = 'running'`)
      expect(orphaned.length).toBeGreaterThan(0)

      // SIGTERM: the current article is finished, the claimed rest goes back to the queue, exit 0.
      await waitUntil(async () => (await holding("polite")) >= 2, 60_000, () => polite.output())
      const politeDoneBefore = await finished("polite")
      expect(await polite.stop(20_000)).toBe(0)
      expect(polite.output()).toMatch(/SIGTERM: finishing the current article/)
      expect(await holding("polite")).toBe(0)
      expect(await finished("polite")).toBeGreaterThanOrEqual(politeDoneBefore)

      const restarted = startWorker("victim-restarted", dir, env)
      workers.push(restarted)
      await waitUntil(drained(db, files), 150_000, async () => `${await queueState(db)}\n${restarted.output()}\n${steady.output()}`)
      const exitCodes = await Promise.all([restarted.stop(), steady.stop()])
      // Their output says why, should either not exit 0 (seen once in CI: steady exited 1 after the queue drained).
      expect(exitCodes, `victim-restarted:\n${restarted.output()}\nsteady:\n${steady.output()}`).toEqual([0, 0])
      await expectIngestedOnce(db, dir)
      // The jobs the killed worker held were finished by the others, after a second claim.
      const retaken = await db.query<{ attempts: number; claimed_by: string; state: string }>(
        `SELECT attempts, claimed_by, state FROM jobs WHERE id IN (${orphaned.map((r) => r.id).join(",")})`
      )
      for (const job of retaken) {
        expect(job.state).toBe("done")
        expect(job.claimed_by).not.toBe("victim")
        expect(job.attempts).toBe(2)
      }
    } finally {
      await db.drop()
    }
  }, 240_000)
})
