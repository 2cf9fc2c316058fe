/** Finds the actors an article names: knowledge-base forms first, then people and organisations recognised by titles, name patterns and organisation head nouns. */
import { type ActorKind, actorIdOf, remembered } from "@wirewatch/domain"
import { isPlaceName } from "./Gazetteer.ts"
import { formsFollowedBy, KB_FORMS, type KbActor, type KbForm, kbFormsStartingWith } from "./KnowledgeBase.ts"
import { isAscii } from "./Characters.ts"
import { lowercaseWordSet } from "./LowercaseWords.ts"
import { isCapitalized, type Token, withoutPossessive } from "./Tokens.ts"

export interface ArticleActor {
  readonly key: string
  name: string
  readonly kind: ActorKind
  readonly aliases: Set<string>
  readonly roles: Set<string>
  readonly country: string | null
  readonly outlet: boolean
  readonly kb: KbActor | null
  /** True once the article names the actor outright (not only by a weak alias, metonym or demonym). */
  named: boolean
}

export type MentionType = "name" | "surname" | "metonym" | "demonym"

export interface Mention {
  readonly actor: ArticleActor
  readonly start: number
  readonly end: number
  readonly text: string
  readonly type: MentionType
  /** Start of the title words in front of the name ("Kremlin spokesman Dmitry Peskov"), else `start`. */
  readonly titleStart: number
}

export interface ActorIndex {
  readonly actors: Array<ArticleActor>
  readonly mentions: Array<Mention>
  readonly byKey: Map<string, ArticleActor>
}

/** Words that make a capitalized run an organisation when they are its head. */
const ORG_HEADS = new Set([
  "ministry", "forces", "force", "army", "council", "agency", "office", "service", "services", "committee", "institute", "observatory",
  "organization", "organisation", "mission", "foundation", "commission", "court", "police", "administration", "room", "media", "bank",
  "union", "party", "movement", "group", "front", "brigade", "brigades", "guard", "guards", "corps", "hospital", "tv", "team",
  "directorate", "authority", "department", "defence", "defense", "network", "centre", "center", "university", "federation", "league",
  "programme", "program", "fund", "association", "society", "crescent", "cross", "government", "military", "navy", "unit", "news",
  "radio", "television", "times", "post", "press", "institution", "coalition", "alliance", "command", "parliament", "assembly", "senate",
  "congress", "cabinet", "secretariat", "board", "bureau", "inc", "company", "watch", "international", "monitor", "tribunal",
  "staff", "headquarters", "guard", "police"
])

/** Capitalized words that begin sentences or name days, months and things, never people. */
const NOT_NAME = new Set([
  "The", "A", "An", "In", "On", "At", "As", "By", "For", "From", "To", "Of", "And", "But", "Or", "If", "When", "While", "After", "Before",
  "Since", "During", "Despite", "Although", "Though", "However", "Meanwhile", "Also", "Earlier", "Later", "Now", "Then", "There", "This",
  "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your", "Asked",
  "According", "Separately", "Additionally", "Addition", "Supplement", "Details", "Echoing", "Among", "Some", "Many", "Most", "Several",
  "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
  "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
  "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Not", "Yet", "With", "Without",
  "What", "Who", "Why", "How", "Where", "Which", "Every", "Everyone", "Nobody", "Once", "Only", "Over", "Under", "About", "Around",
  "Palm", "Easter", "Christmas", "Ramadan", "Eid", "Middle", "East", "West", "North", "South", "Northern", "Southern", "Eastern",
  "Western", "Central", "Red", "Black", "Sea", "Strip", "Bank", "Oblast", "Region", "Province", "District", "City", "Street", "Square",
  "Line", "Control", "Operation", "Soviet", "Telegram", "Facebook", "Twitter", "X", "Instagram", "Truth", "Social", "YouTube", "GMT",
  "Prophet", "Milad", "Nabi", "Shahed", "Kh", "Tu", "Iskander", "Kalibr", "Kinzhal", "Oreshnik", "Patriot", "Church", "Mosque", "Saint",
  "School", "Schools", "Girls", "Hospital", "Institute", "Camp", "Airport", "Port", "Plant", "War", "Gaza", "Hague", "Security",
  "Related", "Read", "Also", "Photo", "Video", "Watch", "Live", "Update", "Updates", "Breaking", "Exclusive", "Analysis", "Opinion",
  "Hangu", "Trump's", "Trump’s", "Lawmakers", "Officials", "Witnesses", "Residents", "Survivors", "Authorities", "Police", "Army",
  "Ukrainians", "Russians", "Israelis", "Palestinians", "Americans", "Europeans", "Europe", "Africa", "Asia", "America", "Western",
  "Whether", "Either", "Neither", "Both", "Such", "Anyway", "Recently", "Importantly", "Unfortunately", "Fortunately", "Moreover",
  "Furthermore", "Therefore", "Thus", "Still", "Even", "Just", "Then", "Here", "Today", "Tomorrow", "Yesterday", "Germans", "Poles",
  "Chinese", "British", "French", "Americans", "Iranians", "Syrians", "Sudanese", "Yemenis", "Turks", "Mr", "Mrs", "Ms", "Dr"
])

/** Title words that may stand before a person's name. */
const TITLE_WORDS = new Set([
  "president", "prime", "minister", "foreign", "defence", "defense", "interior", "health", "information", "culture", "finance", "justice",
  "secretary", "general", "gen", "gen.", "col", "col.", "lt", "lt.", "brig", "brig.", "maj", "maj.", "dr", "dr.", "sir", "mr", "mr.", "mrs",
  "mrs.", "ms", "ms.", "governor", "gov", "gov.", "mayor", "spokesman", "spokeswoman", "spokesperson", "ambassador", "commissioner",
  "deputy", "chief", "commander", "ayatollah", "sheikh", "king", "queen", "prince", "crown", "chancellor", "senator", "sen", "sen.",
  "rep", "rep.", "judge", "assistant", "director", "chairman", "chairwoman", "head", "speaker", "leader", "envoy", "advisor", "adviser",
  "national", "security", "state", "vice", "bhai", "imam", "rabbi", "bishop", "cardinal", "pope", "colonel", "major", "captain",
  "lieutenant", "sergeant", "admiral", "marshal", "field", "supreme", "special", "representative", "secretary-general", "mp", "mep",
  "officer", "official", "prosecutor", "attorney", "lawmaker", "councillor", "councilor", "emir", "sultan", "premier", "chair",
  "correspondent", "reporter", "editor", "analyst", "professor", "prof", "prof.", "dean", "regional", "district", "military",
  "top", "senior", "former", "acting", "interim", "then", "us", "u.s.", "un", "u.n.", "eu", "nato", "kremlin", "police", "army",
  "navy", "air", "economy", "education", "energy", "agriculture", "transport", "trade", "emergency", "emergencies", "situations",
  "affairs", "internal", "external", "home", "parliamentary", "parliament", "opposition", "party", "of", "the", "deputy", "first",
  "adm", "adm.", "cpt", "cpt.", "sgt", "sgt.", "maj.", "gen.", "col.", "lt.", "rev", "rev.", "father", "mayor-elect", "ex", "lord", "lady", "dame"
])

/** Lowercase role nouns that, right before a name or in apposition, mark a person. */
const ROLE_NOUNS = new Set([
  "spokesman", "spokeswoman", "spokesperson", "minister", "leader", "commander", "chief", "president", "governor", "mayor", "envoy",
  "ambassador", "official", "general", "secretary", "adviser", "advisor", "head", "director", "commissioner", "lawmaker", "deputy",
  "prosecutor", "reporter", "correspondent", "analyst", "secretary-general", "survivor", "witness", "resident", "doctor", "mother",
  "father", "teacher", "raagi", "activist", "journalist", "officer", "soldier", "farmer", "student", "nurse", "volunteer", "member",
  "chairman", "researcher", "expert", "professor", "diplomat", "negotiator", "premier", "chancellor", "emir", "king", "pilot", "driver"
])

const NAME_PARTICLE = /^(?:al|el|ul|bin|ibn|bint|von|van|der|den|de|da|di|du|la|le|abu|ben|dos|del)$/
const PREFIXED_NAME = /^(?:al|el|ad|as|an|ash|at|az|ar)-\p{Lu}/u
/** PREFIXED_NAME.test(w), the pattern tried only on words starting with "a" or "e" with a hyphen third or fourth (asked of every token). */
const isPrefixedName = (w: string): boolean => {
  const c = w.charCodeAt(0)
  return (c === 97 || c === 101) && (w.charCodeAt(2) === 45 || w.charCodeAt(3) === 45) && PREFIXED_NAME.test(w)
}
const SPEECH_NEAR = /^(?:said|says|say|told|tells|added|adds|wrote|writes|stated|states|announced|reported|reports|warned|claimed|insisted|noted|stressed|confirmed|accused|described|urged|vowed|posted|asserted|argued|suggested|condemned|recalled|explained|believes|thinks)$/

/** A word that can be part of a person's name: "Zelenskyy", "Al-Attar", "McCarthy", "O'Neill", "J."; not "PiS" or "USA". */
const PERSON_NAME_WORD = /^(?:\p{Lu}\p{Ll}+|\p{Lu}\.|Mc\p{Lu}\p{Ll}+|Mac\p{Lu}\p{Ll}+|O['’]\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}*[-'’]\p{Lu}\p{Ll}+)(?:[-'’]\p{Lu}?\p{Ll}+)*(?:['’]s)?$/u

/** Letters, apostrophes, hyphens and periods only. */
const NAME_WORD_LETTERS = /^[\p{L}][\p{L}'\u2019\-.]*$/u
const isNameWord = (w: string): boolean =>
  (isCapitalized(w) && NAME_WORD_LETTERS.test(w) && !NOT_NAME.has(w)) || isPrefixedName(w)

const norm = (s: string): string => s.normalize("NFKC").replace(/\u2019/g, "'")

export class ActorRegistry {
  readonly actors: Array<ArticleActor> = []
  readonly byKey = new Map<string, ArticleActor>()

  fromKb(kb: KbActor): ArticleActor {
    const existing = this.byKey.get(kb.id)
    if (existing !== undefined) return existing
    const a: ArticleActor = {
      key: kb.id, name: kb.name, kind: kb.kind, aliases: new Set(), roles: new Set(kb.roles), country: kb.country,
      outlet: kb.outlet, kb, named: false
    }
    this.byKey.set(kb.id, a)
    this.actors.push(a)
    return a
  }

  discovered(kind: ActorKind, name: string, country: string | null = null): ArticleActor {
    const key = actorIdOf(kind, name)
    const existing = this.byKey.get(key)
    if (existing !== undefined) return existing
    const a: ArticleActor = { key, name, kind, aliases: new Set(), roles: new Set(), country, outlet: false, kb: null, named: true }
    this.byKey.set(key, a)
    this.actors.push(a)
    return a
  }
}

/** Tokens with curly apostrophes made straight, with and without a possessive, computed once per article. */
interface TokenForms {
  readonly plain: ReadonlyArray<string>
  readonly bare: ReadonlyArray<string>
  /** Lowercased plain and bare forms, filled in when a KB form first asks (a capitalized "The" meets dozens of forms). */
  readonly lowerPlain: Array<string | undefined>
  readonly lowerBare: Array<string | undefined>
}

const tokenForms = (tokens: ReadonlyArray<Token>): TokenForms => {
  const plain: Array<string> = []
  const bare: Array<string> = []
  for (const t of tokens) {
    const p = t.text.includes("\u2019") ? t.text.replace(/\u2019/g, "'") : t.text
    plain.push(p)
    bare.push(withoutPossessive(p))
  }
  return { plain, bare, lowerPlain: new Array(tokens.length), lowerBare: new Array(tokens.length) }
}

const loweredForm = (forms: TokenForms, i: number, bare: boolean): string => {
  const cache = bare ? forms.lowerBare : forms.lowerPlain
  let l = cache[i]
  if (l === undefined) {
    l = lowercased((bare ? forms.bare : forms.plain)[i]!)
    cache[i] = l
  }
  return l
}

const matchForm = (tokens: ReadonlyArray<Token>, forms: TokenForms, i: number, text: string, f: KbForm): number => {
  const n = f.tokens.length
  if (i + n > tokens.length) return 0
  for (let k = 0; k < n; k++) {
    const want = f.tokens[k]!
    const got = k === n - 1 ? forms.bare[i + k]! : forms.plain[i + k]!
    if (got !== want) {
      if (!(k === 0 && f.lowercaseStart && loweredForm(forms, i, n === 1) === f.firstLower)) return 0
    }
    if (k > 0) {
      const prevEnd = tokens[i + k - 1]!.end
      const start = tokens[i + k]!.start
      if (start - prevEnd > 1 || (start - prevEnd === 1 && text[prevEnd] !== " " && text[prevEnd] !== "\u00A0")) return 0
    }
  }
  return n
}

interface Span {
  readonly start: number
  readonly end: number
  readonly firstToken: number
  readonly lastToken: number
}

/** Whether tokens[from..to] hold "of" or "for" (an organisation name so far: "Ministry of Defence and ..."). */
const hasOfOrFor = (tokens: ReadonlyArray<Token>, from: number, to: number): boolean => {
  for (let k = from; k <= to; k++) if (/^(?:of|for)$/.test(tokens[k]!.text)) return true
  return false
}

/** Runs of adjacent name-like tokens (with particles and `of`/`for` inside organisation names). */
const capitalizedRuns = (tokens: ReadonlyArray<Token>, covered: Uint8Array, text: string): Array<Span> => {
  const runs: Array<Span> = []
  let i = 0
  while (i < tokens.length) {
    const t = tokens[i]!
    if (covered[i] || !(isCapitalized(t.text) || isPrefixedName(t.text))) {
      i++
      continue
    }
    let j = i
    while (j + 1 < tokens.length && !covered[j + 1]) {
      const nx = tokens[j + 1]!
      const gap = text.slice(tokens[j]!.end, nx.start)
      if (!/^[ \u00A0]$/.test(gap)) break
      if (isCapitalized(nx.text) || isPrefixedName(nx.text)) {
        j++
        continue
      }
      // "Rescue 1122", "Channel 12": a number inside a capitalized name
      if (/^\d{1,5}$/.test(nx.text) && j + 1 - i >= 1 && isCapitalized(tokens[j]!.text) && !NOT_NAME.has(tokens[j]!.text)) {
        j++
        continue
      }
      if ((NAME_PARTICLE.test(nx.text) || nx.text === "of" || nx.text === "for" || nx.text === "the" || (nx.text === "and" && hasOfOrFor(tokens, i, j))) && j + 2 < tokens.length) {
        // a particle continues the run only if a capitalized word follows (possibly after "the")
        let k = j + 2
        if (tokens[k]!.text === "the" && k + 1 < tokens.length) k++
        const after = tokens[k]!
        if (!covered[k] && isCapitalized(after.text) && /^[ \u00A0]$/.test(text.slice(tokens[k - 1]!.end, after.start))) {
          j = k
          continue
        }
      }
      break
    }
    runs.push({ start: t.start, end: tokens[j]!.end, firstToken: i, lastToken: j })
    i = j + 1
  }
  return runs
}

/** A title word, with or without its period ("Gen.", "President"). */
const isTitle = (x: string | undefined): boolean => x !== undefined && (isTitleWord(x) || isTitleWord(x.replace(/\.$/, "")))

/** "RSF-led", "Iran-backed": an actor's name inside a compound adjective. */
const COMPOUND = /^(.+)-(?:led|linked|backed|run|allied|affiliated|controlled|held|aligned|sponsored|supported|based)$/

const lower = (s: string) => (s.includes("\u2019") ? s.toLowerCase().replace(/\u2019/g, "'") : lowercased(s))

/** toLowerCase of a word, remembered per spelling (words recur across articles; lowercasing allocates). */
const lowercased = remembered((w) => w.toLowerCase(), 200_000)

/** `words.has(lower(w))`, asked with a token in any case: an ASCII token is looked up without lowercasing it. */
const inAnyCase = (words: ReadonlySet<string>): ((w: string) => boolean) => {
  const table = lowercaseWordSet(words)
  return (w) => (isAscii(w) ? table.has(w) : words.has(lower(w)))
}
const isTitleWord = inAnyCase(TITLE_WORDS)
const isOrgHead = inAnyCase(ORG_HEADS)
const isRoleNoun = inAnyCase(ROLE_NOUNS)

/** An all-capitals word ("RSF"). */
const ALL_CAPS = /^\p{Lu}{2,}$/u
/** Capitalized words then "of": "Minister of ...". */
const TITLES_THEN_OF = /^((?:[\p{Lu}][\p{L}.-]*\s+){1,3})of\s+(?:the\s+)?/u
/** A byline running up to this point: "By Laila Bassam and". */
const BYLINE_BEFORE = /(?:^|\n)By\s+[\p{Lu}][^\n]*$/u
/** An alias that is an acronym ("RSF", "G7"). */
const ACRONYM_ALIAS = /^\p{Lu}[\p{Lu}\d]{1,7}$/u
/** A parenthesised acronym: "(RSF)". */
const PARENTHESISED_ACRONYM = /\((\p{Lu}[\p{Lu}\d]{1,7})\)/gu

/** Finds actors and their mentions in `tokens` (the body's tokens). */
export const discoverActors = (text: string, tokens: ReadonlyArray<Token>): ActorIndex => {
  const registry = new ActorRegistry()
  const mentions: Array<Mention> = []
  const covered = new Uint8Array(tokens.length)
  const weakHits: Array<{ form: KbForm; i: number; n: number }> = []

  // 1. knowledge-base forms, longest first at each position
  const forms = tokenForms(tokens)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const bare = kbFormsStartingWith(forms.bare[i]!)
    const whole = forms.bare[i] === forms.plain[i] ? undefined : kbFormsStartingWith(forms.plain[i]!)
    const list = whole === undefined ? bare : bare === undefined ? whole : [...whole, ...bare].sort((a, b) => b.tokens.length - a.tokens.length)
    if (list === undefined) {
      // COMPOUND's words all end in "d" or "n": a cheaper test first, as this runs for most tokens
      const word = forms.plain[i]!
      const lastCode = word.charCodeAt(word.length - 1)
      const compound = (lastCode === 100 || lastCode === 110) && word.includes("-") ? COMPOUND.exec(word) : null
      const head = compound === null ? undefined : (KB_FORMS.get(compound[1]!.toLowerCase()) ?? []).find((g) => g.tokens.length === 1 && g.tokens[0] === compound[1] && !g.weak && g.type === "name")
      if (head !== undefined) {
        const actor = registry.fromKb(head.actor)
        actor.named = true
        actor.aliases.add(compound![1]!)
        mentions.push({ actor, start: t.start, end: t.start + compound![1]!.length, text: compound![1]!, type: "name", titleStart: t.start })
        covered[i] = 1
      }
      continue
    }
    for (const f of formsFollowedBy(list, forms.plain[i + 1], forms.bare[i + 1])) {
      const n = matchForm(tokens, forms, i, text, f)
      if (n === 0) continue
      if (f.weak) {
        weakHits.push({ form: f, i, n })
        break
      }
      // a capitalized word right after a one-word form means a longer name ("Jordan Peterson"): skip
      const nx = tokens[i + n]
      if (f.type === "name" && n === 1 && f.actor.kind === "person" && nx !== undefined && isNameWord(nx.text) && text.slice(t.end, nx.start) === " ") break
      // "The United Nations Security Council": a longer name right after "the" wins over "the United Nations"
      if (f.tokens[0] === "the" && i + 1 < tokens.length) {
        const nextList = kbFormsStartingWith(forms.bare[i + 1]!) ?? []
        const longer = nextList.find((g) => !g.weak && matchForm(tokens, forms, i + 1, text, g) === g.tokens.length && g.tokens.length + 1 > n)
        if (longer !== undefined) break
      }
      const actor = registry.fromKb(f.actor)
      const end = tokens[i + n - 1]!
      const endOffset = end.start + withoutPossessive(end.text).length
      if (f.type === "name") {
        actor.named = true
        actor.aliases.add(text.slice(t.start, endOffset))
      }
      mentions.push({ actor, start: t.start, end: endOffset, text: text.slice(t.start, endOffset), type: f.type === "name" ? "name" : f.type, titleStart: t.start })
      for (let k = i; k < i + n; k++) covered[k] = 1
      i += n - 1
      break
    }
  }
  for (const w of weakHits) {
    const actor = registry.byKey.get(w.form.actor.id)
    if (actor === undefined || !actor.named) continue
    const t = tokens[w.i]!
    const end = tokens[w.i + w.n - 1]!
    const endOffset = end.start + withoutPossessive(end.text).length
    actor.aliases.add(text.slice(t.start, endOffset))
    mentions.push({ actor, start: t.start, end: endOffset, text: text.slice(t.start, endOffset), type: "name", titleStart: t.start })
    for (let k = w.i; k < w.i + w.n; k++) covered[k] = 1
  }

  // 2. capitalized runs not in the KB
  const standalone = new Map<string, number>()
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue
    const w = withoutPossessive(tokens[i]!.text)
    if (isCapitalized(w)) standalone.set(w, (standalone.get(w) ?? 0) + 1)
  }
  const runs = capitalizedRuns(tokens, covered, text)
  const pending: Array<{ run: Span; nameFrom: number; evidence: boolean }> = []
  for (const run of runs) {
    let first = run.firstToken
    while (first <= run.lastToken && NOT_NAME.has(tokens[first]!.text) && !isOrgHead(tokens[first]!.text)) first++
    if (first > run.lastToken) continue
    const last = tokens[run.lastToken]!
    const firstTok = tokens[first]!
    const surface = text.slice(firstTok.start, last.start + withoutPossessive(last.text).length)
    // organisations: a head noun at the end ("Health Ministry") or followed by of/for ("Ministry of Foreign Affairs")
    const headAt = (() => {
      for (let k = first; k <= run.lastToken; k++) if (isOrgHead(withoutPossessive(tokens[k]!.text))) return k
      return -1
    })()
    const numbered = (() => {
      for (let k = first + 1; k <= run.lastToken; k++) if (/^\d+$/.test(tokens[k]!.text)) return k
      return -1
    })()
    if (numbered !== -1) {
      // "Rescue 1122 Hangu": an organisation named with a number; the words after the number are its branch
      const name = text.slice(firstTok.start, tokens[numbered]!.end)
      const actor = registry.discovered("organization", name)
      actor.aliases.add(surface)
      mentions.push({ actor, start: firstTok.start, end: firstTok.start + surface.length, text: surface, type: "name", titleStart: firstTok.start })
      for (let k = first; k <= run.lastToken; k++) covered[k] = 1
      continue
    }
    if (headAt !== -1 && (headAt === run.lastToken || /^(?:of|for)$/.test(tokens[headAt + 1]?.text ?? ""))) {
      if (run.lastToken - first + 1 === 1 && !ALL_CAPS.test(firstTok.text)) continue
      let orgStart = firstTok.start
      const titled = TITLES_THEN_OF.exec(surface)
      if (titled !== null && titled[1]!.trim().split(/\s+/).every((w) => isTitleWord(w) && !isOrgHead(w))) orgStart += titled[0].length
      const orgSurface = text.slice(orgStart, firstTok.start + surface.length)
      const name = orgSurface.replace(/^the\s+/i, "")
      const actor = registry.discovered("organization", norm(name))
      actor.aliases.add(name)
      mentions.push({ actor, start: orgStart, end: orgStart + orgSurface.length, text: orgSurface, type: "name", titleStart: firstTok.start })
      for (let k = first; k <= run.lastToken; k++) covered[k] = 1
      continue
    }
    // people: strip title words and places in front ("Mastung Assistant Commissioner Mastung Atta ul Munim")
    let nameFrom = first
    let titled = false
    while (nameFrom < run.lastToken) {
      const w = tokens[nameFrom]!.text
      // a place word is stripped only next to a title ("Kyiv Mayor", "Commissioner Mastung")
      const placeNextToTitle = isPlaceName(w) && (isTitle(tokens[nameFrom + 1]?.text) || (nameFrom > first && isTitle(tokens[nameFrom - 1]?.text) && run.lastToken - nameFrom >= 2))
      if (isTitle(w) || placeNextToTitle) {
        if (isTitle(w)) titled = true
        nameFrom++
      } else break
    }
    const nameTokens = tokens.slice(nameFrom, run.lastToken + 1)
    if (!nameTokens.every((t) => (isNameWord(t.text) && (PERSON_NAME_WORD.test(t.text) || isPrefixedName(t.text))) || NAME_PARTICLE.test(t.text))) continue
    if (nameTokens.length < 2 && !(titled && nameTokens.length === 1 && nameFrom > first && !isTitleWord(nameTokens[0]!.text) && !isOrgHead(nameTokens[0]!.text))) continue
    if (nameTokens.length > 5) continue
    const lastName0 = nameTokens[nameTokens.length - 1]!.text
    if (!isCapitalized(lastName0) && !isPrefixedName(lastName0)) continue
    const before = tokens[first - 1]
    const after = tokens[run.lastToken + 1]
    const gapAfter = after !== undefined ? text.slice(last.end, after.start) : ""
    const gapBefore = before !== undefined ? text.slice(before.end, firstTok.start) : ""
    const evidence =
      titled ||
      (before !== undefined && isRoleNoun(before.text) && /^,?\s$/.test(gapBefore)) ||
      (before !== undefined && /^(?:by|By)$/.test(before.text) && /\n|^ $/.test(gapBefore)) ||
      // "By Laila Bassam and Maayan Lubell": the second name of a byline
      (before !== undefined && before.text === "and" && BYLINE_BEFORE.test(text.slice(Math.max(0, before.start - 60), before.start))) ||
      (after !== undefined && SPEECH_NEAR.test(after.text) && /^,?\s$/.test(gapAfter)) ||
      (before !== undefined && SPEECH_NEAR.test(before.text) && gapBefore === " ") ||
      (after !== undefined && /^,\s$/.test(gapAfter) && /^(?:a|an|the|who|whose|head|minister|chief|spokesman|spokesperson|spokeswoman|governor|commander|leader|president)$/.test(after.text)) ||
      (/[,(]\s?$/.test(gapBefore) && /^\/|^,\s/.test(gapAfter) && before !== undefined && isRoleNoun(before.text)) ||
      /^\//.test(gapAfter) ||
      (/,\s$/.test(gapBefore) && before !== undefined && isRoleNoun(withoutPossessive(before.text)))
    const lastName = withoutPossessive(nameTokens[nameTokens.length - 1]!.text)
    const recurs = (standalone.get(lastName) ?? 0) > nameTokens.filter((t) => withoutPossessive(t.text) === lastName).length
    if (!evidence && !recurs) continue
    const surfaceName = text.slice(nameTokens[0]!.start, last.start + withoutPossessive(last.text).length)
    if (!evidence && isPlaceName(surfaceName)) continue
    pending.push({ run, nameFrom, evidence })
    const actor = registry.discovered("person", norm(surfaceName))
    actor.aliases.add(surfaceName)
    if (nameFrom > first) {
      const title = text.slice(tokens[first]!.start, tokens[nameFrom - 1]!.end)
      actor.aliases.add(`${title} ${surfaceName}`)
      actor.roles.add(title)
    }
    mentions.push({ actor, start: nameTokens[0]!.start, end: nameTokens[0]!.start + surfaceName.length, text: surfaceName, type: "name", titleStart: tokens[first]!.start })
    for (let k = first; k <= run.lastToken; k++) covered[k] = 1
  }

  // 3. parenthesised acronyms after a name become its aliases: "Rapid Support Forces (RSF)"
  const acronym = PARENTHESISED_ACRONYM
  acronym.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = acronym.exec(text)) !== null) {
    const at = m.index
    let prev: Mention | undefined
    for (let k = mentions.length - 1; k >= 0; k--) {
      const x = mentions[k]!
      if (x.end <= at && at - x.end <= 2) {
        prev = x
        break
      }
    }
    if (prev === undefined) continue
    prev.actor.aliases.add(m[1]!)
    const start = at + 1
    mentions.push({ actor: prev.actor, start, end: start + m[1]!.length, text: m[1]!, type: "name", titleStart: start })
    for (let i = 0; i < tokens.length; i++) if (tokens[i]!.start === start) covered[i] = 1
  }

  // 4. lone surnames and acronyms of actors already found
  const bySurname = new Map<string, ArticleActor>()
  const byAlias = new Map<string, ArticleActor>()
  for (const a of registry.actors) {
    if (!a.named) continue
    for (const al of a.aliases) if (ACRONYM_ALIAS.test(al)) byAlias.set(al, a)
    if (a.kind !== "person") continue
    const parts = a.name.split(/\s+/)
    if (parts.length >= 2) bySurname.set(parts[parts.length - 1]!, a)
    if (parts.length >= 3 && NAME_PARTICLE.test(lower(parts[parts.length - 3]!))) bySurname.set(parts.slice(-3).join(" "), a)
  }
  // most words start with a character no surname or acronym here starts with: they skip both lookups ("" gives NaN)
  const firstCodes = new Set<number>()
  for (const k of bySurname.keys()) firstCodes.add(k.charCodeAt(0))
  for (const k of byAlias.keys()) firstCodes.add(k.charCodeAt(0))
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue
    const w = withoutPossessive(tokens[i]!.text)
    if (!firstCodes.has(w.charCodeAt(0))) continue
    const a = bySurname.get(w) ?? byAlias.get(w)
    if (a === undefined) continue
    const t = tokens[i]!
    a.aliases.add(w)
    mentions.push({ actor: a, start: t.start, end: t.start + w.length, text: w, type: "surname", titleStart: t.start })
    covered[i] = 1
  }

  mentions.sort((x, y) => x.start - y.start)
  return { actors: registry.actors, mentions, byKey: registry.byKey }
}

/** The mentions that lie inside `[from, to)`, in order (binary search on the sorted list). */
export const mentionsIn = (mentions: ReadonlyArray<Mention>, from: number, to: number): Array<Mention> => {
  let lo = 0
  let hi = mentions.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (mentions[mid]!.start < from) lo = mid + 1
    else hi = mid
  }
  const out: Array<Mention> = []
  for (let i = lo; i < mentions.length && mentions[i]!.start < to; i++) if (mentions[i]!.end <= to) out.push(mentions[i]!)
  return out
}
