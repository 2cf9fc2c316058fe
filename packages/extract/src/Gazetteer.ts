/** Geocodes place names with the GeoNames "cities500" gazetteer and its admin regions, over compact tables read from a cached file (or built) on first lookup. */
import { remembered } from "@wirewatch/domain"
import aliasData from "./data/placeAliases.json" with { type: "json" }
import { loadGazetteerTables } from "./GazetteerFile.ts"
import { countryName, type GazetteerTables, type GazPlace, placeKey } from "./GazetteerTables.ts"

export { type GazPlace, placeKey } from "./GazetteerTables.ts"

/** placeKey for lookups, remembered per spelling (articles ask for the same places again and again). */
const lookupKey = remembered(placeKey, 100_000)

const aliasKeys: Record<string, true> = Object.fromEntries(Object.keys(aliasData.aliases).map((k) => [placeKey(k), true as const]))

/** Lookups over one set of tables; places become GazPlace objects when first returned, and are the same object after. */
export class Gazetteer {
  private readonly madeTowns = new Map<number, GazPlace>()
  private readonly madeDistricts = new Map<number, GazPlace>()

  constructor(private readonly tables: GazetteerTables) {}

  /**
   * The best place for a name: a shipped alias first, then places in the article's countries, then the most populous.
   * `countries` are ISO codes in order of preference.
   */
  lookupPlace(name: string, countries: ReadonlyArray<string> = []): GazPlace | undefined {
    const key = lookupKey(name)
    const list = this.tables.index.get(key)
    if (list.length === 0) return undefined
    let best = -1
    let bestScore = -Infinity
    for (let i = 0; i < list.length; i++) {
      const p = list[i]!
      const cc = this.countryCodeOf(p)
      const rank = cc === null ? -1 : countries.indexOf(cc)
      const score = (i === 0 && key in aliasKeys ? 1e12 : 0) + (rank >= 0 ? 1e10 * (countries.length - rank) : 0) + this.populationOf(p)
      if (score > bestScore) {
        bestScore = score
        best = p
      }
    }
    return best === -1 ? undefined : this.placeOf(best)
  }

  /** Whether `name` names a place the gazetteer knows (any level), remembered per spelling. */
  readonly isPlaceName = remembered((name) => this.tables.index.has(lookupKey(name)), 100_000)

  /** A district by its name without "District"/"Raion" ("North Waziristan", "Bannu"), in one of `countries` when given. */
  lookupDistrict(name: string, countries: ReadonlyArray<string> = []): GazPlace | undefined {
    const found = this.tables.districts.index.get(lookupKey(name))
    if (found.length === 0) return undefined
    const d = this.districtOf(found[0]!)
    return countries.length === 0 || countries.includes(d.countryCode ?? "") ? d : undefined
  }

  /** The country-level place for an ISO code. */
  countryPlace(cc: string): GazPlace | undefined {
    const n = cc === "PS" ? "Palestinian territories" : countryName(cc)
    if (n === null) return undefined
    const p = this.tables.index.get(lookupKey(n)).find((q) => this.levelOf(q) === "country")
    return p === undefined ? undefined : this.placeOf(p)
  }

  private countryCodeOf(p: number): string | null {
    const { towns, others } = this.tables
    return p < towns.count ? towns.countryCodes[towns.country[p]!]! || null : others[p - towns.count]!.countryCode
  }

  private populationOf(p: number): number {
    const { towns, others } = this.tables
    return p < towns.count ? towns.population[p]! : others[p - towns.count]!.population
  }

  private levelOf(p: number): GazPlace["level"] {
    const { towns, others } = this.tables
    return p < towns.count ? "city" : others[p - towns.count]!.level
  }

  /** The GazPlace of a place number; a town's object is made once, on first use. */
  private placeOf(p: number): GazPlace {
    const { towns, others } = this.tables
    if (p >= towns.count) return others[p - towns.count]!
    let place = this.madeTowns.get(p)
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
      this.madeTowns.set(p, place)
    }
    return place
  }

  private districtOf(d: number): GazPlace {
    let place = this.madeDistricts.get(d)
    if (place === undefined) {
      const { districts } = this.tables
      const cc = districts.countryCodes[d]!
      place = { name: districts.names[d]!, region: districts.regions[d]!, country: countryName(cc), countryCode: cc, lat: null, lon: null, population: 0, level: "region" }
      this.madeDistricts.set(d, place)
    }
    return place
  }
}

/** The process's gazetteer, loaded on first use, so importing the extractor (or only its ids and dates) costs nothing up front. */
let shared: Gazetteer | undefined
const gazetteer = (): Gazetteer => (shared ??= new Gazetteer(loadGazetteerTables().tables))

export const lookupPlace = (name: string, countries: ReadonlyArray<string> = []): GazPlace | undefined => gazetteer().lookupPlace(name, countries)
export const isPlaceName = (name: string): boolean => gazetteer().isPlaceName(name)
export const lookupDistrict = (name: string, countries: ReadonlyArray<string> = []): GazPlace | undefined => gazetteer().lookupDistrict(name, countries)
export const countryPlace = (cc: string): GazPlace | undefined => gazetteer().countryPlace(cc)
