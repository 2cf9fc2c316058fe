/** Times a function over a set of texts on this thread: a warm-up, then whole passes until a time budget is spent. */
import type { BenchText } from "./BenchCorpus.ts"
import { median } from "./Percentile.ts"

export interface Throughput {
  readonly articlesPerSecond: number
  readonly megabytesPerSecond: number
  readonly msPerArticle: number
  /** Articles per second of this process's CPU time (user + system): what a core that was all ours would do. */
  readonly articlesPerCpuSecond: number
  readonly passes: number
  readonly articles: number
}

export interface LoopOptions {
  /** Texts processed before timing, so the JIT has compiled the hot paths. */
  readonly warmupArticles: number
  /** Passes keep starting until this many seconds have been spent, after the first `minPasses`. */
  readonly budgetSeconds: number
  /** At least this many passes, so the median can set a disturbed pass aside. */
  readonly minPasses: number
  /** No more passes than this. */
  readonly maxPasses: number
}

/** The median pass's rate, by the clock and by CPU time: on a shared machine the clock runs while other jobs have the core, the CPU time does not. */
export const measureThroughput = (texts: ReadonlyArray<BenchText>, work: (t: BenchText) => unknown, options: LoopOptions): Throughput => {
  for (let i = 0; i < Math.min(options.warmupArticles, texts.length * 3); i++) work(texts[i % texts.length]!)
  const bytes = texts.reduce((sum, t) => sum + t.bytes, 0)
  const passSeconds: Array<number> = []
  const passCpuSeconds: Array<number> = []
  const started = performance.now()
  let sink = 0
  while (passSeconds.length < options.maxPasses && (passSeconds.length < options.minPasses || (performance.now() - started) / 1000 < options.budgetSeconds)) {
    const t0 = performance.now()
    const cpu0 = process.cpuUsage()
    for (const t of texts) if (work(t) !== undefined) sink++
    const cpu = process.cpuUsage(cpu0)
    passSeconds.push((performance.now() - t0) / 1000)
    passCpuSeconds.push((cpu.user + cpu.system) / 1e6)
  }
  if (sink < 0) console.log(sink)
  const seconds = median(passSeconds)
  return {
    articlesPerSecond: texts.length / seconds,
    megabytesPerSecond: bytes / 1e6 / seconds,
    msPerArticle: (seconds * 1000) / texts.length,
    articlesPerCpuSecond: texts.length / median(passCpuSeconds),
    passes: passSeconds.length,
    articles: texts.length
  }
}
