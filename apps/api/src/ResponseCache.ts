/**
 * Rendered answers kept per request while the data they were computed from is unchanged: each is labelled with the
 * store's data version read before it was computed, and served only while that version is still the current one, so an
 * ingest in any process is visible at the next request. Requests that arrive while the same answer is being computed
 * wait for it instead of computing it again.
 */
import { createHash } from "node:crypto"
import { gzipSync } from "node:zlib"

const utf8 = new TextEncoder()

/** A body and its entity tag (a hash of the bytes, so equal across restarts of the API). */
export interface Representation {
  readonly body: Uint8Array<ArrayBuffer>
  readonly etag: string
}

/** A response ready to send: its body as is, and gzipped when a client first accepts that (made once, then kept). */
export interface RenderedAnswer extends Representation {
  readonly headers: Readonly<Record<string, string>>
  readonly gzipped: () => Representation
}

/** Smaller answers are sent as they are: gzip would save less than its own cost. */
export const MIN_GZIP_BYTES = 1024

const representation = (body: Uint8Array<ArrayBuffer>, suffix = ""): Representation => ({
  body,
  etag: `"${createHash("sha1").update(body).digest("base64url")}${suffix}"`
})

export const renderedAnswer = (text: string, headers: Readonly<Record<string, string>>): RenderedAnswer => {
  // TextEncoder and gzipSync always make fresh (never shared) ArrayBuffers; their typing does not say so.
  const plain = representation(utf8.encode(text) as Uint8Array<ArrayBuffer>)
  let gzipped: Representation | undefined
  return {
    ...plain,
    headers,
    // Level 1: the JSON of a series is repetitive enough that it still shrinks ~10x, for a fraction of level 6's time.
    gzipped: () => (gzipped ??= representation(new Uint8Array(gzipSync(plain.body, { level: 1 })) as Uint8Array<ArrayBuffer>, "-gzip"))
  }
}

/** True when an `Accept-Encoding` header accepts gzip (named without `q=0`, or `*` without `q=0`). */
export const acceptsGzip = (acceptEncoding: string | undefined): boolean =>
  acceptEncoding !== undefined &&
  acceptEncoding.split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";")
    return (coding === "gzip" || coding === "*") && !params.some((p) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(p))
  })

/** True when an `If-None-Match` header names `etag` (weak comparison, as RFC 9110 asks for GET). */
export const matchesEtag = (ifNoneMatch: string | undefined, etag: string): boolean => {
  if (ifNoneMatch === undefined) return false
  const wanted = etag.replace(/^W\//, "")
  return ifNoneMatch.split(",").some((tag) => {
    const t = tag.trim()
    return t === "*" || t.replace(/^W\//, "") === wanted
  })
}

/**
 * One read shared by every caller that asked before it started: callers wait for the next read, which starts on the
 * next turn of the event loop, so a read never started before a caller asked (a commit before the request is seen)
 * while requests that arrive together cost one read of the version instead of one each.
 */
export const sharedReads = <A>(read: () => Promise<A>): (() => Promise<A>) => {
  let next: Promise<A> | undefined
  return () => {
    next ??= new Promise<void>((started) => setImmediate(started)).then(() => {
      next = undefined
      return read()
    })
    return next
  }
}

interface Entry {
  readonly version: string
  readonly answer: RenderedAnswer
}

export interface ResponseCacheOptions {
  /** Bytes of plain bodies kept at most, the least recently served going first (a gzipped copy adds ~a fifth more). */
  readonly maxBytes: number
  /** Larger answers are sent but not kept. */
  readonly maxEntryBytes: number
}

export const DEFAULT_CACHE_OPTIONS: ResponseCacheOptions = { maxBytes: 64 * 1024 * 1024, maxEntryBytes: 8 * 1024 * 1024 }

/** What a computation gives: an answer worth keeping, or a response for this request only (errors). */
export type Computed<E> = { readonly _tag: "Answer"; readonly answer: RenderedAnswer } | { readonly _tag: "Uncached"; readonly value: E }

export class ResponseCache {
  /** In least-recently-served order (a Map keeps insertion order; a hit moves its key to the end). */
  private readonly entries = new Map<string, Entry>()
  private readonly pending = new Map<string, Promise<Computed<unknown>>>()
  private bytes = 0
  /** The newest version seen: entries of any other are stale and dropped as soon as it changes. */
  private current: string | undefined

  constructor(private readonly options: ResponseCacheOptions = DEFAULT_CACHE_OPTIONS) {}

  get size(): number {
    return this.entries.size
  }

  /** The answer for `key` at `version`, from the cache, from a computation under way, or from `compute`. */
  answer<E>(key: string, version: string, compute: () => Promise<Computed<E>>): Promise<Computed<E>> {
    this.observe(version)
    const entry = this.entries.get(key)
    if (entry !== undefined && entry.version === version) {
      this.entries.delete(key)
      this.entries.set(key, entry)
      return Promise.resolve({ _tag: "Answer", answer: entry.answer })
    }
    const slot = `${version}\u0000${key}`
    const running = this.pending.get(slot)
    if (running !== undefined) return running as Promise<Computed<E>>
    const computation = compute().then(
      (computed) => {
        if (computed._tag === "Answer") this.keep(key, version, computed.answer)
        return computed
      }
    ).finally(() => this.pending.delete(slot))
    this.pending.set(slot, computation)
    return computation
  }

  /** A new version makes every kept answer stale. */
  private observe(version: string): void {
    if (version === this.current) return
    this.current = version
    this.entries.clear()
    this.bytes = 0
  }

  private keep(key: string, version: string, answer: RenderedAnswer): void {
    // Computed at a version that is no longer current: right for the requests that waited for it, stale for the next.
    if (version !== this.current || answer.body.byteLength > this.options.maxEntryBytes) return
    const old = this.entries.get(key)
    if (old !== undefined) {
      this.bytes -= old.answer.body.byteLength
      this.entries.delete(key)
    }
    this.entries.set(key, { version, answer })
    this.bytes += answer.body.byteLength
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.options.maxBytes) break
      this.entries.delete(k)
      this.bytes -= e.answer.body.byteLength
    }
  }
}
