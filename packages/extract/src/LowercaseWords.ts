/**
 * Word lists keyed by lowercase spelling, asked with a word in any case: `get(word)` answers as a Map keyed by
 * `word.toLowerCase()` would, but an ASCII word is hashed and compared letter by letter, folding case as it goes, so
 * no lowercase copy is made and no large map of spellings is probed (every token of an article asks several lists).
 */
import { asciiLower, isAscii } from "./Characters.ts"

/** FNV-1a over the case-folded code units of an ASCII word. */
const foldedHash = (word: string): number => {
  let h = 0x811c9dc5
  for (let i = 0, n = word.length; i < n; i++) h = Math.imul(h ^ asciiLower(word.charCodeAt(i)), 0x01000193)
  return h >>> 0
}

export class LowercaseWords<V> {
  /** The entries whose key is not ASCII, looked up the ordinary way. */
  private readonly wide = new Map<string, V>()
  private readonly keys: Array<string> = []
  private readonly values: Array<V> = []
  /** Open addressing: index into keys + 1, 0 for empty; size a power of two. */
  private readonly slots: Int32Array

  /** `entries` are keyed by lowercase spellings (as `toLowerCase` gives them); a repeated key keeps its last value, as a Map does. */
  constructor(entries: Iterable<readonly [string, V]>) {
    const ascii = new Map<string, V>()
    for (const [k, v] of entries) (isAscii(k) ? ascii : this.wide).set(k, v)
    let size = 8
    while (size < ascii.size * 4) size <<= 1
    this.slots = new Int32Array(size)
    for (const [k, v] of ascii) {
      let slot = foldedHash(k) & (size - 1)
      while (this.slots[slot] !== 0) slot = (slot + 1) & (size - 1)
      this.keys.push(k)
      this.values.push(v)
      this.slots[slot] = this.keys.length
    }
  }

  /** The value under `word.toLowerCase()`, if any. */
  get(word: string): V | undefined {
    if (!isAscii(word)) {
      // a few letters lowercase into ASCII (the Kelvin sign into "k")
      const lowered = word.toLowerCase()
      return isAscii(lowered) ? this.get(lowered) : this.wide.get(lowered)
    }
    return this.getAscii(word)
  }

  /** get(word) for a word the caller knows to be ASCII. */
  getAscii(word: string): V | undefined {
    const mask = this.slots.length - 1
    const n = word.length
    for (let slot = foldedHash(word) & mask; ; slot = (slot + 1) & mask) {
      const k = this.slots[slot]!
      if (k === 0) return undefined
      const key = this.keys[k - 1]!
      if (key.length !== n) continue
      let i = 0
      while (i < n && asciiLower(word.charCodeAt(i)) === key.charCodeAt(i)) i++
      if (i === n) return this.values[k - 1]
    }
  }

  /** Whether `word.toLowerCase()` is a key. */
  has(word: string): boolean {
    return this.get(word) !== undefined
  }
}

/** A set of lowercase words asked with a word in any case. */
export const lowercaseWordSet = (words: Iterable<string>): LowercaseWords<true> =>
  new LowercaseWords([...words].map((w) => [w, true] as const))
