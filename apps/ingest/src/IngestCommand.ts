/** The `pnpm ingest` program: finds the files (or the outdated articles), runs the batch, prints lines, a bar and the summary, and returns the exit code. */
import { Effect } from "effect"
import { findArticleFiles } from "./ArticleFiles.ts"
import type { IngestConfig } from "./Config.ts"
import { extractorFor } from "./ExtractorChoice.ts"
import type { FileOutcome } from "./FileOutcome.ts"
import { ingestBatch, type BatchOptions } from "./IngestBatch.ts"
import { outcomeJson, outcomeLine, summaryJson, summaryLine } from "./IngestReport.ts"
import type { IngestSummary } from "./IngestSummary.ts"
import { ProgressBar, type ProgressTerminal } from "./ProgressBar.ts"
import { outdatedArticles, reprocessArticles } from "./Reprocess.ts"

/** Where the command writes: results to `out`, the progress bar to `err`. */
export interface IngestConsole {
  readonly out: (line: string) => void
  readonly err: ProgressTerminal
}

/** Prints each outcome (unless quiet) and keeps the bar going; prints the summary at the end. */
const reporter = (config: IngestConfig, io: IngestConsole) => {
  let bar = new ProgressBar(io.err, 0)
  const print = (line: string) => {
    bar.clear()
    io.out(line)
  }
  const options: BatchOptions = {
    onStart: (total) => Effect.sync(() => { bar = new ProgressBar(io.err, total) }),
    onOutcome: (outcome: FileOutcome) =>
      Effect.sync(() => {
        if (!config.quiet) print(config.json ? outcomeJson(outcome) : outcomeLine(outcome))
        bar.tick()
      })
  }
  const finish = (summary: IngestSummary) =>
    Effect.sync(() => {
      bar.finish()
      io.out(config.json ? summaryJson(summary) : summaryLine(summary))
    })
  return { options, finish }
}

/** Runs ingest (or `--reprocess`) and returns the exit code: 1 when any file failed, else 0. */
export const runIngest = (config: IngestConfig, io: IngestConsole) =>
  Effect.gen(function* () {
    const { options, finish } = reporter(config, io)
    let summary: IngestSummary
    if (config.reprocess) {
      const outdated = yield* outdatedArticles
      summary = yield* reprocessArticles(outdated, options).pipe(Effect.provide(extractorFor(outdated.length, config.workers)))
    } else {
      const files = yield* findArticleFiles(config.paths)
      summary = yield* ingestBatch(files, options).pipe(Effect.provide(extractorFor(files.length, config.workers)))
    }
    yield* finish(summary)
    return summary.failed > 0 ? 1 : 0
  })
