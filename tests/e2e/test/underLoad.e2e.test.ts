/**
 * Ingest and reads at once, on PostgreSQL: two `ingest --watch` workers store articles while autocannon (bounded:
 * fixed connections, a few seconds, 127.0.0.1 only) hits the time series routes of the real API process. Zero errors,
 * zero non-2xx, and the figures printed.
 */
import autocannon from "autocannon"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { createTestDatabase, pgUnreachable, PG_URL, type TestDatabase } from "@wirewatch/store/testing/pg"
import { binOf, freePort, run, startServer, waitForHttp, type Server } from "../src/Processes.ts"

const SECONDS = 8
const CONNECTIONS = 8
const ROUTES = [
  "/timeseries/statements?interval=week",
  "/timeseries/statements?interval=month&from=2021-01-01&to=2024-12-31",
  "/timeseries/incidents?interval=week",
  "/timeseries/incidents?interval=day&from=2023-01-01&to=2023-12-31",
  "/timeseries/statements?interval=day&kind=direct"
]

describe.skipIf(pgUnreachable !== undefined)(`ingest under read load on PostgreSQL (${pgUnreachable === undefined ? PG_URL : `skipped: ${pgUnreachable}`})`, () => {
  const servers: Array<Server> = []
  let db: TestDatabase | undefined
  const work = mkdtempSync(join(tmpdir(), "wirewatch-load-"))
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()))
    await db?.drop()
    rmSync(work, { recursive: true, force: true })
  })

  it("serves time series without a single error while workers ingest", async () => {
    db = await createTestDatabase("load")
    const env = { DATABASE_URL: db.url }
    // A first batch, so the series have data from the start.
    const gen = (dir: string, articles: number, seed: number) =>
      run(binOf("tsx"), ["apps/ingest/src/bin/gen.ts", "--articles", String(articles), "--seed", String(seed), "--out", join(work, dir)])
    expect((await gen("seed", 150, 61)).code).toBe(0)
    const seeded = await run(binOf("tsx"), ["apps/ingest/src/bin/ingest.ts", "--quiet", join(work, "seed")], { env })
    expect(seeded.code, seeded.stdout + seeded.stderr).toBe(0)
    expect((await gen("inbox", 1500, 62)).code).toBe(0)

    const port = await freePort()
    const api = startServer(binOf("tsx"), ["apps/api/src/main.ts"], { env: { ...env, PORT: String(port), HOST: "127.0.0.1" } })
    servers.push(api)
    await waitForHttp(`http://127.0.0.1:${port}/health`, api)
    for (const n of [1, 2]) {
      servers.push(startServer(binOf("tsx"), ["apps/ingest/src/bin/ingest.ts", "--watch", join(work, "inbox"), "--quiet"], {
        env: { ...env, WIREWATCH_WORKER_ID: `load-${n}`, WIREWATCH_POLL_MS: "300" }
      }))
    }
    // Load starts once the workers are storing articles.
    const jobsDone = () => db!.scalar(`SELECT count(*) FROM jobs WHERE state = 'done'`).catch(() => 0)
    const deadline = Date.now() + 60_000
    while ((await jobsDone()) < 5 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250))
    const before = await db.scalar(`SELECT count(*) FROM articles`)

    let next = 0
    const statuses = new Map<number, number>()
    const result = await new Promise<autocannon.Result>((done, fail) => {
      const instance = autocannon(
        {
          url: `http://127.0.0.1:${port}`,
          connections: CONNECTIONS,
          duration: SECONDS,
          timeout: 10,
          requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: ROUTES[next++ % ROUTES.length]! }) }]
        },
        (error, r) => (error ? fail(error) : done(r))
      )
      instance.on("response", (_client, status) => statuses.set(status, (statuses.get(status) ?? 0) + 1))
    })
    const after = await db.scalar(`SELECT count(*) FROM articles`)
    console.log(
      [
        `load: ${CONNECTIONS} connections for ${SECONDS} s on ${ROUTES.length} time series routes, while 2 workers ingested ${after - before} articles (${before} → ${after})`,
        `  requests ${result.requests.total} (${result.requests.average.toFixed(0)}/s), latency p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
        `  errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, statuses ${JSON.stringify(Object.fromEntries(statuses))}`
      ].join("\n")
    )
    expect(result.errors).toBe(0)
    expect(result.timeouts).toBe(0)
    expect(result.non2xx).toBe(0)
    expect(result.requests.total).toBeGreaterThan(0)
    expect(after).toBeGreaterThan(before)
  }, 240_000)
})
