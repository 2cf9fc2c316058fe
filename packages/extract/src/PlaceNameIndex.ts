/**
 * A compact multimap from place-name keys to place numbers, for the gazetteer's ~400,000 names: the keys live in one
 * string, the lists in typed arrays, so the index costs a few megabytes and a handful of heap objects instead of a Map
 * of arrays (tens of megabytes, and as many objects for the garbage collector to trace).
 */

/** FNV-1a over UTF-16 code units. */
const hashOf = (s: string, from: number, to: number): number => {
  let h = 0x811c9dc5
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** The arrays of a PlaceNameIndex (see its constructor). */
export interface PlaceNameIndexParts {
  readonly keyText: string
  readonly keyStart: Uint32Array
  readonly slots: Int32Array
  readonly listStart: Uint32Array
  readonly places: Int32Array
}

export class PlaceNameIndex {
  constructor(
    /** Every key, one after the other. */
    private readonly keyText: string,
    /** Key k is keyText[keyStart[k], keyStart[k + 1]). */
    private readonly keyStart: Uint32Array,
    /** Open-addressing table of key numbers (-1 = empty), size a power of two. */
    private readonly slots: Int32Array,
    /** Key k's places are places[listStart[k], listStart[k + 1]), in insertion order. */
    private readonly listStart: Uint32Array,
    private readonly places: Int32Array
  ) {}

  /** The places under `key`, in order; empty when the key is unknown. */
  get(key: string): Int32Array {
    const k = this.keyNumber(key)
    return k === -1 ? EMPTY : this.places.subarray(this.listStart[k]!, this.listStart[k + 1]!)
  }

  has(key: string): boolean {
    return this.keyNumber(key) !== -1
  }

  /** The arrays behind the index, to store it in a file and read it back with `fromParts`. */
  parts(): PlaceNameIndexParts {
    return { keyText: this.keyText, keyStart: this.keyStart, slots: this.slots, listStart: this.listStart, places: this.places }
  }

  /** An index over stored parts; throws when they do not fit together (a damaged file), rather than answering wrongly. */
  static fromParts(parts: PlaceNameIndexParts): PlaceNameIndex {
    const { keyText, keyStart, slots, listStart, places } = parts
    const keys = keyStart.length - 1
    const fits =
      keys >= 0 && listStart.length === keys + 1 && keyStart[0] === 0 && keyStart[keys] === keyText.length &&
      listStart[0] === 0 && listStart[keys] === places.length && slots.length > keys && (slots.length & (slots.length - 1)) === 0
    if (!fits) throw new Error("place name index parts do not fit together")
    return new PlaceNameIndex(keyText, keyStart, slots, listStart, places)
  }

  private keyNumber(key: string): number {
    const mask = this.slots.length - 1
    for (let slot = hashOf(key, 0, key.length) & mask; ; slot = (slot + 1) & mask) {
      const k = this.slots[slot]!
      if (k === -1) return -1
      const s = this.keyStart[k]!
      if (this.keyStart[k + 1]! - s === key.length && this.keyText.startsWith(key, s)) return k
    }
  }
}

const EMPTY = new Int32Array(0)

/** Collects (key, place) pairs in order, each list without repeats, then freezes them into a PlaceNameIndex. */
export class PlaceNameIndexBuilder {
  private readonly numbers = new Map<string, number>()
  private readonly keys: Array<string> = []
  private head = new Int32Array(1 << 16)
  private tail = new Int32Array(1 << 16)
  /** The highest place in each key's list: a larger one cannot be a repeat, so the list need not be walked. */
  private highest = new Int32Array(1 << 16)
  private entryPlace = new Int32Array(1 << 18)
  private entryNext = new Int32Array(1 << 18)
  private entries = 0

  /** Appends `place` to the list of `key` unless it is already there. */
  add(key: string, place: number): void {
    let k = this.numbers.get(key)
    if (k === undefined) {
      k = this.newKey(key)
    } else if (place <= this.highest[k]!) {
      for (let e = this.head[k]!; e !== -1; e = this.entryNext[e]!) if (this.entryPlace[e] === place) return
    }
    this.append(k, place)
  }

  /** The list of `key` so far (empty when unknown). */
  get(key: string): Array<number> {
    const k = this.numbers.get(key)
    const out: Array<number> = []
    if (k !== undefined) for (let e = this.head[k]!; e !== -1; e = this.entryNext[e]!) out.push(this.entryPlace[e]!)
    return out
  }

  /** Replaces the list of `key`. */
  set(key: string, places: ReadonlyArray<number>): void {
    const k = this.numbers.get(key) ?? this.newKey(key)
    this.head[k] = -1
    this.tail[k] = -1
    this.highest[k] = -1
    for (const p of places) this.append(k, p)
  }

  build(): PlaceNameIndex {
    const n = this.keys.length
    const keyText = this.keys.join("")
    const keyStart = new Uint32Array(n + 1)
    for (let k = 0, at = 0; k < n; k++) {
      keyStart[k] = at
      at += this.keys[k]!.length
      keyStart[k + 1] = at
    }
    let size = 1
    while (size < n * 2) size <<= 1
    const slots = new Int32Array(size).fill(-1)
    for (let k = 0; k < n; k++) {
      let slot = hashOf(keyText, keyStart[k]!, keyStart[k + 1]!) & (size - 1)
      while (slots[slot] !== -1) slot = (slot + 1) & (size - 1)
      slots[slot] = k
    }
    const listStart = new Uint32Array(n + 1)
    let total = 0
    for (let k = 0; k < n; k++) {
      listStart[k] = total
      for (let e = this.head[k]!; e !== -1; e = this.entryNext[e]!) total++
    }
    listStart[n] = total
    const places = new Int32Array(total)
    for (let k = 0, at = 0; k < n; k++) for (let e = this.head[k]!; e !== -1; e = this.entryNext[e]!) places[at++] = this.entryPlace[e]!
    return new PlaceNameIndex(keyText, keyStart, slots, listStart, places)
  }

  private newKey(key: string): number {
    const k = this.keys.length
    this.keys.push(key)
    this.numbers.set(key, k)
    if (k >= this.head.length) {
      this.head = grow(this.head)
      this.tail = grow(this.tail)
      this.highest = grow(this.highest)
    }
    this.head[k] = -1
    this.tail[k] = -1
    this.highest[k] = -1
    return k
  }

  private append(k: number, place: number): void {
    const e = this.entries++
    if (e >= this.entryPlace.length) {
      this.entryPlace = grow(this.entryPlace)
      this.entryNext = grow(this.entryNext)
    }
    this.entryPlace[e] = place
    this.entryNext[e] = -1
    if (this.tail[k] === -1) this.head[k] = e
    else this.entryNext[this.tail[k]!] = e
    this.tail[k] = e
    if (place > this.highest[k]!) this.highest[k] = place
  }
}

const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
  const b = new Int32Array(a.length * 2)
  b.set(a)
  return b
}
