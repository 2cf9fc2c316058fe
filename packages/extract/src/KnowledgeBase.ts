/** The shipped knowledge base of known actors (leaders, ministers, spokespeople, militaries, armed groups, organisations, outlets, states) and its lookup indexes. */
import { type ActorKind, actorIdOf, type ActorId, remembered } from "@wirewatch/domain"
import data from "./data/actors.json" with { type: "json" }
import { asciiLower, isAscii } from "./Characters.ts"
import { LowercaseWords } from "./LowercaseWords.ts"

export interface KbActor {
  readonly id: ActorId
  readonly name: string
  readonly kind: ActorKind
  readonly aliases: ReadonlyArray<string>
  readonly roles: ReadonlyArray<string>
  readonly country: string | null
  /** Adjectives and plural nouns naming the state's side: "Russian", "Israelis". */
  readonly demonyms: ReadonlyArray<string>
  /** Forms that stand for the actor only as a speaker or agent: "the Kremlin", "Moscow". */
  readonly metonyms: ReadonlyArray<string>
  readonly outlet: boolean
}

interface RawActor {
  name: string
  kind: string
  aliases: Array<string>
  roles: Array<string>
  country: string | null
  demonyms?: Array<string>
  metonyms?: Array<string>
  outlet?: boolean
}

export const KB_ACTORS: ReadonlyArray<KbActor> = (data.actors as Array<RawActor>).map((a) => ({
  id: actorIdOf(a.kind as ActorKind, a.name),
  name: a.name,
  kind: a.kind as ActorKind,
  aliases: a.aliases,
  roles: a.roles,
  country: a.country,
  demonyms: a.demonyms ?? [],
  metonyms: a.metonyms ?? [],
  outlet: a.outlet === true
}))

/** One surface form of a KB actor, as a token sequence. */
export interface KbForm {
  readonly actor: KbActor
  readonly tokens: ReadonlyArray<string>
  readonly form: string
  /** `name` (full or alias), `metonym` (speaker-only form), `demonym`. */
  readonly type: "name" | "metonym" | "demonym"
  /** A lone surname or short alias that could name someone else; used only once the actor is otherwise in the article. */
  readonly weak: boolean
  /** Whether the first token starts with a lowercase letter ("the Kremlin"): then it also matches capitalized. */
  readonly lowercaseStart: boolean
  /** The first token, lowercased. */
  readonly firstLower: string
}

const FORM_WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:(?:['\u2019\-]|\.(?=[\p{Ll}\p{N}]))[\p{L}\p{N}]+)*/gu
export const formTokens = (form: string): Array<string> => form.match(FORM_WORD) ?? []

/** Single-word aliases that are also common words or other people's names. */
const AMBIGUOUS = new Set([
  "Kim", "Lee", "Leo", "Francis", "Austin", "Harris", "Johnson", "Michel", "Dar", "Salam", "Store", "Hamdan", "Abbas", "Sharif",
  "Xi", "Yoon", "Saar", "Katz", "Kirby", "Miller", "Khan", "Petro", "Marcos", "Waltz", "Vance", "Rada", "Observatory", "Fars",
  "Saba", "Dawn", "Guardian", "Politico", "FT", "RT", "Fano", "AA", "PA", "SES", "LAF", "AU", "MBS", "CAR", "Wagner", "Amnesty",
  "Congo", "Georgia", "Jordan", "Chad", "Civil Defence", "Air Force", "General Staff", "Security Council", "Commission", "Kellogg",
  "Mossad", "IS", "Healey", "Carney", "Aoun", "Lammy", "Barrot", "Sandu", "Stubb", "Tiani", "Grossi", "Munir", "Abiy", "Ruto",
  "Merz", "Tusk", "Duda", "Albanese", "Ishiba", "Leavitt", "Sullivan", "Hagari", "Defrin", "Saree", "Ihnat", "Fedorov", "Lysak",
  "Zamir", "Halevi", "Gantz", "Danon", "Qassem", "Baghaei", "Burhan", "Fidan", "Sisi", "Cameron", "Sunak", "Herzog", "Türk", "Tedros",
  "Belousov", "Gerasimov", "Medvedev", "Mishustin", "Kadyrov", "Umerov", "Budanov", "Yermak", "Podolyak", "Lyashko", "Rubio",
  "Bruce", "Fletcher", "Griffiths", "Asif", "Chaudhry", "Naim", "Agar", "Berri", "Sudani", "Dmitriev", "Kovalenko", "Tkachenko",
  "King Abdullah", "Safadi", "Larijani", "Hamdok", "WCK", "NRC", "NUG", "KIA", "IAF", "Oxfam"
])

const buildIndex = (): Map<string, Array<KbForm>> => {
  const index = new Map<string, Array<KbForm>>()
  const add = (actor: KbActor, form: string, type: KbForm["type"]) => {
    const tokens = formTokens(form).map((t) => t.replace(/\u2019/g, "'"))
    if (tokens.length === 0) return
    const weak = type === "name" && form !== actor.name && (AMBIGUOUS.has(form) || (tokens.length === 1 && actor.kind === "person" && AMBIGUOUS.has(tokens[0]!)))
    const key = tokens[0]!.toLowerCase().replace(/\u2019/g, "'")
    const list = index.get(key)
    const entry: KbForm = { actor, tokens, form, type, weak, lowercaseStart: /^\p{Ll}/u.test(tokens[0]!), firstLower: tokens[0]!.toLowerCase() }
    if (list === undefined) index.set(key, [entry])
    else list.push(entry)
  }
  for (const a of KB_ACTORS) {
    add(a, a.name, "name")
    for (const al of a.aliases) add(a, al, "name")
    for (const m of a.metonyms) add(a, m, "metonym")
    for (const d of a.demonyms) add(a, d, "demonym")
  }
  for (const list of index.values()) list.sort((x, y) => y.tokens.length - x.tokens.length)
  return index
}

/** KB forms keyed by their first token, lowercased; each list longest form first. */
export const KB_FORMS: ReadonlyMap<string, ReadonlyArray<KbForm>> = buildIndex()

/**
 * A bit per (length, first letter, last letter) of the ASCII first tokens: most words of an article start no KB form,
 * and this answers them without hashing the word into a large map.
 */
const FIRST_TOKENS = new Uint8Array((32 * 64 * 64) >> 3)
const firstTokenSlot = (length: number, first: number, last: number): number => ((Math.min(length, 31) << 6 | (first & 63)) << 6) | (last & 63)
for (const key of KB_FORMS.keys()) {
  if (!/^[\x00-\x7f]+$/.test(key)) continue
  const slot = firstTokenSlot(key.length, key.charCodeAt(0), key.charCodeAt(key.length - 1))
  FIRST_TOKENS[slot >> 3]! |= 1 << (slot & 7)
}
/** KB_FORMS asked with a word in any case (the non-ASCII words, and stateOfWord), without lowercasing it. */
const FORMS_BY_FIRST = new LowercaseWords(KB_FORMS)
/**
 * The KB forms of an ASCII word that passed the slot filter, remembered per spelling: the map's native string hash costs
 * fewer instructions than hashing the word letter by letter in JavaScript (measured: 1.4% of a wire-2022 pass).
 */
const formsBySpelling = remembered((word): ReadonlyArray<KbForm> | null => KB_FORMS.get(word.toLowerCase()) ?? null, 200_000)

/**
 * The KB forms whose first token is `word` in any case: KB_FORMS.get(word.toLowerCase()). An ASCII word whose slot is
 * empty starts none; the others are looked up.
 */
export const kbFormsStartingWith = (word: string): ReadonlyArray<KbForm> | undefined => {
  const n = word.length
  if (n === 0) return undefined
  if (!isAscii(word)) return FORMS_BY_FIRST.get(word)
  const slot = firstTokenSlot(n, asciiLower(word.charCodeAt(0)), asciiLower(word.charCodeAt(n - 1)))
  return (FIRST_TOKENS[slot >> 3]! & (1 << (slot & 7))) === 0 ? undefined : (formsBySpelling(word) ?? undefined)
}

export const KB_BY_ID: ReadonlyMap<string, KbActor> = new Map(KB_ACTORS.map((a) => [a.id as string, a]))

/** State actors by ISO country code. */
export const KB_STATE_BY_COUNTRY: ReadonlyMap<string, KbActor> = new Map(
  KB_ACTORS.filter((a) => a.kind === "state" && a.country !== null && !a.name.includes("junta")).map((a) => [a.country!, a])
)

/** A long list of forms sharing a first token ("the ...": 43 forms), split by second token, so a position tries only its own. */
interface SecondTokenIndex {
  readonly order: Map<KbForm, number>
  readonly singles: ReadonlyArray<KbForm>
  readonly bySecond: Map<string, Array<KbForm>>
}
const secondTokenIndexes = new WeakMap<ReadonlyArray<KbForm>, SecondTokenIndex>()
for (const list of KB_FORMS.values()) {
  if (list.length < 8) continue
  const bySecond = new Map<string, Array<KbForm>>()
  for (const f of list) {
    if (f.tokens.length < 2) continue
    const at = bySecond.get(f.tokens[1]!)
    if (at === undefined) bySecond.set(f.tokens[1]!, [f])
    else at.push(f)
  }
  secondTokenIndexes.set(list, { order: new Map(list.map((f, k) => [f, k])), singles: list.filter((f) => f.tokens.length === 1), bySecond })
}

/**
 * The forms of `list` (a KB_FORMS list) that can match where the next token is `nextPlain` (`nextBare` without its
 * possessive), in the list's order: the others would fail on their second token. Other lists come back whole.
 */
export const formsFollowedBy = (list: ReadonlyArray<KbForm>, nextPlain: string | undefined, nextBare: string | undefined): ReadonlyArray<KbForm> => {
  const index = secondTokenIndexes.get(list)
  if (index === undefined) return list
  const out: Array<KbForm> = []
  // a two-token form compares its last token with the bare form, longer ones their second with the plain form
  if (nextBare !== undefined) for (const f of index.bySecond.get(nextBare) ?? []) if (f.tokens.length === 2) out.push(f)
  if (nextPlain !== undefined) for (const f of index.bySecond.get(nextPlain) ?? []) if (f.tokens.length >= 3) out.push(f)
  if (out.length === 0) return index.singles
  for (const f of index.singles) out.push(f)
  return out.sort((a, b) => index.order.get(a)! - index.order.get(b)!)
}

/** The state a demonym or country name names ("Russian", "Israelis", "Ukraine"), if any. */
export const stateOfWord = (word: string): KbActor | undefined => {
  const list = FORMS_BY_FIRST.get(word)
  if (list === undefined) return undefined
  for (const f of list) {
    if (f.tokens.length === 1 && f.tokens[0] === word && (f.type === "demonym" || (f.type === "name" && f.actor.kind === "state"))) return f.actor
  }
  for (const f of list) if (f.tokens.length === 1 && f.tokens[0] === word && f.actor.kind === "group") return f.actor
  return undefined
}
