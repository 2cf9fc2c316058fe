/** `pnpm bench`: runs the measurements of issue 6 in order, prints the table and writes it as JSON and Markdown under bench/results/. */
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { measureApiLatency } from "./ApiLatency.ts"
import { cachedSubset, cachedSynthetic, readTexts, wire2022Dir } from "./BenchCorpus.ts"
import { BENCH_USAGE, parseBenchOptions } from "./BenchOptions.ts"
import { growthSection } from "./CostGrowth.ts"
import { measureDashboard } from "./DashboardSize.ts"
import { measureExtraction } from "./ExtractionThroughput.ts"
import { ingestSection, runIngest } from "./IngestThroughput.ts"
import { describeMachine } from "./Machine.ts"
import type { Section } from "./Measurement.ts"
import { measurePeer } from "./PeerComparison.ts"
import { consoleTable, jsonReport, markdownReport, type BenchReport } from "./Report.ts"

const SEED = 6
/** Seconds kept back from the large ingest for the API bench that follows it. */
const API_RESERVE_SECONDS = 60

const options = parseBenchOptions(process.argv.slice(2))
if ("error" in options) {
  console.error(`bench: ${options.error}\n\n${BENCH_USAGE}`)
  process.exit(2)
}
if (options.help) {
  console.log(BENCH_USAGE)
  process.exit(0)
}

const { sizes, only } = options
const machine = describeMachine()
const started = performance.now()
const elapsed = () => (performance.now() - started) / 1000
const log = (message: string) => console.log(`[${elapsed().toFixed(0).padStart(4)} s] ${message}`)
const sections: Array<Section> = []
const work = fs.mkdtempSync(path.join(os.tmpdir(), "wirewatch-bench-"))

try {
  if (only.has("dashboard")) {
    log("dashboard: vite build")
    sections.push(measureDashboard())
  }

  // one corpus for every measurement: the small ingest and the extraction sample take its first files
  const needsSynthetic = only.has("extract") || only.has("ingest")
  let syntheticDir = ""
  let generationSeconds = 0
  if (needsSynthetic) {
    log(`synthetic corpus: ${sizes.largeArticles.toLocaleString("en-US")} articles (seed ${SEED}), generated once and kept in bench/tmp; not timed`)
    const corpus = cachedSynthetic(sizes.largeArticles, SEED)
    syntheticDir = corpus.dir
    generationSeconds = corpus.seconds
  }

  if (only.has("extract")) {
    const wire = readTexts(wire2022Dir, sizes.wireLimit)
    const missing = `wire-2022 not found at ${wire2022Dir}: extraction measured on synthetic articles only`
    if (wire === null) log(missing)
    const synthetic = readTexts(syntheticDir, sizes.extractionSample) ?? []
    log(`extraction on one core: ${wire?.length ?? 0} wire-2022 files, ${synthetic.length} synthetic`)
    const ours = measureExtraction(wire, synthetic, { warmupArticles: 200, budgetSeconds: sizes.extractionBudgetSeconds, minPasses: 3, maxPasses: 50 }, missing)
    sections.push(ours.section)
    if (only.has("peer")) {
      log("peer: compromise on the same files")
      sections.push(measurePeer(wire, synthetic, ours, { warmupArticles: 20, budgetSeconds: 0, minPasses: 1, maxPasses: sizes.peerMaxPasses }))
    }
  }

  if (only.has("ingest")) {
    const smallDir = cachedSubset(syntheticDir, sizes.smallArticles)
    log(`ingest: ${sizes.smallArticles.toLocaleString("en-US")} articles (budget ${sizes.smallIngestBudgetSeconds} s)`)
    const small = await runIngest(smallDir, sizes.smallArticles, path.join(work, "small.db"), sizes.smallIngestBudgetSeconds, sizes.checkpointEvery)
    log(`  ${small.processed} files in ${small.wallSeconds.toFixed(1)} s${small.stopped ? " (stopped at budget)" : ""}`)
    const largeBudget = Math.max(30, Math.min(sizes.largeIngestMaxSeconds, sizes.runBudgetSeconds - elapsed() - API_RESERVE_SECONDS))
    log(`ingest: ${sizes.largeArticles.toLocaleString("en-US")} articles (budget ${largeBudget.toFixed(0)} s)`)
    const large = await runIngest(syntheticDir, sizes.largeArticles, path.join(work, "large.db"), largeBudget, sizes.checkpointEvery)
    log(`  ${large.processed} files in ${large.wallSeconds.toFixed(1)} s${large.stopped ? " (stopped at budget)" : ""}`)
    sections.push(ingestSection(small, large, generationSeconds))
    if (only.has("growth")) sections.push(growthSection(small, large))
    if (only.has("api")) {
      log(`API latency on the ${large.added.toLocaleString("en-US")}-article database`)
      sections.push(
        await measureApiLatency(path.join(work, "large.db"), {
          connections: sizes.apiConnections,
          secondsPerEndpoint: sizes.apiSecondsPerEndpoint,
          articles: large.added
        })
      )
    }
  }
  const report: BenchReport = { machine, mode: options.quick ? "quick" : "full", elapsedSeconds: elapsed(), sections }
  console.log(`\n${consoleTable(report)}`)
  const results = fileURLToPath(new URL("../results/", import.meta.url))
  fs.mkdirSync(results, { recursive: true })
  const name = options.quick ? "quick" : only.size === 6 ? "latest" : "partial"
  fs.writeFileSync(path.join(results, `${name}.json`), jsonReport(report))
  fs.writeFileSync(path.join(results, `${name}.md`), markdownReport(report))
  console.log(`\nwrote bench/results/${name}.json and ${name}.md`)
} finally {
  if (options.keep) log(`kept ${work}`)
  else fs.rmSync(work, { recursive: true, force: true })
}
