/** Decides who is speaking from the words around a cue: a named actor, a pronoun or description resolved by coreference, an organisation, or an anonymous source. */
import type { SpeakerKind } from "@wirewatch/domain"
import { type ActorRegistry, type ArticleActor, type Mention, mentionsIn } from "./ActorDiscovery.ts"
import { type Discourse, resolveDescription, resolveOrganisationDescription } from "./Coreference.ts"
import { isSpaceCode, pieceCount, wordsOf } from "./Characters.ts"
import { isPlaceName } from "./Gazetteer.ts"
import { isCapitalized } from "./Tokens.ts"

export interface Speaker {
  readonly actor: ArticleActor | null
  readonly kind: SpeakerKind
  /** How the speaker is named at this place ("people familiar with the situation", "he", "Kremlin spokesman Dmitry Peskov"). */
  readonly mention: string
  readonly start: number
  readonly end: number
}

export interface AttributionContext {
  readonly text: string
  /** Mentions outside quotations, sorted. */
  readonly mentions: ReadonlyArray<Mention>
  readonly registry: ActorRegistry
  readonly discourse: Discourse
}

const ANON_HEAD =
  /\b(?:officials?|sources?|residents?|witness(?:es)?|survivors?|locals?|people|persons?|diplomats?|authorities|medics|doctors|paramedics|rescuers|staff|volunteers?|spokes(?:man|woman|person)|analysts?|observers?|experts?|reports?|lawmakers?|legislators?|members?|man|woman|mother|father|teacher|insiders?|aides?|activists?|workers?|officers?|soldiers?|troops|families|relatives|monitors?|tally|reporters?|correspondents?|journalists?|users?|eyewitness(?:es)?|commanders?|figures|organizers|leaders|governments|allies|agencies|groups|militants|fighters|rebels|police officers?|emergency workers|emergency services|medical sources|hospital officials|security sources|military sources|health officials|teacher|volunteer|survivor|resident|witness|local|source|official)\b/i
const INDEFINITE = /^(?:a|an|one|two|three|several|some|many|other|another|senior|local|unnamed|anonymous|multiple)\b/i
const ORG_DESCRIPTION =
  /^(?:the\s+|a\s+|its\s+)?(?:[\p{L}’'-]+\s+){0,4}(?:ministry|military|army|government|administration|police|council|agency|office|committee|team|forces|authority|authorities|command|service|statement|bloc|alliance|group|observatory|mission|foundation|court|movement|organi[sz]ation|militia|junta|cabinet|presidency|parliament|embassy|media|wing|directorate|department|bureau|unit)(?:\s+statement)?$/iu
const ORG_HEAD_WORD = /^(?:ministry|military|army|government|administration|council|agency|office|committee|team|forces|authority|command|service|bloc|observatory|mission|foundation|court|movement|organi[sz]ation|militia|cabinet|presidency|parliament|embassy|media)$/i
const PREPOSITION_START = /^(?:in|on|at|by|for|with|from|to|into|during|after|before|under|over|about|since)\b/i
const SKIP_WORDS = /^(?:also|has|have|had|then|later|earlier|initially|previously|again|further|once|reportedly|on|in|a|an|the|statement|televised|speech|post|late|early|this|last|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|night|evening|afternoon|today|yesterday|separately|both|all|publicly|repeatedly|however|meanwhile|recently|previously|x|telegram|twitter|facebook|via|social|media|platform|parliament|interview|with|to|at)$/i

const speakerOf = (actor: ArticleActor, mention: string, start: number, end: number): Speaker => ({ actor, kind: actor.kind, mention, start, end })

const anonymous = (mention: string, start: number, end: number): Speaker => ({ actor: null, kind: "anonymous", mention, start, end })

/** Trims a phrase's offsets to its words, dropping leading conjunctions and trailing auxiliaries. */
const trimPhrase = (text: string, s: number, e: number): [number, number] => {
  const lead = /^(?:\s|and\b|but\b|while\b|whereas\b|as\b|so\b|then\b|also\b|however\b|meanwhile\b|[,;:\u2014\u2013-])+/iu
  const slice = text.slice(s, e)
  const m = lead.exec(slice)
  if (m !== null) s += m[0].length
  let t = text.slice(s, e)
  const tail = /(?:\s|,|\b(?:also|has|have|had|was|were|is|are|then|later|earlier|reportedly|further|previously|initially|again|once|publicly|on|late|early|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|night|morning)\b)+$/iu
  const mt = tail.exec(t)
  if (mt !== null) e -= mt[0].length
  t = text.slice(s, e)
  return [s, e]
}

const pickMention = (ms: ReadonlyArray<Mention>, phrase: string): Mention | undefined => {
  const people = ms.filter((m) => m.actor.kind === "person" && m.type !== "demonym")
  const orgs = ms.filter((m) => (m.actor.kind === "organization" || m.actor.kind === "group") && m.type !== "demonym")
  const states = ms.filter((m) => m.actor.kind === "state" && m.type !== "demonym")
  const conj = /\band\b/.test(phrase)
  const choose = (list: ReadonlyArray<Mention>) => (conj ? list[0] : list[list.length - 1])
  if (people.length > 0) return choose(people)
  if (orgs.length > 0) return choose(orgs)
  if (states.length > 0) return choose(states)
  return undefined
}

/** A head noun before a preposition: "Staff at the nearby hospital", "a spokesperson for Rescue 1122". */
const HEAD_BEFORE_PREPOSITION = /^(?:the\s+|a\s+|an\s+|one\s+)?(?:[\p{Ll}\d-]+\s+){0,2}?([\p{L}-]+)\s+(?:at|of|from|in|for|with|on)\s/u

/** "the regional governor", "a military commander": an official by role only. */
const UNNAMED_OFFICIAL = /^(?:the|a|an)\s+(?:[\p{L}’'-]+\s+){0,3}(?:governor|mayor|minister|spokes(?:man|woman|person)|commander|chief|head|president|ambassador|envoy|prosecutor|administrator|lawmaker|deputy)$/iu

/** The speaker a phrase names, or null when the phrase is not a speaker. `at` is where the cue is. */
export const resolveSpeakerPhrase = (ctx: AttributionContext, s0: number, e0: number): Speaker | null => {
  const [s, e] = trimPhrase(ctx.text, s0, e0)
  if (e <= s) return null
  const phrase = ctx.text.slice(s, e)
  const words = wordsOf(phrase)
  if (words.length === 0 || words.length > 16) return null
  const d = ctx.discourse
  if (/^(?:he|she|him|her)$/i.test(phrase)) {
    // "The governor, Dauda Lawal, condemned what he called ...": a person named earlier in the same sentence
    const inSentence = /\b(?:what|which|as|whom)\s+$/i.test(ctx.text.slice(Math.max(0, s - 8), s)) ? personEarlierInSentence(ctx, s) : null
    if (inSentence !== null) return speakerOf(inSentence, phrase, s, e)
    if (d.lastWasAnonymous && d.lastSpeakerAnonymous !== null) return anonymous(d.lastSpeakerAnonymous, s, e)
    const a = d.lastPersonSpeaker ?? lastMentioned(ctx, s, "person")
    return a === null ? null : speakerOf(a, phrase, s, e)
  }
  if (/^it$/i.test(phrase)) {
    const a = d.lastOrgSpeaker ?? (d.lastSpeaker !== null && d.lastSpeaker.kind !== "person" ? d.lastSpeaker : null)
    return a === null ? null : speakerOf(a, phrase, s, e)
  }
  if (/^(?:they|them)$/i.test(phrase)) {
    if (d.lastSpeaker !== null && d.lastSpeaker.kind !== "person" && !d.lastWasAnonymous) return speakerOf(d.lastSpeaker, phrase, s, e)
    return anonymous(d.lastSpeakerAnonymous ?? phrase, s, e)
  }
  if (/^(?:I|we|you|us|me)$/i.test(phrase)) return null
  if (PREPOSITION_START.test(phrase)) return null
  // "his spokesman", "her office": speaks for the person just named
  if (/^(?:his|her)\s+(?:spokes(?:man|woman|person)|office|aides?|press secretary)$/i.test(phrase)) {
    const a = lastMentioned(ctx, s, "person")
    return a === null ? anonymous(phrase, s, e) : speakerOf(a, phrase, s, e)
  }
  // "officials and a UN agency", "Syrian state media and human rights groups": the first conjunct speaks
  const conj = /\s(?:and|&)\s/.exec(phrase)
  const conjAt = conj === null ? -1 : s + conj.index
  if (conj !== null && conj.index > 0 && !ctx.mentions.some((m) => m.start < conjAt && m.end > conjAt)) {
    const first = resolveSpeakerPhrase(ctx, s, s + conj.index)
    if (first !== null) return first
  }
  const ms = mentionsIn(ctx.mentions, s, e).filter((m) => !(m.type === "metonym" && /\b(?:in|of|at|from|near|to|on)\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(0, m.start - 12), m.start))))
  const lastWord = words[words.length - 1]!
  // "Staff at the nearby hospital", "a tally from three hospitals", "a spokesperson for Rescue 1122"
  const pp = HEAD_BEFORE_PREPOSITION.exec(phrase)
  if (pp !== null && !isCapitalized(pp[1]!) || pp !== null && /^(?:Staff|Residents|Witnesses|Officials|Sources)$/.test(pp[1]!)) {
    const head = pp[1]!
    if (/^spokes/i.test(head)) {
      const org = ms.find((m) => m.actor.kind === "organization" || m.actor.kind === "group")
      if (org !== undefined) return speakerOf(org.actor, phrase, s, e)
    }
    if (ANON_HEAD.test(head)) return anonymous(phrase, s, e)
  }
  const anonHead = ANON_HEAD.test(lastWord) || /\b(?:familiar with|close to|speaking on condition|who (?:spoke|asked|requested|declined))\b/i.test(phrase)
  const named = ms.filter((m) => m.type !== "demonym")
  // "Prime Minister Benjamin Netanyahu’s office", "The junta information team": an organisation headed by a noun after the name
  if (named.length > 0 && ORG_HEAD_WORD.test(lastWord) && named[named.length - 1]!.end < e - lastWord.length) {
    const name = phrase.replace(/^(?:the|a|an|its)\s+/i, "")
    const org = resolveOrganisationDescription(name, ctx.mentions, s)
    if (org !== null && org.name.toLowerCase().includes(name.toLowerCase())) return speakerOf(org, phrase, s, e)
    const actor = ctx.registry.discovered("organization", name)
    actor.aliases.add(name)
    return speakerOf(actor, phrase, s, e)
  }
  if (named.length > 0) {
    if (anonHead && !named.some((m) => m.actor.kind === "person")) {
      // "Russian officials", "An Israeli military official", "a senior Russian lawmaker"; but "Gaza's Civil Defence officials" speak for it
      const ownedByOrg = !INDEFINITE.test(phrase) && named.some((m) => m.actor.kind === "organization" || m.actor.kind === "group")
      if (!ownedByOrg) return anonymous(phrase, s, e)
    }
    const m = pickMention(named, phrase)
    if (m !== undefined) return speakerOf(m.actor, phrase, s, e)
  }
  if (ms.length > 0 && anonHead) return anonymous(phrase, s, e)
  if (/^(?:the|this|that)\s+(?:statement|communiqu[ée]|post|report|message)$/i.test(phrase) && d.lastSpeaker !== null) {
    return speakerOf(d.lastSpeaker, phrase, s, e)
  }
  if (/^(?:the|his|her|its)\s+/i.test(phrase)) {
    const person = resolveDescription(phrase, ctx.mentions, s)
    if (person !== null) return speakerOf(person, phrase, s, e)
  }
  if (ORG_DESCRIPTION.test(phrase) && !/^(?:in|on|at|by|with|from)\b/i.test(phrase)) {
    const org = resolveOrganisationDescription(phrase, ctx.mentions, s)
    if (org !== null && /^(?:the|its)\s/i.test(phrase)) return speakerOf(org, phrase, s, e)
    const name = phrase.replace(/^(?:the|a|an|its)\s+/i, "").replace(/\s+statement$/i, "")
    if (/authorities$/i.test(name)) return anonymous(phrase, s, e)
    const actor = ctx.registry.discovered("organization", name)
    actor.aliases.add(name)
    return speakerOf(actor, phrase, s, e)
  }
  if (anonHead) return anonymous(phrase, s, e)
  // "the regional governor", "a military commander" that no one named here: an unnamed official
  if (UNNAMED_OFFICIAL.test(phrase)) return anonymous(phrase, s, e)
  if (/^(?:the\s+)?police$/i.test(phrase)) {
    const actor = ctx.registry.discovered("organization", "police")
    return speakerOf(actor, phrase, s, e)
  }
  if (words.length <= 3 && words.every(isCapitalized) && !/^(?:The|A|An|In|On|It|This|That|There)$/.test(words[0]!) && !isPlaceName(phrase) && !/\b(?:in|of|at|from|near|to|on)\s+$/i.test(ctx.text.slice(Math.max(0, s - 6), s))) {
    const actor = ctx.registry.discovered(words.length === 1 ? "organization" : "person", phrase.replace(/['’]s$/, ""))
    actor.aliases.add(phrase)
    return speakerOf(actor, phrase, s, e)
  }
  return null
}

const personEarlierInSentence = (ctx: AttributionContext, at: number): ArticleActor | null => {
  const back = ctx.text.slice(Math.max(0, at - 250), at)
  const end = Math.max(back.lastIndexOf(". "), back.lastIndexOf("\n"), back.lastIndexOf("\u201D "), back.lastIndexOf('" '))
  const from = at - back.length + (end === -1 ? 0 : end + 1)
  const ms = mentionsIn(ctx.mentions, from, at).filter((m) => m.actor.kind === "person" && m.type !== "demonym")
  return ms.length > 0 ? ms[ms.length - 1]!.actor : null
}

/** Text ending a few words after a preposition ("Asked about"). */
const AFTER_PREPOSITION = /\b(?:about|on|with|to|by|for|of|against|from|at|in)\s+(?:[\p{L}.]+\s+){0,3}$/iu

const lastMentioned = (ctx: AttributionContext, at: number, kind: string): ArticleActor | null => {
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!
    // "Asked about Putin, he said": a name after a preposition is not who "he" is
    if (m.start < at && m.actor.kind === kind && m.type !== "demonym" && !AFTER_PREPOSITION.test(ctx.text.slice(Math.max(0, m.titleStart - 30), m.titleStart))) return m.actor
  }
  return null
}

/** The clause boundaries /[,;:()\u201C\u201D"\u00AB\u00BB\u2014\u2013]/, by code unit. */
const isBoundaryCode = (c: number): boolean =>
  c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 0x201c || c === 0x201d || c === 34 || c === 0xab || c === 0xbb || c === 0x2014 || c === 0x2013
/** /\S/ on text[i], a missing character counting as a space. */
const isNonSpaceAt = (text: string, i: number): boolean => i >= 0 && i < text.length && !isSpaceCode(text.charCodeAt(i))

/**
 * The speaker named right before a cue: the phrase after the last clause boundary, walking back over empty segments and
 * relative clauses ("Israel, which ... ago, has said"). `floor` is where the clause begins.
 */
export const speakerBefore = (ctx: AttributionContext, cueStart: number, floor: number): Speaker | null => {
  const text = ctx.text
  let end = cueStart
  let previousSegment: [number, number] | null = null
  for (let guard = 0; guard < 5 && end > floor; guard++) {
    let b = end - 1
    while (b >= floor && !isBoundaryCode(text.charCodeAt(b))) b--
    // a hyphen inside a word is no boundary
    while (b >= floor && (text[b] === "\u2013" || text[b] === "-") && isNonSpaceAt(text, b - 1) && isNonSpaceAt(text, b + 1)) {
      b--
      while (b >= floor && !isBoundaryCode(text.charCodeAt(b))) b--
    }
    const segStart = Math.max(b + 1, floor)
    const seg = text.slice(segStart, end).trim()
    const segWords = wordsOf(seg)
    const onlyFiller = segWords.every((w) => SKIP_WORDS.test(w.replace(/[’']s$/, "")))
    if (seg.length === 0 || onlyFiller || /^(?:which|who|whose|where|when|including|adding|citing|speaking|according|asked|asking|visiting|writing|reporting)\b/i.test(seg)) {
      if (b < floor || /["\u201C\u201D\u00AB\u00BB]/.test(text[b] ?? "")) return null
      end = b
      continue
    }
    // an appositive ("Miratorg, one of Russia’s biggest meat producers, said"): the name before it speaks
    if (/^(?:one of|a|an|the|head of|chief of|a former|minister of|member of)\b/i.test(seg) && b > floor && text[b] === ",") {
      let b2 = b - 1
      while (b2 >= floor && !isBoundaryCode(text.charCodeAt(b2))) b2--
      const prevStart = Math.max(b2 + 1, floor)
      const prevText = text.slice(prevStart, b).trim()
      const prevMentions = mentionsIn(ctx.mentions, prevStart, b).filter((m) => m.type === "name" || m.type === "surname")
      const bareName = pieceCount(prevText) <= 5 && prevMentions.length === 1 && prevText.endsWith(prevMentions[0]!.text)
      if (bareName || (!/^the\b/i.test(seg) && pieceCount(prevText) <= 6)) {
        const prev = resolveSpeakerPhrase(ctx, prevStart, b)
        if (prev !== null && prev.actor !== null) return prev
      }
    }
    // a relative clause inside the phrase: "A local whose house was destroyed ... told"
    const rel = /^(.{2,60}?)\s+(?:whose|who)\s/i.exec(seg)
    if (rel !== null && pieceCount(rel[1]!) <= 6) {
      const r = resolveSpeakerPhrase(ctx, segStart + seg.indexOf(rel[1]!), segStart + seg.indexOf(rel[1]!) + rel[1]!.length)
      if (r !== null) return r
    }
    if (segWords.length <= 10) {
      const whole = resolveSpeakerPhrase(ctx, segStart, end)
      if (whole !== null) return whole
    }
    // the speaker is the phrase nearest the cue: the last named mention, if only filler words follow it
    const ms = mentionsIn(ctx.mentions, segStart, end).filter((m) => m.type !== "demonym" && !/\b(?:in|of|at|from|near|to|on|by|with|against)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.titleStart - 12), m.titleStart)))
    const near = ms[ms.length - 1]
    if (near !== undefined) {
      const between = wordsOf(text.slice(near.end, end))
      if (between.every((w) => SKIP_WORDS.test(w.replace(/[’']s$/, "")) || ANON_HEAD.test(w))) {
        const phraseStart = nounPhraseStart(text, segStart, near.titleStart)
        return resolveSpeakerPhrase(ctx, phraseStart, end)
      }
    }
    // long segment: the noun phrase starting at the last determiner or pronoun
    const tail = /(?:^|\s)((?:the|a|an|one|some|several|he|she|they|it|his|her|their|its|officials|residents|witnesses|local|medical|state|senior|unnamed)\b[^]*)$/i.exec(text.slice(segStart, end))
    if (tail !== null && pieceCount(tail[1]!) <= 8) {
      const st = end - tail[1]!.length
      return resolveSpeakerPhrase(ctx, st, end)
    }
    previousSegment = [segStart, end]
    return null
  }
  void previousSegment
  return null
}

/** The last word of a text. */
const LAST_WORD = /(?:^|\s)([\p{L}\p{N}.’'-]+)\s*$/u

/** Words a noun phrase before a name may hold: determiners, capitalized words, titles. */
const NOUN_PHRASE_WORD = /^(?:the|a|an|[\p{Lu}][\p{L}.’'-]*|spokes(?:man|woman|person)|minister|president|mayor|governor|leader|chief|secretary|official|commander|head|envoy|ambassador|military|foreign|defen[cs]e|interior|prime|supreme|top|senior|deputy|police|health)$/u

/** Start of the noun phrase that ends in a mention: back over title words, determiners and possessives. */
const nounPhraseStart = (text: string, floor: number, at: number): number => {
  let s = at
  for (let i = 0; i < 6; i++) {
    const m = LAST_WORD.exec(text.slice(floor, s))
    if (m === null) break
    const w = m[1]!
    if (NOUN_PHRASE_WORD.test(w)) {
      s = s - m[0].length + (m[0].length - m[0].trimStart().length)
    } else break
  }
  return s
}

/** The speaker named right after a cue ("said Guelleh", "said the mayor of Kyiv, Vitali Klitschko", "according to people familiar"). */
export const speakerAfter = (ctx: AttributionContext, cueEnd: number, ceiling: number): Speaker | null => {
  const text = ctx.text
  let s = cueEnd
  let e = s
  while (e < ceiling) {
    const ch = text[e]!
    if (ch === "." && /(?:^|\s)(?:Brig|Gen|Col|Lt|Maj|Dr|Mr|Mrs|Ms|Sgt|Capt|Gov|Sen|Rep|St|Prof|[A-Z])$/.test(text.slice(Math.max(s, e - 6), e))) {
      e++
      continue
    }
    if (/[,;:.()\u201C\u201D"\u00AB\u00BB\u2014]/.test(ch)) break
    e++
  }
  // "said a health ministry statement carried by state news agency SANA": stop at a participle
  const seg = text.slice(s, e)
  const cut = /\s(?:carried|quoted|cited|reporting|speaking|surveying|adding|citing|asking|who|which|on|at|as|that|told|to)\b/.exec(seg)
  let stop = cut !== null && cut.index > 0 ? s + cut.index : e
  const first = resolveSpeakerPhrase(ctx, s, stop)
  // "the mayor of Kyiv, Vitali Klitschko": a description followed by a name in apposition
  if (text[e] === ",") {
    let e2 = e + 1
    while (e2 < ceiling && !/[,;:.()\u201C\u201D"\u00AB\u00BB]/.test(text[e2]!)) e2++
    const ms = mentionsIn(ctx.mentions, e + 1, e2).filter((m) => m.actor.kind === "person")
    if (ms.length > 0 && (first === null || first.actor === null || first.actor.kind !== "person") && pieceCount(text.slice(e + 1, e2).trim()) <= 5) {
      return speakerOf(ms[0]!.actor, text.slice(s, e2).trim(), s, e2)
    }
  }
  return first
}
