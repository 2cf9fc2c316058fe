/** Extraction speed on one core: parse and extract every article in this thread, on the real wire-2022 corpus and on synthetic articles. */
import { parseArticleText } from "@wirewatch/domain"
import { extractArticle } from "@wirewatch/extract"
import { Either } from "effect"
import type { BenchText } from "./BenchCorpus.ts"
import { figure, type Section } from "./Measurement.ts"
import { measureThroughput, type LoopOptions, type Throughput } from "./ThroughputLoop.ts"
import { atLeast } from "./Verdict.ts"

export const EXTRACTION_TARGET_PER_SECOND = 2000

/** What `pnpm ingest` does to a file's text before storing it; a file that does not parse is skipped, as ingest does. */
export const extractText = (t: BenchText): unknown => {
  const parsed = parseArticleText(t.fileName, t.text)
  return Either.isRight(parsed) ? extractArticle(parsed.right) : undefined
}

export interface ExtractionResult {
  readonly wire: Throughput | null
  readonly synthetic: Throughput
  readonly section: Section
}

export const measureExtraction = (
  wire: ReadonlyArray<BenchText> | null,
  synthetic: ReadonlyArray<BenchText>,
  loop: LoopOptions,
  wireMissingNote: string
): ExtractionResult => {
  const unparsed = wire === null ? 0 : wire.filter((t) => Either.isLeft(parseArticleText(t.fileName, t.text))).length
  const wireThroughput = wire === null ? null : measureThroughput(wire, extractText, loop)
  const syntheticThroughput = measureThroughput(synthetic, extractText, loop)
  const notes: Array<string> = []
  if (wire === null) notes.push(wireMissingNote)
  else notes.push(`wire-2022: ${wire.length} files, ${(wire.reduce((s, t) => s + t.bytes, 0) / 1e6).toFixed(2)} MB; median of ${wireThroughput!.passes} passes after a warm-up${unparsed > 0 ? `; ${unparsed} files do not parse and are skipped, as ingest does` : ""}`)
  notes.push("articles/s by the clock (the target); per CPU-second counts only the time the process ran, so a figure far above the clock's means other jobs had the core")
  notes.push(`synthetic: ${synthetic.length} articles from pnpm gen, ${(synthetic.reduce((s, t) => s + t.bytes, 0) / 1e6).toFixed(2)} MB; median of ${syntheticThroughput.passes} passes`)
  return {
    wire: wireThroughput,
    synthetic: syntheticThroughput,
    section: {
      title: "Extraction, one core (parseArticleText + extractArticle, main thread)",
      figures: [
        figure("wire-2022 articles/s", wireThroughput?.articlesPerSecond ?? null, "articles/s"),
        figure("wire-2022 MB/s", wireThroughput?.megabytesPerSecond ?? null, "MB/s", 2),
        figure("wire-2022 ms/article", wireThroughput?.msPerArticle ?? null, "ms", 3),
        figure("wire-2022 articles per CPU-second", wireThroughput?.articlesPerCpuSecond ?? null, "articles/s"),
        figure("synthetic articles/s", syntheticThroughput.articlesPerSecond, "articles/s"),
        figure("synthetic MB/s", syntheticThroughput.megabytesPerSecond, "MB/s", 2),
        figure("synthetic ms/article", syntheticThroughput.msPerArticle, "ms", 3),
        figure("synthetic articles per CPU-second", syntheticThroughput.articlesPerCpuSecond, "articles/s")
      ],
      verdicts: [atLeast("extraction ≥ 2,000 articles/s on one core (wire-2022)", wireThroughput?.articlesPerSecond ?? null, EXTRACTION_TARGET_PER_SECOND, "articles/s")],
      notes
    }
  }
}
