/** A small seeded pseudo-random generator (mulberry32), so a seed always yields the same synthetic corpus. */

/** MurmurHash3's finaliser: a bijection on 32-bit integers that spreads every input bit over the output. */
const fmix32 = (x: number): number => {
  let h = x >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/**
 * Mixes a corpus seed and an article index into one 32-bit seed, so each article can be generated on its own.
 * For a given seed it is a bijection of the index (no two articles of a corpus share a stream), and the
 * corpora of two seeds are unrelated rather than shifted copies of each other.
 */
export const articleSeed = (seed: number, index: number): number =>
  fmix32((fmix32(seed ^ 0x9e3779b9) + Math.imul(index, 0x9e3779b1)) >>> 0)

/** Deterministic random choices drawn from one mulberry32 stream. */
export class Prng {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p
  }

  pick<A>(items: ReadonlyArray<A>): A {
    if (items.length === 0) throw new RangeError("pick from an empty list")
    return items[Math.floor(this.next() * items.length)]!
  }

  /** Picks by weight: `[[weight, value], ...]`. */
  weighted<A>(items: ReadonlyArray<readonly [number, A]>): A {
    const total = items.reduce((sum, [w]) => sum + w, 0)
    let r = this.next() * total
    for (const [w, value] of items) {
      r -= w
      if (r < 0) return value
    }
    return items[items.length - 1]![1]
  }

  /** `n` distinct items in random order (fewer if the list is shorter). */
  sample<A>(items: ReadonlyArray<A>, n: number): Array<A> {
    const copy = [...items]
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
    }
    return copy.slice(0, n)
  }
}
