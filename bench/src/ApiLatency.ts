/** API latency under load: the real API process on a localhost port, each endpoint hit by autocannon at a fixed concurrency for a bounded time. */
import autocannon from "autocannon"
import { spawn, type ChildProcess } from "node:child_process"
import { createInterface } from "node:readline"
import { repoRoot, tsxCommand } from "./BenchCorpus.ts"
import { figure, type Figure, type Section } from "./Measurement.ts"
import { percentileOfSorted } from "./Percentile.ts"
import { atMost, below } from "./Verdict.ts"

export const SERIES_TARGET_P95_MS = 10

export interface EndpointLoad {
  readonly path: string
  readonly p50: number
  readonly p95: number
  readonly p99: number
  readonly requestsPerSecond: number
  readonly requests: number
  /** Connection errors, timeouts and non-2xx answers together. */
  readonly failures: number
  readonly bytesPerResponse: number
}

interface RunningApi {
  readonly url: string
  readonly child: ChildProcess
}

/** Starts `apps/api/src/main.ts` on a free port of 127.0.0.1 and waits for its "listening" line; `env` adds variables. */
export const startApiProcess = (db: string, env: Readonly<Record<string, string>> = {}): Promise<RunningApi> =>
  new Promise((done, fail) => {
    const { command, args } = tsxCommand("apps/api/src/main.ts", [])
    const child = spawn(command, args, {
      cwd: repoRoot,
      env: { ...process.env, WIREWATCH_DB: db, PORT: "0", HOST: "127.0.0.1", ...env },
      stdio: ["ignore", "pipe", "pipe"]
    })
    let stderr = ""
    child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d))
    const timeout = setTimeout(() => {
      child.kill("SIGKILL")
      fail(new Error(`the API did not start within 60 s: ${stderr}`))
    }, 60_000)
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const m = /API listening on (http:\/\/\S+)/.exec(line)
      if (m !== null) {
        clearTimeout(timeout)
        done({ url: m[1]!, child })
      }
    })
    child.on("exit", (code) => {
      clearTimeout(timeout)
      fail(new Error(`the API exited (${code}) before listening: ${stderr}`))
    })
  })

export const stopApiProcess = (api: RunningApi): Promise<void> =>
  new Promise((done) => {
    if (api.child.exitCode !== null) return done()
    const kill = setTimeout(() => api.child.kill("SIGKILL"), 5000)
    api.child.once("exit", () => {
      clearTimeout(kill)
      done()
    })
    api.child.kill("SIGTERM")
  })

/** One endpoint under load for `seconds` with `connections` concurrent connections; every response's latency kept for exact percentiles. */
export const loadEndpoint = (url: string, path: string, connections: number, seconds: number): Promise<EndpointLoad> =>
  new Promise((done, fail) => {
    const latencies: Array<number> = []
    let bytes = 0
    const instance = autocannon({ url: `${url}${path}`, connections, duration: seconds }, (error, result) => {
      if (error) return fail(error)
      latencies.sort((a, b) => a - b)
      done({
        path,
        p50: percentileOfSorted(latencies, 50),
        p95: percentileOfSorted(latencies, 95),
        p99: percentileOfSorted(latencies, 99),
        requestsPerSecond: latencies.length / seconds,
        requests: latencies.length,
        failures: result.errors + result.non2xx,
        bytesPerResponse: latencies.length > 0 ? bytes / latencies.length : 0
      })
    })
    instance.on("response", (_client, _status, resBytes, responseTime) => {
      latencies.push(responseTime)
      bytes += resBytes
    })
  })

/** The endpoints the dashboard calls most, on the busiest actor for the filtered series. */
export const endpointsFor = (topActorId: string | null): Array<string> => [
  "/timeseries/statements?interval=week",
  "/timeseries/incidents?interval=week",
  ...(topActorId === null ? [] : [`/timeseries/statements?interval=month&actor=${encodeURIComponent(topActorId)}`]),
  "/statements?limit=50",
  "/incidents?limit=50",
  "/articles?limit=50"
]

export interface ApiLatencyOptions {
  readonly connections: number
  readonly secondsPerEndpoint: number
  /** How many articles the database holds, for the section title. */
  readonly articles: number
  /** Seconds per endpoint of the uncached run (one connection, answers not kept); half of secondsPerEndpoint by default. */
  readonly uncachedSecondsPerEndpoint?: number
}

/** One GET, timed from the request to the last byte of the body. */
const timedGet = async (url: string): Promise<number> => {
  const started = performance.now()
  const res = await fetch(url)
  await res.arrayBuffer()
  if (!res.ok) throw new Error(`GET ${url}: ${res.status}`)
  return performance.now() - started
}

const topActorOf = async (url: string): Promise<string | null> => {
  const actors = (await (await fetch(`${url}/actors?limit=1`)).json()) as { items: Array<{ id: string }> }
  return actors.items[0]?.id ?? null
}

export const measureApiLatency = async (db: string, options: ApiLatencyOptions): Promise<Section> => {
  const figures: Array<Figure> = []
  const notes: Array<string> = []
  let worstSeriesP95: number | null = null
  let failures = 0
  const api = await startApiProcess(db)
  try {
    // The first request of each endpoint after start: nothing prepared, nothing kept (the actors list comes first).
    const cold = new Map<string, number>()
    const paths = endpointsFor(await topActorOf(api.url))
    for (const path of paths) cold.set(path, await timedGet(`${api.url}${path}`))
    const loads: Array<EndpointLoad> = []
    for (const path of paths) {
      // a few requests first: the first of each route prepares its statements
      for (let i = 0; i < 5; i++) await timedGet(`${api.url}${path}`)
      loads.push(await loadEndpoint(api.url, path, options.connections, options.secondsPerEndpoint))
    }
    const series = loads.filter((l) => l.path.startsWith("/timeseries/"))
    worstSeriesP95 = series.length === 0 ? null : Math.max(...series.map((l) => l.p95))
    failures += loads.reduce((s, l) => s + l.failures, 0)
    for (const l of loads) {
      figures.push(
        figure(`${l.path} p50 / p95 / p99`, l.p50, `/ ${l.p95.toFixed(1)} / ${l.p99.toFixed(1)} ms`, 1),
        figure(`${l.path} requests/s`, l.requestsPerSecond, `req/s (${l.failures} failed, ${Math.round(l.bytesPerResponse / 1024)} KB each)`),
        figure(`${l.path} first request after start (cold)`, cold.get(l.path) ?? null, "ms", 1)
      )
    }
    notes.push(
      `autocannon against the real API process (apps/api/src/main.ts) on ${api.url}; latency percentiles from every response's time; load generator and server share the machine's cores`,
      "the API keeps rendered answers per query and data version (a commit by any process invalidates them at the next request), so the loaded figures are mostly answers served from memory; 'cold' is each endpoint's first request after start, and the uncached run below computes every answer"
    )
  } finally {
    await stopApiProcess(api)
  }
  const uncachedSeconds = options.uncachedSecondsPerEndpoint ?? Math.max(1, Math.round(options.secondsPerEndpoint / 2))
  const uncached = await startApiProcess(db, { WIREWATCH_API_CACHE: "off" })
  try {
    const paths = endpointsFor(await topActorOf(uncached.url))
    for (const path of paths) {
      for (let i = 0; i < 3; i++) await timedGet(`${uncached.url}${path}`)
      const l = await loadEndpoint(uncached.url, path, 1, uncachedSeconds)
      failures += l.failures
      figures.push(figure(`uncached ${l.path} p50 / p95 / p99 (1 connection)`, l.p50, `/ ${l.p95.toFixed(1)} / ${l.p99.toFixed(1)} ms`, 1))
    }
    notes.push(`uncached: a second API process with WIREWATCH_API_CACHE=off, one connection (each answer computed in turn), ${uncachedSeconds} s per endpoint`)
  } finally {
    await stopApiProcess(uncached)
  }
  return {
    title: `API latency (${options.articles.toLocaleString("en-US")}-article database, ${options.connections} connections, ${options.secondsPerEndpoint} s per endpoint)`,
    figures,
    verdicts: [
      below("time series p95 under 10 ms (worst of the time series endpoints)", worstSeriesP95, SERIES_TARGET_P95_MS, "ms", 1),
      atMost("every request answered 2xx", failures, 0, "failures")
    ],
    notes
  }
}
