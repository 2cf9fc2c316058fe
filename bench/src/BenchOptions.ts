/** The `pnpm bench` command line: full or quick sizes, and which measurements to run. */
import { parseArgs } from "node:util"

export const MEASUREMENTS = ["extract", "peer", "ingest", "api", "dashboard", "growth"] as const
export type MeasurementName = (typeof MEASUREMENTS)[number]

export const BENCH_USAGE = `Usage: pnpm bench [--quick] [--only ${MEASUREMENTS.join(",")}]

Measures extraction, a peer (compromise), ingest, API latency, dashboard size and cost growth,
prints a table and writes bench/results/latest.{json,md} (quick runs: quick.{json,md}).
  --quick        smaller sizes and shorter runs: a smoke test, not comparable with the targets
  --keep         keep the generated articles and databases (the path is printed) for a closer look
  --only LIST    comma-separated measurements (api and growth run ingest too, peer runs extract)
  --help         this text`

export interface Sizes {
  /** The small and large synthetic corpora ingested (the large one's database serves the API bench). */
  readonly smallArticles: number
  readonly largeArticles: number
  /** Synthetic articles extracted by us and by the peer. */
  readonly extractionSample: number
  /** wire-2022 files used (all of them in a full run). */
  readonly wireLimit: number
  readonly extractionBudgetSeconds: number
  readonly peerMaxPasses: number
  readonly apiSecondsPerEndpoint: number
  readonly apiConnections: number
  readonly smallIngestBudgetSeconds: number
  /** The large ingest gets what is left of this whole-run budget (less the API's share), within bounds. */
  readonly runBudgetSeconds: number
  readonly largeIngestMaxSeconds: number
  /** Ingest notes the time every this many files, to show its pace as the database grows. */
  readonly checkpointEvery: number
}

export const FULL_SIZES: Sizes = {
  smallArticles: 10_000,
  largeArticles: 100_000,
  extractionSample: 500,
  wireLimit: Number.POSITIVE_INFINITY,
  extractionBudgetSeconds: 3,
  peerMaxPasses: 1,
  apiSecondsPerEndpoint: 5,
  apiConnections: 10,
  smallIngestBudgetSeconds: 120,
  runBudgetSeconds: 520,
  largeIngestMaxSeconds: 300,
  checkpointEvery: 1_000
}

export const QUICK_SIZES: Sizes = {
  smallArticles: 600,
  largeArticles: 1_500,
  extractionSample: 100,
  wireLimit: 60,
  extractionBudgetSeconds: 1,
  peerMaxPasses: 1,
  apiSecondsPerEndpoint: 1,
  apiConnections: 10,
  smallIngestBudgetSeconds: 60,
  runBudgetSeconds: 240,
  largeIngestMaxSeconds: 90,
  checkpointEvery: 250
}

export interface BenchOptions {
  readonly help: boolean
  readonly quick: boolean
  readonly sizes: Sizes
  readonly only: ReadonlySet<MeasurementName>
  /** Keep the work folder (articles, databases) instead of removing it. */
  readonly keep: boolean
}

/** Decodes the arguments; a message for a bad one. */
export const parseBenchOptions = (argv: ReadonlyArray<string>): BenchOptions | { readonly error: string } => {
  let values: { quick?: boolean; only?: string; help?: boolean; keep?: boolean }
  try {
    values = parseArgs({
      args: [...argv],
      options: { quick: { type: "boolean" }, keep: { type: "boolean" }, only: { type: "string" }, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: false
    }).values
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) }
  }
  const names = values.only === undefined ? [...MEASUREMENTS] : values.only.split(",").map((s) => s.trim()).filter((s) => s !== "")
  const unknown = names.filter((n) => !(MEASUREMENTS as ReadonlyArray<string>).includes(n))
  if (unknown.length > 0) return { error: `--only: unknown measurement ${unknown.join(", ")} (known: ${MEASUREMENTS.join(", ")})` }
  const only = new Set(names as Array<MeasurementName>)
  if (only.has("api") || only.has("growth")) only.add("ingest")
  if (only.has("peer")) only.add("extract")
  const quick = values.quick === true
  return { help: values.help === true, quick, sizes: quick ? QUICK_SIZES : FULL_SIZES, only, keep: values.keep === true }
}
