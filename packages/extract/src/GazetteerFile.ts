/**
 * The gazetteer tables as one binary file cached on disk, so a process reads the finished tables (typed arrays and a few
 * strings, ~25 MB) instead of building them from the 32 MB GeoNames dump (seconds, and ~200 MB at the peak).
 */
import { createHash } from "node:crypto"
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from "node:fs"
import { endianness } from "node:os"
import { basename, join } from "node:path"
import { fileURLToPath } from "node:url"
import { threadId } from "node:worker_threads"
import { buildGazetteerTables, type GazetteerTables, type GazPlace, gazetteerSourceFiles, gazetteerSourcePackages } from "./GazetteerTables.ts"
import { PlaceNameIndex, type PlaceNameIndexParts } from "./PlaceNameIndex.ts"

/** The layout of the file; raise it when the layout changes (changes to how the tables are built are caught by the key). */
export const GAZETTEER_FILE_FORMAT = 1

const MAGIC = Buffer.from("WWGAZIX\n", "latin1")
/** Magic, format number, header length; the header (JSON) follows, then the body from the next multiple of 8. */
const PREAMBLE_BYTES = 16
export const GAZETTEER_FILE_NAME = "gazetteer.bin"

/**
 * What a cached file must have been built from: the source packages and their files' sizes, the code that builds the
 * tables (and the aliases it ranks first), and the runtime, whose ICU names the countries and folds the accents.
 */
export const gazetteerSourceKey = (): string =>
  JSON.stringify({
    packages: gazetteerSourcePackages(),
    files: gazetteerSourceFiles().map((f) => `${basename(f)}:${statSync(f).size}`),
    code: createHash("sha1").update(BUILD_CODE.map(sourceText).join("\0")).digest("hex"),
    node: process.versions.node,
    icu: process.versions.icu ?? "",
    unicode: process.versions.unicode ?? "",
    endianness: endianness()
  })

/** The modules whose code decides what the tables hold. */
const BUILD_CODE = ["./GazetteerTables.ts", "./PlaceNameIndex.ts", "./data/placeAliases.json"].map((m) => new URL(m, import.meta.url))
const sourceText = (url: URL): string => {
  try {
    return readFileSync(url, "utf8")
  } catch {
    return "" // not shipped as source: the file format number and the packages' versions still apply
  }
}

/** $WIREWATCH_CACHE_DIR, else node_modules/.cache/wirewatch in the extract package (derived data, never committed). */
export const gazetteerCacheDir = (): string =>
  process.env["WIREWATCH_CACHE_DIR"] || fileURLToPath(new URL("../node_modules/.cache/wirewatch", import.meta.url))

type ArrayType = "u16" | "u32" | "i32" | "f64"
const ARRAY_TYPES = { u16: Uint16Array, u32: Uint32Array, i32: Int32Array, f64: Float64Array } as const
type TypedArray = Uint16Array | Uint32Array | Int32Array | Float64Array
const typeOf = (a: TypedArray): ArrayType =>
  a instanceof Uint16Array ? "u16" : a instanceof Uint32Array ? "u32" : a instanceof Int32Array ? "i32" : "f64"

/** Texts are stored as UTF-8 unless that would change them (a lone surrogate); then as UTF-16, which keeps any string. */
type TextEncoding = "utf8" | "utf16le"

interface Header {
  readonly key: string
  readonly sha1: string
  readonly textBytes: number
  readonly arrayBytes: number
  readonly texts: ReadonlyArray<{ readonly name: string; readonly encoding: TextEncoding; readonly at: number; readonly bytes: number }>
  readonly arrays: ReadonlyArray<{ readonly name: string; readonly type: ArrayType; readonly at: number; readonly length: number }>
}

/** The small tables, stored as one JSON text. */
interface SmallTables {
  readonly regions: ReadonlyArray<string | null>
  readonly countryCodes: ReadonlyArray<string>
  readonly others: ReadonlyArray<GazPlace>
  readonly districtNames: ReadonlyArray<string>
  readonly districtRegions: ReadonlyArray<string | null>
  readonly districtCountryCodes: ReadonlyArray<string>
}

const align8 = (n: number): number => (n + 7) & ~7

/** Writes the tables to `file` through a temporary file renamed into place, so a reader never sees half a file. */
export const writeGazetteerFile = (file: string, tables: GazetteerTables, key: string): void => {
  const { towns, index, districts } = tables
  const small: SmallTables = {
    regions: towns.regions, countryCodes: towns.countryCodes, others: tables.others,
    districtNames: districts.names, districtRegions: districts.regions, districtCountryCodes: districts.countryCodes
  }
  const textValues: Array<[string, string]> = [
    ["small", JSON.stringify(small)], ["townNames", towns.names], ["keys", index.parts().keyText], ["districtKeys", districts.index.parts().keyText]
  ]
  const texts: Array<Header["texts"][number]> = []
  const textBuffers: Array<Buffer> = []
  let textBytes = 0
  for (const [name, value] of textValues) {
    const utf8 = Buffer.from(value, "utf8")
    const encoding: TextEncoding = utf8.toString("utf8") === value ? "utf8" : "utf16le"
    const bytes = encoding === "utf8" ? utf8 : Buffer.from(value, "utf16le")
    texts.push({ name, encoding, at: textBytes, bytes: bytes.length })
    textBuffers.push(bytes)
    textBytes = align8(textBytes + bytes.length)
  }
  const arrayValues: Array<[string, TypedArray]> = [
    ["nameStart", towns.nameStart], ["lat", towns.lat], ["lon", towns.lon], ["population", towns.population],
    ["region", towns.region], ["country", towns.country],
    ...indexArrays("", index.parts()), ...indexArrays("district", districts.index.parts())
  ]
  const arrays: Array<Header["arrays"][number]> = []
  let arrayBytes = 0
  for (const [name, a] of arrayValues) {
    arrays.push({ name, type: typeOf(a), at: arrayBytes, length: a.length })
    arrayBytes = align8(arrayBytes + a.byteLength)
  }
  // the body in order, padding included, so the checksum is taken over exactly what is written
  const body: Array<Uint8Array> = []
  const padTo = (written: number, at: number) => at > written && body.push(new Uint8Array(at - written))
  let written = 0
  textBuffers.forEach((b, i) => {
    padTo(written, texts[i]!.at)
    body.push(b)
    written = texts[i]!.at + b.length
  })
  padTo(written, textBytes)
  written = 0
  arrayValues.forEach(([, a], i) => {
    padTo(written, arrays[i]!.at)
    body.push(new Uint8Array(a.buffer, a.byteOffset, a.byteLength))
    written = arrays[i]!.at + a.byteLength
  })
  padTo(written, arrayBytes)
  const hash = createHash("sha1")
  for (const b of body) hash.update(b)
  const header: Header = { key, sha1: hash.digest("hex"), textBytes, arrayBytes, texts, arrays }
  const headerBytes = Buffer.from(JSON.stringify(header), "utf8")
  const preamble = Buffer.alloc(align8(PREAMBLE_BYTES + headerBytes.length))
  MAGIC.copy(preamble, 0)
  preamble.writeUInt32LE(GAZETTEER_FILE_FORMAT, 8)
  preamble.writeUInt32LE(headerBytes.length, 12)
  headerBytes.copy(preamble, PREAMBLE_BYTES)

  const temp = `${file}.${process.pid}.${threadId}.tmp`
  const fd = openSync(temp, "w")
  try {
    for (const b of [preamble, ...body]) writeAll(fd, b)
    closeSync(fd)
    renameSync(temp, file)
  } catch (e) {
    try {
      closeSync(fd)
    } catch {
      // already closed
    }
    try {
      unlinkSync(temp)
    } catch {
      // nothing was left behind
    }
    throw e
  }
}

const indexArrays = (prefix: string, p: PlaceNameIndexParts): Array<[string, TypedArray]> => [
  [`${prefix}keyStart`, p.keyStart], [`${prefix}slots`, p.slots], [`${prefix}listStart`, p.listStart], [`${prefix}places`, p.places]
]

const writeAll = (fd: number, b: Uint8Array): void => {
  for (let at = 0; at < b.length; ) at += writeSync(fd, b, at, b.length - at)
}

/** Reads `length` bytes at `position` into `into`; false when the file ends first. */
const readAll = (fd: number, into: Uint8Array, position: number): boolean => {
  for (let at = 0; at < into.length; ) {
    const n = readSync(fd, into, at, into.length - at, position + at)
    if (n === 0) return false
    at += n
  }
  return true
}

export type GazetteerFileRead =
  | { readonly ok: true; readonly tables: GazetteerTables }
  /** missing: no file; stale: another format or other sources; damaged: cut short, altered, or not a gazetteer file. */
  | { readonly ok: false; readonly problem: "missing" | "stale" | "damaged"; readonly detail: string }

const damaged = (detail: string): GazetteerFileRead => ({ ok: false, problem: "damaged", detail })

/** The tables in `file` when it was written from the sources `key` names and is whole. */
export const readGazetteerFile = (file: string, key: string): GazetteerFileRead => {
  let fd: number
  try {
    fd = openSync(file, "r")
  } catch (e) {
    return { ok: false, problem: "missing", detail: String(e) }
  }
  try {
    const preamble = Buffer.alloc(PREAMBLE_BYTES)
    if (!readAll(fd, preamble, 0) || !preamble.subarray(0, MAGIC.length).equals(MAGIC)) return damaged("not a gazetteer file")
    const format = preamble.readUInt32LE(8)
    if (format !== GAZETTEER_FILE_FORMAT) return { ok: false, problem: "stale", detail: `file format ${format}, expected ${GAZETTEER_FILE_FORMAT}` }
    const headerBytes = Buffer.alloc(preamble.readUInt32LE(12))
    if (!readAll(fd, headerBytes, PREAMBLE_BYTES)) return damaged("header cut short")
    let header: Header
    try {
      header = JSON.parse(headerBytes.toString("utf8")) as Header
    } catch {
      return damaged("header is not JSON")
    }
    if (header.key !== key) return { ok: false, problem: "stale", detail: "built from other sources" }
    const bodyStart = align8(PREAMBLE_BYTES + headerBytes.length)
    const size = fstatSync(fd).size
    if (size !== bodyStart + header.textBytes + header.arrayBytes) return damaged(`${size} bytes, expected ${bodyStart + header.textBytes + header.arrayBytes}`)
    // the texts are read apart from the arrays, so their bytes are let go once decoded while the arrays keep theirs
    const hash = createHash("sha1")
    const textRegion = Buffer.alloc(header.textBytes)
    if (!readAll(fd, textRegion, bodyStart)) return damaged("texts cut short")
    hash.update(textRegion)
    const arrayRegion = new ArrayBuffer(header.arrayBytes)
    if (!readAll(fd, new Uint8Array(arrayRegion), bodyStart + header.textBytes)) return damaged("arrays cut short")
    hash.update(new Uint8Array(arrayRegion))
    if (hash.digest("hex") !== header.sha1) return damaged("checksum does not match")
    const texts = new Map(header.texts.map((t) => [t.name, textRegion.toString(t.encoding, t.at, t.at + t.bytes)]))
    const arrays = new Map(header.arrays.map((a) => [a.name, new ARRAY_TYPES[a.type](arrayRegion, a.at, a.length)]))
    return { ok: true, tables: tablesOf(texts, arrays) }
  } catch (e) {
    return damaged(String(e))
  } finally {
    closeSync(fd)
  }
}

const tablesOf = (texts: ReadonlyMap<string, string>, arrays: ReadonlyMap<string, TypedArray>): GazetteerTables => {
  const text = (name: string): string => {
    const t = texts.get(name)
    if (t === undefined) throw new Error(`no text ${name}`)
    return t
  }
  const array = <A extends TypedArray>(name: string, type: new (n: number) => A): A => {
    const a = arrays.get(name)
    if (!(a instanceof type)) throw new Error(`no ${type.name} ${name}`)
    return a
  }
  const small = JSON.parse(text("small")) as SmallTables
  const names = text("townNames")
  const nameStart = array("nameStart", Uint32Array)
  const count = nameStart.length - 1
  const towns = {
    count, names, nameStart, lat: array("lat", Float64Array), lon: array("lon", Float64Array), population: array("population", Float64Array),
    region: array("region", Uint16Array), country: array("country", Uint16Array), regions: small.regions, countryCodes: small.countryCodes
  }
  const columns = [towns.lat, towns.lon, towns.population, towns.region, towns.country]
  if (count < 0 || nameStart[count] !== names.length || columns.some((c) => c.length !== count)) throw new Error("town columns do not fit together")
  const indexOf = (prefix: string, keyText: string): PlaceNameIndex =>
    PlaceNameIndex.fromParts({
      keyText, keyStart: array(`${prefix}keyStart`, Uint32Array), slots: array(`${prefix}slots`, Int32Array),
      listStart: array(`${prefix}listStart`, Uint32Array), places: array(`${prefix}places`, Int32Array)
    })
  const districts = {
    index: indexOf("district", text("districtKeys")), names: small.districtNames, regions: small.districtRegions, countryCodes: small.districtCountryCodes
  }
  if (districts.regions.length !== districts.names.length || districts.countryCodes.length !== districts.names.length) throw new Error("district columns do not fit together")
  return { towns, others: small.others, index: indexOf("", text("keys")), districts }
}

export interface LoadGazetteerOptions {
  /** Where the file is cached; `gazetteerCacheDir()` by default. */
  readonly dir?: string
  /** Builds the tables when no good file is cached; `buildGazetteerTables` by default. */
  readonly build?: () => GazetteerTables
  /** Told, in one line, why the tables could not be cached; stderr by default. */
  readonly warn?: (line: string) => void
}

export interface LoadedGazetteer {
  readonly tables: GazetteerTables
  /** file: read from the cache; built: built and cached; memory: built, and not cached (the cache could not be written). */
  readonly from: "file" | "built" | "memory"
}

/** How long a process waits for another that is building the file before building its own copy. */
const BUILDER_WAIT_MS = 120_000
/** A lock this old was left by a builder that died without removing it (building takes seconds). */
const STALE_LOCK_MS = 600_000

/**
 * The gazetteer tables: read from the cached file when it is whole and was built from the current sources, else built
 * and cached. Of several processes or threads that find no file at once, one builds it and the others wait for it.
 * Never fails for want of a cache: when the directory cannot be written, the tables are built in memory.
 */
export const loadGazetteerTables = (options: LoadGazetteerOptions = {}): LoadedGazetteer => {
  const dir = options.dir ?? gazetteerCacheDir()
  const build = options.build ?? buildGazetteerTables
  const warn = options.warn ?? ((line: string) => void process.stderr.write(`${line}\n`))
  const key = gazetteerSourceKey()
  const file = join(dir, GAZETTEER_FILE_NAME)
  const lock = `${file}.lock`
  const inMemory = (why: string): LoadedGazetteer => {
    warn(`wirewatch: gazetteer index not cached in ${dir} (${why}); building it in memory`)
    return { tables: build(), from: "memory" }
  }
  const giveUpAt = Date.now() + BUILDER_WAIT_MS
  for (;;) {
    const cached = readGazetteerFile(file, key)
    if (cached.ok) return { tables: cached.tables, from: "file" }
    let taken: boolean
    try {
      mkdirSync(dir, { recursive: true })
      writeFileSync(lock, String(process.pid), { flag: "wx" })
      taken = true
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") return inMemory(errorText(e))
      taken = false
    }
    if (taken) {
      try {
        const meanwhile = readGazetteerFile(file, key)
        if (meanwhile.ok) return { tables: meanwhile.tables, from: "file" }
        const tables = build()
        try {
          writeGazetteerFile(file, tables, key)
        } catch (e) {
          warn(`wirewatch: gazetteer index not cached in ${dir} (${errorText(e)}); built in memory`)
          return { tables, from: "memory" }
        }
        return { tables, from: "built" }
      } finally {
        removeQuietly(lock)
      }
    }
    if (lockIsAbandoned(lock)) removeQuietly(lock)
    else if (Date.now() > giveUpAt) return inMemory(`another process has been building it for ${BUILDER_WAIT_MS / 1000} s`)
    else sleep(100)
  }
}

const errorText = (e: unknown): string => ((e as NodeJS.ErrnoException).code ?? String(e))

const removeQuietly = (file: string): void => {
  try {
    unlinkSync(file)
  } catch {
    // gone already
  }
}

/** Whether the lock's builder has died: its process is gone, or the lock is far older than a build takes. */
const lockIsAbandoned = (lock: string): boolean => {
  try {
    if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) return true
    const pid = Number(readFileSync(lock, "utf8"))
    if (!Number.isInteger(pid) || pid <= 0) return false // being written this instant
    process.kill(pid, 0)
    return false
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    return code === "ESRCH" || code === "ENOENT" // its process is gone, or the lock is
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4))
/** Lookups are synchronous, so the wait for another builder is too. */
const sleep = (ms: number): void => void Atomics.wait(sleeper, 0, 0, ms)
