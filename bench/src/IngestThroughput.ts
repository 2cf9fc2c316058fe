/** Ingest speed and memory: the real `pnpm ingest` command on a folder of synthetic articles into a fresh SQLite file, watched from outside. */
import * as fs from "node:fs"
import { repoRoot, tsxCommand } from "./BenchCorpus.ts"
import { figure, type Section } from "./Measurement.ts"
import { watchProcess } from "./ProcessWatch.ts"
import { below } from "./Verdict.ts"

export interface IngestRun {
  readonly articles: number
  /** Files the command reported (added, unchanged or failed) before it ended or was stopped. */
  readonly processed: number
  readonly added: number
  readonly failed: number
  readonly statements: number
  readonly incidents: number
  readonly wallSeconds: number
  readonly cpuSeconds: number
  readonly peakRssBytes: number
  /** The database file with its write-ahead log. */
  readonly dbBytes: number
  /** The time budget ran out before the command finished. */
  readonly stopped: boolean
  /** Files reported between two checkpoints. */
  readonly checkpointEvery: number
  /** Seconds since start at each checkpoint (every `checkpointEvery` files): how the pace changes as the database grows. */
  readonly checkpoints: ReadonlyArray<number>
  /** The process tree's resident memory at each checkpoint, in bytes. */
  readonly checkpointRss: ReadonlyArray<number>
  readonly exitCode: number | null
  readonly stderr: string
}

const fileSize = (file: string): number => (fs.existsSync(file) ? fs.statSync(file).size : 0)

interface FileLine {
  readonly type: "file"
  readonly status: "added" | "replaced" | "unchanged" | "failed"
  readonly statements?: number
  readonly incidents?: number
}

/** Runs `ingest --json DIR` with WIREWATCH_DB set to `db`, stopping it after `budgetSeconds`; notes the time every `checkpointEvery` files. */
export const runIngest = async (dir: string, articles: number, db: string, budgetSeconds: number, checkpointEvery: number): Promise<IngestRun> => {
  for (const f of [db, `${db}-wal`, `${db}-shm`]) fs.rmSync(f, { force: true })
  let processed = 0
  let added = 0
  let failed = 0
  let statements = 0
  let incidents = 0
  const checkpoints: Array<number> = []
  const checkpointRss: Array<number> = []
  const { command, args } = tsxCommand("apps/ingest/src/bin/ingest.ts", ["--json", dir])
  const run = await watchProcess(command, args, {
    cwd: repoRoot,
    env: { ...process.env, WIREWATCH_DB: db },
    budgetSeconds,
    onLine: (line, at, rss) => {
      if (!line.startsWith('{"type":"file"')) return
      const o = JSON.parse(line) as FileLine
      processed++
      if (o.status === "added") added++
      if (o.status === "failed") failed++
      statements += o.statements ?? 0
      incidents += o.incidents ?? 0
      if (processed % checkpointEvery === 0) {
        checkpoints.push(at)
        checkpointRss.push(rss)
      }
    }
  })
  return {
    articles,
    processed,
    added,
    failed,
    statements,
    incidents,
    wallSeconds: run.wallSeconds,
    cpuSeconds: run.cpuSeconds,
    peakRssBytes: run.peakRssBytes,
    dbBytes: fileSize(db) + fileSize(`${db}-wal`),
    stopped: run.stopped,
    checkpointEvery,
    checkpoints,
    checkpointRss,
    exitCode: run.exitCode,
    stderr: run.stderr
  }
}

/** Milliseconds of wall time per reported file. */
export const msPerArticle = (run: IngestRun): number | null => (run.processed > 0 ? (run.wallSeconds * 1000) / run.processed : null)

/** How long the whole folder would have taken at the pace reached, for a run stopped at its budget. */
export const projectedSeconds = (run: IngestRun): number | null =>
  run.processed > 0 ? (run.stopped ? (run.wallSeconds * run.articles) / run.processed : run.wallSeconds) : null

export const INGEST_TARGET_ARTICLES = 100_000
export const INGEST_TARGET_SECONDS = 120
export const INGEST_TARGET_RSS_MB = 500

const mb = (bytes: number): number => bytes / 1024 / 1024

const runFigures = (run: IngestRun) => [
  figure(`${run.articles.toLocaleString("en-US")}: files ingested`, run.processed, run.stopped ? `of ${run.articles.toLocaleString("en-US")} (stopped at budget)` : "files"),
  figure(`${run.articles.toLocaleString("en-US")}: wall time`, run.wallSeconds, "s", 1),
  figure(`${run.articles.toLocaleString("en-US")}: articles/s`, run.processed / run.wallSeconds, "articles/s", 1),
  figure(`${run.articles.toLocaleString("en-US")}: CPU time (user+sys, whole tree)`, run.cpuSeconds, "s", 1),
  figure(`${run.articles.toLocaleString("en-US")}: peak RSS`, mb(run.peakRssBytes), "MB"),
  figure(`${run.articles.toLocaleString("en-US")}: database size`, mb(run.dbBytes), "MB", 1),
  figure(`${run.articles.toLocaleString("en-US")}: statements / incidents stored`, run.statements, `/ ${run.incidents.toLocaleString("en-US")}`)
]

/** The ingest section: both runs' figures and the time and memory targets, projected to 100k when the large run was smaller or stopped. */
export const ingestSection = (small: IngestRun, large: IngestRun, generationSeconds: number): Section => {
  const perArticle = msPerArticle(large)
  const at100k = large.articles === INGEST_TARGET_ARTICLES && !large.stopped ? large.wallSeconds : perArticle === null ? null : (perArticle * INGEST_TARGET_ARTICLES) / 1000
  const projected = !(large.articles === INGEST_TARGET_ARTICLES && !large.stopped)
  const notes = [
    `the real CLI as a child process: node --import tsx apps/ingest/src/bin/ingest.ts --json DIR, WIREWATCH_DB a fresh file; default --workers (auto); RSS and CPU read from /proc every 100 ms over the process tree`,
    generationSeconds > 0
      ? `generating the articles (pnpm gen) took ${generationSeconds.toFixed(1)} s, not counted; they are kept in bench/tmp for the next runs`
      : "the articles were generated (pnpm gen) by an earlier run and kept in bench/tmp"
  ]
  if (projected) notes.push(`100k time projected from the ${large.articles.toLocaleString("en-US")}-article run's pace (${perArticle?.toFixed(2) ?? "n/a"} ms/article)${large.stopped ? `, which was stopped at its time budget after ${large.processed.toLocaleString("en-US")} files` : ""}`)
  for (const r of [small, large]) if (!r.stopped && r.exitCode !== 0) notes.push(`the ${r.articles}-article ingest exited with ${r.exitCode}: ${r.stderr.trim().split("\n").slice(-3).join(" / ")}`)
  return {
    title: "Ingest into SQLite (pnpm ingest, synthetic articles)",
    figures: [...runFigures(small), ...runFigures(large)],
    verdicts: [
      below(`100k synthetic articles ingested in under 2 minutes${projected ? " (projected)" : ""}`, at100k, INGEST_TARGET_SECONDS, "s"),
      below("ingest peak RSS under 500 MB", mb(Math.max(small.peakRssBytes, large.peakRssBytes)), INGEST_TARGET_RSS_MB, "MB")
    ],
    notes
  }
}
