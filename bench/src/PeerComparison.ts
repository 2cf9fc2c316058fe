/** The same files through a peer, the `compromise` NLP library finding people and quotations, as a ratio to our extractor's speed. */
import nlp from "compromise"
import type { BenchText } from "./BenchCorpus.ts"
import { figure, type Section } from "./Measurement.ts"
import { measureThroughput, type LoopOptions, type Throughput } from "./ThroughputLoop.ts"
import { atLeast } from "./Verdict.ts"

export const PEER_TARGET_RATIO = 10

/** What the peer is asked: the people named and the quotations, the nearest it has to our actors and statements. */
export const peerExtract = (t: BenchText): unknown => {
  const doc = nlp(t.text)
  return [doc.people().out("array"), doc.quotations().out("array")]
}

export const measurePeer = (
  wire: ReadonlyArray<BenchText> | null,
  synthetic: ReadonlyArray<BenchText>,
  ours: { readonly wire: Throughput | null; readonly synthetic: Throughput },
  loop: LoopOptions
): Section => {
  const wirePeer = wire === null ? null : measureThroughput(wire, peerExtract, loop)
  const syntheticPeer = measureThroughput(synthetic, peerExtract, loop)
  const wireRatio = wirePeer === null || ours.wire === null ? null : ours.wire.articlesPerSecond / wirePeer.articlesPerSecond
  const syntheticRatio = ours.synthetic.articlesPerSecond / syntheticPeer.articlesPerSecond
  return {
    title: "Peer: compromise 14 (nlp(text).people() and .quotations()), same files, same loop",
    figures: [
      figure("wire-2022 compromise articles/s", wirePeer?.articlesPerSecond ?? null, "articles/s", 1),
      figure("wire-2022 ours ÷ compromise", wireRatio, "×", 1),
      figure("wire-2022 ours ÷ compromise, by CPU time", wirePeer === null || ours.wire === null ? null : ours.wire.articlesPerCpuSecond / wirePeer.articlesPerCpuSecond, "×", 1),
      figure("synthetic compromise articles/s", syntheticPeer.articlesPerSecond, "articles/s", 1),
      figure("synthetic ours ÷ compromise", syntheticRatio, "×", 1),
      figure("synthetic ours ÷ compromise, by CPU time", ours.synthetic.articlesPerCpuSecond / syntheticPeer.articlesPerCpuSecond, "×", 1)
    ],
    verdicts: [atLeast("extraction ≥ 10× compromise on the same files (wire-2022)", wireRatio, PEER_TARGET_RATIO, "×", 1)],
    notes: [`compromise: median of ${wirePeer?.passes ?? syntheticPeer.passes} pass(es); it finds people and quotation marks only, no speakers, incidents or spans`]
  }
}
