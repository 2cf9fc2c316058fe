/** Finds attacks that happened (strikes, shelling, drone and missile attacks, bombings, raids, clashes): where, when, by whom, with what, and the toll. */
import type { DatePrecision, IncidentKind, IsoDate, Weapon } from "@wirewatch/domain"
import type { ArticleActor, Mention } from "./ActorDiscovery.ts"
import { mergeTolls, type Toll, tollOf } from "./Casualties.ts"
import { countryPlace, type GazPlace, isPlaceName, lookupDistrict, lookupPlace } from "./Gazetteer.ts"
import { stateOfWord } from "./KnowledgeBase.ts"
import type { QuoteSpan } from "./QuoteSpans.ts"
import { findDates } from "./RelativeDates.ts"
import type { Sentence } from "./Sentences.ts"

export interface RawIncident {
  kind: IncidentKind
  place: GazPlace
  placeMention: string
  date: IsoDate | null
  precision: DatePrecision
  perpetrator: ArticleActor | null
  weapons: Set<Weapon>
  killed: number | null
  injured: number | null
  killedVague?: boolean
  injuredVague?: boolean
  /** Whether the date comes from a time expression (else it defaults to the article date). */
  explicitDate?: boolean
  evidence: { start: number; end: number }
  mentions: Array<{ start: number; end: number }>
}

export interface IncidentInput {
  readonly text: string
  readonly date: IsoDate
  readonly sentences: ReadonlyArray<Sentence>
  readonly quotes: ReadonlyArray<QuoteSpan>
  readonly mentions: ReadonlyArray<Mention>
  /** ISO codes of the countries the article is about, most mentioned first. */
  readonly countries: ReadonlyArray<string>
  /** Headline-like paragraphs (no closing punctuation): what they report is told again below. */
  readonly headlines: ReadonlyArray<{ readonly start: number; readonly end: number }>
}

const TRIGGER =
  /\b(?:strikes?|struck|airstrikes?|air strikes?|air attacks?|air raids?|shelling|shelled|shells?|bombing|bombed|bombardment|bombs?|attacks?|attacked|raids?|clash(?:es|ed)?|explosions?|blasts?|detonated|suicide (?:bomber|attack(?:er)?)|gunfire|opened fire|fired on|shot at|firing|assault|hit|hits|killed|killing|died|wounded|injured|massacre|barrage|ambush(?:ed)?|casualties|fatalities|dead)\b/i
const HYPOTHETICAL = /\b(?:would|could|might|if|threaten(?:ed|s)?|vow(?:ed|s)?|plans? to|planned|will|should|warn(?:ed|s)? of|fears?|possible|potential)\b/i
const DENIAL = /\b(?:denied|denies|deny|denying)\b/i
const INTERCEPTION = /\b(?:intercepted|shot down|downed|repelled|destroyed in the air)\b/i
const IMPACT = /\b(?:killed|killing|died|dead|wounded|injured|injuring|damaged|destroyed|hit|struck|exploded|collapsed|fire|casualties|victims)\b/i
const BACKGROUND = /^\s*Since\b|\b(?:throughout the war|repeated(?:ly)? (?:strikes|attacks|shelling)|regularly|for years|months of|years of|war (?:has|that has) killed|have been fighting|has been fighting|siege|ramped up|stepped up)\b/i

const WEAPONS: ReadonlyArray<[RegExp, Weapon]> = [
  [/\bglide bombs?\b/i, "glide bomb"],
  [/\b(?:ballistic |cruise |hypersonic |guided )?missiles?\b/i, "missile"],
  [/\b(?:drones?|UAVs?|Shaheds?)\b/i, "drone"],
  [/\bartillery\b/i, "artillery"],
  [/\brockets?\b/i, "rocket"],
  [/\b(?:air ?strikes?|air attacks?|air raids?|aerial bombardment|fighter jets?|warplanes?|aerial (?:attack|aggression))\b/i, "airstrike"],
  [/\b(?:gunfire|opened fire|shooting|shot at|heavy firing|gunmen)\b/i, "gunfire"],
  [/\b(?:shelling|shelled|shells)\b/i, "shelling"],
  [/\b(?:suicide bomber|suicide attack|explosive|explosion|blasts?|car bombs?|roadside bombs?|IEDs?|improvised explosive|bomb(?:ing)? attack|blew himself up|landmines?|mines?)\b/i, "explosive"],
  [/\b(?:bombing|bombed|bombs?)\b(?! attack)/i, "bomb"]
]

const kindOf = (weapons: ReadonlySet<Weapon>, sentence: string): IncidentKind => {
  if (weapons.has("airstrike")) return "airstrike"
  if (weapons.has("missile")) return "missile"
  if (weapons.has("drone")) return "drone"
  if (weapons.has("shelling") || weapons.has("artillery") || weapons.has("rocket")) return "shelling"
  if (weapons.has("explosive") || weapons.has("bomb")) return "bombing"
  if (/\braid/i.test(sentence)) return "raid"
  if (/\bclash/i.test(sentence)) return "clash"
  return "attack"
}

interface PlaceHit {
  readonly place: GazPlace
  readonly start: number
  readonly end: number
  readonly mention: string
  readonly strong: boolean
}

const PLACE_CONTEXT =
  /\b(?:[Ii]n|[Oo]n|[Aa]t|[Nn]ear|of|into|[Aa]cross|against|[Oo]utside|toward|towards|targeting|over|from|[Aa]round|hit|struck|targeted|bombed|shelled|attacked|raided|stormed|pounded)\s+(?:the\s+)?(?:[\p{Lu}][\p{Ll}]+['’]s\s+(?=[\p{Ll}]+(?:ern|west|east)?\s+[\p{Lu}]|(?:north|south|east|west)))?(?:(?:city|town|village|region|district|province|port|capital|area|neighbourhood|neighborhood|outskirts|centre|center|heart|suburb|quarter|camp|border city|southern|northern|eastern|western|central|southwest|southeast|northeast|northwest|southwestern|southeastern|northeastern|northwestern|south-western|south-eastern|north-eastern|north-western|rural|Ukrainian|Russian|Gazan|Syrian|Lebanese|Somali|Sudanese|Israeli|regional)\s+(?:city\s+|town\s+|village\s+|of\s+(?:the\s+)?)?)*((?:[\p{Lu}][\p{L}'’-]*|al-[\p{Lu}][\p{L}'’-]*|el-[\p{Lu}][\p{L}'’-]*)(?:\s+(?:[\p{Lu}][\p{L}'’-]*|al-[\p{Lu}][\p{L}'’-]*|el-[\p{Lu}][\p{L}'’-]*|el|al|ez|es|de|ul)){0,3})/gu
const REGION_SUFFIX = /^\s+(Oblast|region|Region|province|Province|district|District|Governorate|governorate|State|state)\b/

/** Words for a particular strike rather than the war at large ("Russia's attack on Ukraine"). */
const SPECIFIC_ATTACK = /\b(?:strikes?|struck|air ?strikes?|bombard(?:ed|ment)|shell(?:ed|ing|s)|missiles?|drones?|rockets?|fired|raids?|bomb(?:ed|ing|s)?|explosions?|blasts?|barrage)\b/i
const TOLL_NEAR = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?)\s+(?:[\p{L}-]+\s+){0,3}?(?:killed|dead|died|wounded|injured)|\b(?:killed|killing|wounding|injuring)\s+(?:at least\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b/iu
const ELSEWHERE = /\belsewhere\b/i
const FACILITY = /^(?:School|Schools|Hospital|Mosque|Church|Camp|Airport|Institute|University|Street|Square|Market|Station|Plant|Base|Police|Prison|Stadium|Hotel|Refinery|Bridge|Port|Girls|Boys)$/

const COUNTRY_TARGET = /\b(?:on|against|in|into|across|targeting|at|toward|towards|struck|hit|bombed|attacked)\s+(?:the\s+)?$/i
/** Places named as where someone speaks, meets or travels, not where an attack happened. */
const NOT_SCENE = /\b(?:reporters|journalists|told|speaking|spoke|visit|visiting|met|meet|meeting|summit|talks|conference|based|headquartered|arrival|arrived|delegation|flew|travel(?:led|ed)?|fled)\b(?:\s+[\w’'-]+){0,4}\s+(?:in|to|at|from)\s+(?:the\s+)?$/i
const ATTACK_WORD = /\b(?:strikes?|struck|airstrikes?|air strikes?|shelling|shelled|bombing|bombed|bombardment|attacks?|attacked|raids?|clash(?:es)?|explosions?|blasts?|detonated|suicide|gunfire|opened fire|fired|firing|assault|barrage|killed|killing|massacre|hit|wounded|injured|died|dead|casualties|fatalities|missiles?|drones?|rockets?|shells?)\b/gi

/** One or two capitalized words after a comma (a list of places). */
const NAMES_AFTER_COMMA = /^,\s+(?:[\p{Lu}][\p{L}'’-]*\s?){1,2}[,\s]/u

/** The capitalized words after a comma. */
const NEXT_NAME = /^,\s+((?:[\p{Lu}][\p{L}'’-]*\s?){1,2})/u

/** One or two capitalized words: "Kharkiv", "Deir Balah". */
const SIMPLE_NAME = /^[\p{Lu}][\p{Ll}]+(?:[-\s][\p{Lu}][\p{Ll}]+)?$/u

/** "in X", "near X" (used with matchAll, which copies it). */
const IN_PLACE = /\b(?:in|near)\s+([\p{Lu}][\p{L}'’-]+)/gu

/** A capital or a parenthesis comes next. */
const NAME_OR_PARENTHESIS_NEXT = /^\s*(?:[\p{Lu}]|\()/u

/** The next item of a list of places: ", Kherson", " and Mykolaiv". */
const LIST_ITEM = /^(?:,\s*(?:and\s+)?|\s+and\s+)((?:[\p{Lu}][\p{L}'’-]*)(?:\s+[\p{Lu}][\p{L}'’-]*){0,2})/u

const placesIn = (
  text: string, s: Sentence, countries: ReadonlyArray<string>, quotes: ReadonlyArray<QuoteSpan>, mentions: ReadonlyArray<Mention>,
  listedWith: Map<string, GazPlace>
): Array<PlaceHit> => {
  const out: Array<PlaceHit> = []
  const slice = text.slice(s.start, s.end)
  const triggers: Array<number> = []
  ATTACK_WORD.lastIndex = 0
  let t: RegExpExecArray | null
  while ((t = ATTACK_WORD.exec(slice)) !== null) triggers.push(s.start + t.index)
  const nearTrigger = (at: number) => triggers.some((x) => Math.abs(x - at) <= 130)
  const insideActor = (a: number, b: number) =>
    mentions.some((m) => m.start <= a && m.end >= b && (m.actor.kind === "organization" || m.actor.kind === "person" || m.actor.kind === "group") && m.type !== "demonym")
  PLACE_CONTEXT.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = PLACE_CONTEXT.exec(slice)) !== null) {
    const name = m[1]!.replace(/['’]s?$/, "")
    const start = s.start + m.index + m[0].length - m[1]!.length
    if (quotes.some((q) => start > q.open && start < q.close)) continue
    const words = name.split(/\s+/)
    // try the longest prefix of the capitalized run that the gazetteer knows
    let hit: PlaceHit | undefined
    const suffix = REGION_SUFFIX.exec(text.slice(start + name.length, start + name.length + 14))
    if (suffix !== null) {
      const regionName = `${name} ${suffix[1]}`
      const p = lookupPlace(regionName, countries) ?? lookupPlace(`${name} Oblast`, countries)
      if (p !== undefined) hit = { place: p, start, end: start + regionName.length, mention: regionName, strong: true }
      else if (/district/i.test(suffix[1]!)) {
        const c = lookupPlace(name, countries)
        if (c !== undefined) hit = { place: c, start, end: start + name.length, mention: name, strong: true }
      } else {
        // "Zamfara state", "Hodeidah governorate": the first-level region of that name
        const r = lookupPlace(name, countries)
        if (r !== undefined && r.level === "region") hit = { place: r, start, end: start + regionName.length, mention: regionName, strong: true }
      }
    }
    for (let n = words.length; hit === undefined && n >= 1; n--) {
      const cand = words.slice(0, n).join(" ").replace(/['’]s$/, "")
      // "Muscat School", "the Doaba Police Station": a named building, not the town it is named after
      if (n < words.length && FACILITY.test(words[n]!)) continue
      const st = stateOfWord(cand)
      // "German occupation", "Hamas fighters": a side, not a place
      if (st !== undefined && (st.kind !== "state" || (st.name !== cand && !st.aliases.includes(cand)))) continue
      if (NOT_PLACE.has(cand) || NOT_PLACE.has(cand.split(" ")[0]!) && n > 1 && !/^(?:West Bank)$/.test(cand) || /\b(?:Sea|Ocean|Gulf|River|Strait|Canal)$/.test(cand)) continue
      // a state's own name or alias ("the US", "Britain") is that country, not a town of the same spelling
      const p = st !== undefined && st.kind === "state" && st.country !== null ? countryPlace(st.country) : lookupPlace(cand, countries)
      const strongLead = /\b(?:city|town|village|of)\s+$/i.test(m[0].slice(0, m[0].length - m[1]!.length))
      if (p !== undefined && (p.level !== "city" || countries.includes(p.countryCode ?? "") || p.population >= 50_000 || (strongLead && p.population >= 1000))) {
        hit = { place: p, start, end: start + cand.length, mention: cand, strong: true }
      }
    }
    const lead = m[0].slice(0, m[0].length - m[1]!.length)
    // "the village of Oe Htein Kwin", "the rural town of Kokorou": a named settlement the gazetteer lacks
    if (hit === undefined && /\b(?:village|town|city|hamlet|settlement)\s+of\s+$/i.test(lead) && words.length <= 4) {
      hit = unknownPlace(name, start, countries)
    }
    // "at Satwari, Samba, RS Pura and Arnia": an unknown name listed with known places
    if (hit === undefined && words.length <= 2 && NAMES_AFTER_COMMA.test(text.slice(start + name.length, start + name.length + 30))) {
      const nextName = NEXT_NAME.exec(text.slice(start + name.length))![1]!.trim()
      if (lookupPlace(nextName, countries) !== undefined && !NOT_PLACE.has(name)) hit = unknownPlace(name, start, countries)
    }
    // "one civilian killed and two injured in Illinivka": a settlement the gazetteer lacks, named in a round-up beside known ones
    if (hit === undefined && words.length <= 2 && /\b(?:in|near)\s+$/.test(lead) && !NOT_PLACE.has(words[0]!) && stateOfWord(words[0]!) === undefined &&
      !insideActor(start, start + name.length) && SIMPLE_NAME.test(name) &&
      /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b/i.test(text.slice(Math.max(s.start, start - 60), start))) {
      const others = [...slice.matchAll(IN_PLACE)].map((x) => lookupPlace(x[1]!, countries)).filter((p) => p !== undefined && p.level === "city")
      if (others.length > 0) hit = unknownPlace(name, start, [others[0]!.countryCode ?? countries[0] ?? ""].filter((c) => c !== ""))
    }
    // a district the towns list lacks: "in North Waziristan", "in Bannu district"
    if (hit === undefined && words.length <= 3 && /\b(?:in|near|across|of)\s+$/.test(lead) && !insideActor(start, start + name.length)) {
      const d = lookupDistrict(name, countries.slice(0, 3))
      if (d !== undefined) hit = { place: d, start, end: start + name.length, mention: name, strong: true }
    }
    // "an air strike on a market in Kabkabiya killed 15 people": an unknown town where a toll is reported
    if (hit === undefined && words.length <= 2 && /\b(?:in|near)\s+$/.test(lead) && !(words.length === 1 && NOT_PLACE.has(words[0]!)) && stateOfWord(words[0]!) === undefined &&
      !insideActor(start, start + name.length) && SIMPLE_NAME.test(name) && !isPlaceName(name) &&
      TOLL_NEAR.test(slice) && !NAME_OR_PARENTHESIS_NEXT.test(text.slice(start + name.length, start + name.length + 3))) {
      hit = unknownPlace(name, start, countries)
    }
    if (hit === undefined) continue
    if (hit.place.level === "country" && !COUNTRY_TARGET.test(lead + " ")) continue
    // "the Artyom defense plant": a facility named after a place, not the place
    if (!/\b(?:city|town|village)\s+of\s+$/i.test(lead) && /^\s+(?:defen[cs]e\s+)?(?:plant|factory|airport|airfield|air base|base|refinery|power plant|station|bridge|dam|mine)\b/i.test(text.slice(hit.end, hit.end + 25))) continue
    if (NOT_SCENE.test(text.slice(Math.max(s.start, hit.start - 60), hit.start))) continue
    if (!nearTrigger(hit.start)) continue
    if (insideActor(hit.start, hit.end)) continue
    // a list "in Poonch, Uri, Kupwara" names one event: keep its first place
    const prev = out[out.length - 1]
    if (prev !== undefined && /^,\s*(?:and\s+)?$|^\s+and\s+$/.test(text.slice(prev.end, hit.start)) && prev.place.level === hit.place.level) {
      listedWith.set(hit.place.name, prev.place)
      continue
    }
    const first = listedWith.get(hit.place.name)
    if (first !== undefined) {
      out.push({ ...hit, place: first, mention: first.name })
      continue
    }
    // "in Poonch, Uri, Kupwara and Karnah": the places listed after it are parts of the same event
    let at = hit.end
    for (let k = 0; k < 8; k++) {
      const item = LIST_ITEM.exec(text.slice(at, Math.min(s.end, at + 60)))
      if (item === null) break
      listedWith.set(item[1]!, hit.place)
      const known = lookupPlace(item[1]!, countries)
      if (known !== undefined) listedWith.set(known.name, hit.place)
      at += item[0].length
    }
    // "45 killed across Gaza, including 29 in Gaza City": a breakdown, not another event
    if (out.length > 0 && /\bincluding\b[^,;]*$/i.test(text.slice(Math.max(s.start, hit.start - 40), hit.start))) continue
    out.push(hit)
  }
  return out
}

const unknownPlace = (name: string, start: number, countries: ReadonlyArray<string>): PlaceHit => {
  const cc = countries[0] ?? null
  const country = cc === null ? undefined : countryPlace(cc)
  return {
    place: { name, region: null, country: country?.name ?? null, countryCode: cc, lat: null, lon: null, population: 0, level: "city" },
    start, end: start + name.length, mention: name, strong: false
  }
}

const NOT_PLACE = new Set([
  "The", "A", "An", "In", "On", "At", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
  "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Palm", "Western",
  "Eastern", "Northern", "Southern", "Central", "War", "Israel’s", "Russia’s", "West", "East", "North", "South", "Middle", "Red",
  "Black", "Europe", "Asia", "Africa", "Allies", "God", "Friday’s", "Saturday’s", "Sunday’s", "Police", "Army", "Hospital", "School",
  "Line", "LoC", "Control", "Operation", "Church", "Mosque", "Saint", "Mar", "St", "Camp", "Airport", "Port", "Station", "Square", "Street"
])

const SPECIFICITY: Record<GazPlace["level"], number> = { city: 3, region: 2, country: 1 }

/** The attacking side: a demonym before the attack word, "by X", "X launched/carried out/attacked", "blamed on X", "accused X of". */
const perpetratorIn = (text: string, s: Sentence, mentions: ReadonlyArray<Mention>, target: GazPlace | null): ArticleActor | null => {
  const slice = text.slice(s.start, s.end)
  const inSentence = mentions.filter((m) => m.start >= s.start && m.end <= s.end)
  const isTarget = (a: ArticleActor) => target !== null && a.kind === "state" && a.country === target.countryCode
  const agentPatterns: ReadonlyArray<RegExp> = [
    /\b(?:blamed on|accused|by|claimed by|carried out by|launched by|fired by|from)\s+(?:the\s+)?(?:paramilitary\s+)?$/i
  ]
  for (const m of inSentence) {
    const before = text.slice(Math.max(s.start, m.start - 40), m.start)
    if (agentPatterns.some((re) => re.test(before)) && m.actor.kind !== "person" && !isTarget(m.actor)) return stateish(m.actor)
  }
  const demonym = /\b(Russian|Israeli|Ukrainian|Iranian|Pakistani|Indian|Houthi|American|U\.S\.|US|British|Hezbollah|Hamas|RSF|Sudanese|Syrian|Turkish|Saudi|Myanmar junta|junta|Chinese|North Korean)\s+(?:(?:missiles?|drones?|air|military|army|forces'?|troops'?|fighters?|cruise|ballistic|artillery|rockets?|naval|warplanes?|jets?|strikes?|attacks?|shelling|bombardment|assault|offensive|raids?|airstrikes?|tanks?|soldiers|shells?|gunfire|bombs?)\b)/i.exec(slice)
  if (demonym !== null) {
    const st = stateOfWord(demonym[1]!.replace(/^U\.S\.$/, "US").replace(/^Myanmar junta$/, "junta"))
    const fromMention = inSentence.find((m) => m.start === s.start + demonym.index)
    const a = fromMention?.actor ?? null
    if (a !== null && !isTarget(a)) return a
    if (st !== undefined) {
      const mention = mentions.find((m) => m.actor.key === st.id)
      if (mention !== undefined && !isTarget(mention.actor)) return mention.actor
    }
  }
  for (const m of inSentence) {
    if (m.actor.kind === "person") continue
    const after = text.slice(m.end, Math.min(s.end, m.end + 40))
    if (/^(?:['’]s)?\s+(?:(?:forces|military|army|troops)\s+)?(?:has\s+|had\s+|have\s+)?(?:launched|carried out|attacked|struck|strikes|fired|shelled|bombed|hit|killed|targeted|pounded|raided|conducted)\b/i.test(after) && !isTarget(m.actor)) {
      return stateish(m.actor)
    }
  }
  return null
}

const stateish = (a: ArticleActor): ArticleActor => a

/** "the strike", "Russia's attack": an attack already reported. */
const ATTACK_ANAPHORA = /\b(?:the|this|that|[\p{Lu}][\p{L}]+['’]s)\s+(?:[\p{L}-]+\s+)?(?:strikes?|attacks?|explosion|blast|bombing|shelling|assault|airstrikes?)\b/iu

export const extractIncidents = (input: IncidentInput): Array<RawIncident> => {
  const { text, sentences } = input
  const out: Array<RawIncident> = []
  let last: RawIncident | null = null
  let lastSentence = -10
  let pending: { toll: Toll; weapons: Set<Weapon>; sentence: number } | null = null
  const listedWith = new Map<string, GazPlace>()
  for (const s of sentences) {
    const slice = text.slice(s.start, s.end)
    if (!TRIGGER.test(slice)) continue
    if (input.quotes.some((q) => q.start <= s.start + 1 && q.end >= s.end - 2)) continue
    if (DENIAL.test(slice)) continue
    if (INTERCEPTION.test(slice) && !/\b(?:killed|injured|wounded|damaged|hit|fell|struck|fired|launched)\b/i.test(slice)) continue
    if (BACKGROUND.test(slice)) continue
    const hypothetical = HYPOTHETICAL.test(slice) && !/\b(?:killed|killing|injured|wounded|struck|hit|died|destroyed|damaged|launched|carried out|fired|attacked)\b/i.test(slice)
    if (hypothetical) continue
    // figures and dates are read only for sentences that pass the checks above
    const toll = tollOf(slice)
    const weapons = new Set<Weapon>()
    for (const [re, w] of WEAPONS) if (re.test(slice)) weapons.add(w)
    let places = placesIn(text, s, input.countries, input.quotes, input.mentions, listedWith)
    if (places.length === 0) {
      // "the strike killed 25 people", "A further 117 people were wounded": a later report of the incident just met
      const hasToll = toll.killed !== null || toll.injured !== null
      const anaphora = ATTACK_ANAPHORA.test(slice)
      if (last !== null && (s.index - lastSentence <= 2 || anaphora) && hasToll) {
        mergeTolls(last, toll)
        for (const w of weapons) last.weapons.add(w)
        last.mentions.push({ start: s.start, end: s.end })
        lastSentence = s.index
      } else if (last === null && hasToll) {
        pending = { toll, weapons, sentence: s.index }
      } else if (last !== null && s.index - lastSentence <= 2) {
        lastSentence = s.index
      }
      continue
    }
    if (!/\b(?:strikes?|struck|airstrikes?|air strikes?|shelling|shelled|bombing|bombed|bombardment|attacks?|attacked|raids?|clash|explosions?|blasts?|detonated|suicide|gunfire|opened fire|fired|firing|assault|barrage|killed|killing|massacre|hit|wounded|injured|died|dead|casualties|fatalities|death toll)\b/i.test(slice)) continue
    if (toll.killed === null && toll.injured === null && !IMPACT.test(slice) && !/\b(?:strikes?|struck|attack(?:ed|s)?|shell(?:ing|ed|s)|raid|bombard|fir(?:ed|ing)|missiles?|drones?|explosions?|blasts?|bomb(?:s|ed|ing)?|detonated|suicide)/i.test(slice)) continue
    // keep the most specific places; a region or country is dropped when a place inside it is named
    // a country alone ("Russia's attack on Ukraine") is the war in general unless a weapon or toll and a time are given
    if (places.every((p) => p.place.level === "country") && toll.killed === null && toll.injured === null && !SPECIFIC_ATTACK.test(slice)) continue
    const best = Math.max(...places.map((p) => SPECIFICITY[p.place.level]))
    places = places.filter((p) => SPECIFICITY[p.place.level] === best || (best === 3 && p.place.level === "region" && !places.some((q) => q.place.level === "city" && q.place.region === p.place.region)))
    const seen = new Set<string>()
    places = places.filter((p) => {
      const k = `${p.place.name}|${p.place.countryCode}`
      if (seen.has(k)) return false
      seen.add(k)
      return true
    })
    if (places.length > 4) places = places.slice(0, 1)
    const clauses = places.length > 1 ? clausesFor(text, s, places) : [{ start: s.start, end: s.end }]
    const dates = findDates(text, s.start, s.end, input.date).filter((d) => !/^the\s/i.test(text.slice(Math.max(s.start, d.start - 4), d.start)) || !/^\s+[a-z]/.test(text.slice(d.end, d.end + 3)))
    for (let i = 0; i < places.length; i++) {
      const p = places[i]!
      const clause = clauses[i]!
      const clauseText = text.slice(clause.start, clause.end)
      // one place: the sentence's figures, less those said of the rest of a region ("... and three elsewhere in the region")
      const clauseToll = places.length > 1 ? tollOf(clauseText) : ELSEWHERE.test(slice) ? tollOf(slice.replace(/\s+and\s+(?:(?!\band\b)[^,;])*\belsewhere\b[^,;.]*/i, "")) : toll
      const date = dates.length > 0 ? nearest(dates, p.start) : null
      const perpetrator = perpetratorIn(text, s, input.mentions, p.place)
      const inc: RawIncident = {
        kind: kindOf(weapons, slice),
        place: p.place,
        placeMention: p.mention,
        date: date?.date ?? input.date,
        precision: date?.precision ?? "day",
        perpetrator,
        weapons: new Set(weapons),
        killed: null,
        injured: null,
        evidence: evidenceSpan(text, s, clause, places.length > 1),
        mentions: []
      }
      mergeTolls(inc, clauseToll)
      if (pending !== null && out.length === 0 && s.index - pending.sentence <= 2) {
        mergeTolls(inc, pending.toll)
        for (const w of pending.weapons) inc.weapons.add(w)
        pending = null
      }
      inc.explicitDate = date !== null
      const same = out.find((o) => samePlace(o.place, inc.place) && (o.date === inc.date || ((!o.explicitDate || !inc.explicitDate) && (o.date === null || inc.date === null || Math.abs(Date.parse(o.date) - Date.parse(inc.date)) <= 86_400_000))))
      if (same !== undefined) {
        mergeTolls(same, inc)
        for (const w of weapons) same.weapons.add(w)
        if (same.perpetrator === null) same.perpetrator = perpetrator
        same.mentions.push(inc.evidence)
        last = same
      } else {
        out.push(inc)
        last = inc
      }
      lastSentence = s.index
    }
  }
  // a region or country named only in a headline is the event the body then places more precisely
  const inHeadline = (i: RawIncident) => input.headlines.some((h) => i.evidence.start >= h.start && i.evidence.end <= h.end)
  const kept = out.filter((i) => !(inHeadline(i) && i.place.level !== "city" && out.some((o) => o !== i && o.place.level === "city" && o.place.countryCode === i.place.countryCode)))
  return dropCountryLevelDuplicates(kept)
}

const samePlace = (a: GazPlace, b: GazPlace) => a.name === b.name && a.countryCode === b.countryCode

const nearest = <T extends { start: number }>(list: ReadonlyArray<T>, at: number): T => {
  let best = list[0]!
  for (const x of list) if (Math.abs(x.start - at) < Math.abs(best.start - at)) best = x
  return best
}


/** A country-level incident that a city-level one of the same country and day already reports is the same event. */
const dropCountryLevelDuplicates = (list: Array<RawIncident>): Array<RawIncident> =>
  list.filter((i) => {
    if (i.place.level !== "country") return true
    const city = list.find((o) => o !== i && o.place.level !== "country" && o.place.countryCode === i.place.countryCode && o.date === i.date)
    if (city === undefined) return true
    // the country-wide figures may cover more than the city: keep the city's own
    for (const w of i.weapons) city.weapons.add(w)
    return false
  })

/** Splits a sentence naming several places into one clause per place (figures before or after the place name). */
const clausesFor = (text: string, s: Sentence, places: ReadonlyArray<PlaceHit>): Array<{ start: number; end: number }> => {
  const cuts: Array<number> = [s.start]
  const slice = text.slice(s.start, s.end)
  const re = /,\s+(?:and\s+)?|;\s+/g
  let m: RegExpExecArray | null
  while ((m = re.exec(slice)) !== null) cuts.push(s.start + m.index)
  cuts.push(s.end)
  const segments: Array<{ start: number; end: number }> = []
  for (let i = 0; i + 1 < cuts.length; i++) segments.push({ start: cuts[i]!, end: cuts[i + 1]! })
  return places.map((p) => {
    const idx = segments.findIndex((g) => p.start >= g.start && p.start < g.end)
    const seg = segments[idx] ?? { start: s.start, end: s.end }
    // a clause with the place but no figure takes the figures of the next clause without a place
    if (!/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an)\b\s+\w*\s*(?:killed|injured|wounded|dead)/i.test(text.slice(seg.start, seg.end))) {
      const next = segments[idx + 1]
      if (next !== undefined && !places.some((q) => q.start >= next.start && q.start < next.end)) return { start: seg.start, end: next.end }
    }
    return seg
  })
}

const evidenceSpan = (text: string, s: Sentence, clause: { start: number; end: number }, split: boolean): { start: number; end: number } => {
  let a = split ? clause.start : s.start
  let b = split ? clause.end : s.end
  while (a < b && /[\s,;]/.test(text[a]!)) a++
  if (split) {
    const lead = /^(?:and|but|while)\s+/i.exec(text.slice(a, b))
    if (lead !== null) a += lead[0].length
  }
  while (b > a && /[\s,;]/.test(text[b - 1]!)) b--
  // the report itself, without a trailing attribution (", officials said on Sunday.", ", UNN reports with reference to CNN.")
  const tail = /,\s+(?:[^,]{0,80}?\s)?(?:said|says|reported|reports|told|according to|writes|wrote|announced|confirmed)\b[^,]{0,160}$/.exec(text.slice(a, b))
  if (tail !== null && tail.index > 20) b = a + tail.index
  return { start: a, end: b }
}
