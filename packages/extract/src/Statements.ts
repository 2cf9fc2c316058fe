/** Extracts statements (direct quotes, dash-style quotes and indirect speech) with their speakers, cues, dates and addressees. */
import { addDays, type IsoDate, type StatementKind } from "@wirewatch/domain"
import type { ActorRegistry, Mention } from "./ActorDiscovery.ts"
import { isLetterCode, isSpaceCode, lastPiece, pieceCount, wordsOf } from "./Characters.ts"
import { stateOfWord } from "./KnowledgeBase.ts"
import { type AttributionContext, resolveSpeakerPhrase, type Speaker, speakerAfter, speakerBefore } from "./Attribution.ts"
import type { Discourse } from "./Coreference.ts"
import { addresseeAfter, contentStartAfter, cutBeforeSubclause, LEAD_FILLER, skipDateline, trimContent } from "./IndirectSpeech.ts"
import type { QuoteSpan } from "./QuoteSpans.ts"
import { findDates } from "./RelativeDates.ts"
import { type Paragraph, type Sentence, sentenceAt } from "./Sentences.ts"
import { CHANNEL, type CueMatch, findCues } from "./SpeechCues.ts"

export interface RawStatement {
  readonly speaker: Speaker
  readonly kind: StatementKind
  readonly start: number
  readonly end: number
  readonly cue: string | null
  readonly sentenceStart: number
  readonly sentenceEnd: number
  readonly date: IsoDate | null
  readonly addressee: string | null
  readonly channel: string | null
}

export interface StatementInput {
  readonly text: string
  readonly date: IsoDate
  readonly paragraphs: ReadonlyArray<Paragraph>
  readonly sentences: ReadonlyArray<Sentence>
  readonly quotes: ReadonlyArray<QuoteSpan>
  readonly mentions: ReadonlyArray<Mention>
  readonly registry: ActorRegistry
  readonly discourse: Discourse
}

const DASH_CUES = "told|said|says|reported|reports|wrote|writes|added|adds|stated|noted|emphasized|emphasised|stressed|explained|declared|announced|assured|argued|insisted|warned|concluded|admitted|commented|replied|answered"
/** " - Trump told reporters", " - he added", " - said Antony Blinken": a dash after the quote names the speaker. */
const DASH_ATTRIBUTION = new RegExp(
  String.raw`(?:^|\s)[-–—]\s*(?:((?:[\p{Lu}][\p{L}.’'-]*\s?){1,4}|he|she|they|it|He|She)\s+((?:${DASH_CUES})(?:\s+(?:reporters|journalists|the media))?)\b|(${DASH_CUES})\b)`,
  "gu"
)

/** Words that may follow a sentence-final attribution: time, channel, manner ("said on Sunday in a statement on state television"). */
const ATTRIBUTION_FILLER =
  /^(?:on|in|at|a|an|the|by|via|to|of|late|early|earlier|later|this|last|statement|statements|televised|speech|post|reporters|journalists|briefing|news|conference|agency|interview|phone|telephone|night|morning|evening|afternoon|today|yesterday|overnight|social|media|state|television|broadcast|carried|published|as|well|also|separately|condition|anonymity|without|giving|details|evidence|earlier|previously|initially|website|channel|account|its|his|her|their|official|video|address|message|written|brief|short|joint|daily|briefly)$/i

/** Starts with a capital or a digit. */
const CAPITAL_OR_DIGIT_START = /^[\p{Lu}\d]/u

/** Whether the words after a cue, up to the next comma or sentence end, are all capitalized, numbers or attribution filler ("said on Sunday"). */
const isFinalish = (tail: string): boolean => {
  const tailHead = /^[^,;]*?(?=[,;]|\.(?:\s|$)|$)/.exec(tail)![0]
  return wordsOf(tailHead).every((w) => CAPITAL_OR_DIGIT_START.test(w) || ATTRIBUTION_FILLER.test(w))
}

const NEGATED = /\b(?:not|n[’']t|never|no|declined to|refused to|yet to|without|neither|nor|unable to|did not|would not|could not|cannot)\s+(?:\w+\s+){0,2}$/i
const QUESTION_AFTER = /^\s+(?:whether|if)\b/i
const QUOTE_CHARS = /["\u201C\u201D\u00AB\u00BB\u2018\u2019]/

interface QuoteAttribution {
  speaker: Speaker
  cue: string | null
  addressee: string | null
}

const insideQuote = (quotes: ReadonlyArray<QuoteSpan>, at: number): QuoteSpan | undefined =>
  quotes.find((q) => at > q.open && at < q.close)

/** A single-word quote counts only as a predicate of speech ("said it was “barbaric”"), not as a scare quote. */
const isScareQuote = (text: string, q: QuoteSpan): boolean => {
  // more than one word
  if (/\S\s+\S/.test(text.slice(q.start, q.end))) return false
  const before = text.slice(Math.max(0, q.open - 30), q.open)
  return !/\b(?:was|is|were|are|be|been|as|called|calling|it|being)\s*$/i.test(before) && !/[:,]\s*$/.test(before)
}

/** A determiner, preposition or participle right before: the cue word is a noun or adjective. */
const MODIFIER_BEFORE = /\b(?:a|an|the|his|her|its|their|these|those|such|any|of|on|about|deny|denied|dismissed|rejected|[\p{L}]{3,}ing)\s+$/iu
const MODIFIER_BEFORE_FROM = new RegExp(MODIFIER_BEFORE.source, "giu")

/**
 * MODIFIER_BEFORE.test(before), searched only from where a match can start: its words are letters followed by white space
 * to the end, so a match lies in the last run of letters (surrogate pairs counted in) and the white space after it.
 * Tried at every offset, the pattern cost more than any other test of a cue.
 */
const endsWithModifier = (before: string): boolean => {
  let end = before.length
  while (end > 0 && isSpaceCode(before.charCodeAt(end - 1))) end--
  if (end === before.length) return false
  let from = end
  while (from > 0) {
    const c = before.charCodeAt(from - 1)
    if (!isLetterCode(c) && !(c >= 0xd800 && c <= 0xdfff)) break
    from--
  }
  MODIFIER_BEFORE_FROM.lastIndex = from
  return MODIFIER_BEFORE_FROM.test(before)
}

/** "As UNN" right before. */
const AS_SOURCE_BEFORE = /\bAs\s+(?:[\p{Lu}][\p{L}.]*\s+){1,3}$/u

/** Up to eight words, nothing else (the gap between a quote and its attribution). */
const NAMES_OR_WORDS = /^[\s,]*(?:(?:[\p{Lu}][\p{L}.’'-]*|[\p{Ll}-]+)(?:\s+|$)){0,8}$/u

/** "UNN with reference to CNN". */
const SOURCE_WITH_REFERENCE = /^\s+(?:[\p{Lu}][\p{L}.]*\s+){0,3}with reference to\s+([^,.;]+)/u

/** Words that open a clause. */
const CLAUSE_START = /^(?:the|a|an|he|she|it|they|we|I|his|her|their|its|there|[\p{Lu}])/u

/**
 * `compute` of a sentence, remembered by its span for one article. Keyed by the whole span, not its start: a quote
 * outside every sentence is asked about with a stand-in span of its own.
 */
const perSpan = <V>(compute: (s: Sentence) => V): ((s: Sentence) => V) => {
  const answers = new Map<string, V>()
  return (s) => {
    const key = `${s.start}:${s.end}`
    if (answers.has(key)) return answers.get(key)!
    const answer = compute(s)
    answers.set(key, answer)
    return answer
  }
}

export const extractStatements = (input: StatementInput): Array<RawStatement> => {
  const { text, quotes, sentences } = input
  const outsideQuotes = input.mentions.filter((m) => insideQuote(quotes, m.start) === undefined)
  const ctx: AttributionContext = { text, mentions: outsideQuotes, registry: input.registry, discourse: input.discourse }
  const out: Array<RawStatement> = []
  const quoteAttribution = new Map<QuoteSpan, QuoteAttribution>()
  const remember = (sp: Speaker) => {
    const d = input.discourse
    if (sp.actor === null) {
      d.lastSpeakerAnonymous = sp.mention
      d.lastWasAnonymous = true
      return
    }
    d.lastWasAnonymous = false
    d.lastSpeaker = sp.actor
    if (sp.actor.kind === "person") d.lastPersonSpeaker = sp.actor
    else d.lastOrgSpeaker = sp.actor
  }
  // a statement's date is when it was said: time words of the attribution, never of the quoted or reported words
  const earliestSpeakingDate = addDays(input.date, -366)
  const datesIn = perSpan((s) => findDates(text, s.start, s.end, input.date).filter((d) => d.date >= earliestSpeakingDate && insideQuote(quotes, d.start) === undefined))
  const dateNear = (s: Sentence, at: number, contentStart: number, contentEnd: number): IsoDate | null => {
    const ds = datesIn(s)
    let best: (typeof ds)[number] | undefined
    for (const d of ds) {
      if (d.end > contentStart && d.start < contentEnd) continue
      if (best === undefined || Math.abs(d.start - at) < Math.abs(best.start - at)) best = d
    }
    return best !== undefined && best.precision === "day" ? best.date : null
  }
  // a statement's sentence is asked for again by the next statement
  const channelIn = perSpan((s): string | null => {
    const m = CHANNEL.exec(text.slice(s.start, s.end))
    if (m === null) return null
    const c = m[1]!
    return c === "X" || c === "Twitter" ? c : c.replace(/^state /, "")
  })

  // dash-style quotes: "Quote. - Trump told reporters", "- Quote - he said.", "- Quote - said Blinken during a visit"
  const dashQuotes: Array<{ start: number; end: number; speaker: Speaker; cue: string; para: Paragraph }> = []
  for (const p of input.paragraphs) {
    const body = text.slice(p.start, p.end)
    // the pattern needs a dash: most paragraphs are passed over by three code-unit searches
    if (body.indexOf("-") === -1 && body.indexOf("\u2013") === -1 && body.indexOf("\u2014") === -1) continue
    DASH_ATTRIBUTION.lastIndex = 0
    let m: RegExpExecArray | null
    let floorInPara = 0
    while ((m = DASH_ATTRIBUTION.exec(body)) !== null) {
      const markerAt = m.index + (m[0].length - m[0].trimStart().length)
      let sp: Speaker | null = null
      let cueText: string
      if (m[1] !== undefined) {
        const nameStart = p.start + m.index + m[0].indexOf(m[1])
        sp = resolveSpeakerPhrase(ctx, nameStart, nameStart + m[1].trimEnd().length)
        cueText = m[2]!
      } else {
        const cueStart = p.start + m.index + m[0].indexOf(m[3]!)
        sp = speakerAfter(ctx, cueStart + m[3]!.length, p.end)
        cueText = m[3]!
      }
      if (sp === null) continue
      let qs: number
      let qe = p.start + markerAt
      if (markerAt === 0 || /^[-\u2013\u2014]\s*$/.test(body.slice(floorInPara, markerAt).trim())) {
        // "- Klitschko reported." alone: the quote is the previous paragraph
        const prev = input.paragraphs[p.index - 1]
        if (prev === undefined || markerAt !== 0) continue
        qs = prev.start
        qe = prev.end
      } else {
        // the quote opens at the last dash opener before the marker, else where the paragraph (or the previous quote's attribution) ends
        const before = body.slice(floorInPara, markerAt)
        const opener = /(?:^|[.!?]\s*)[-\u2013\u2014]\s+(?=\S)/g
        let o: RegExpExecArray | null
        let openAt = floorInPara
        while ((o = opener.exec(before)) !== null) openAt = floorInPara + o.index + o[0].length
        qs = p.start + openAt
      }
      const attributionEnd = body.slice(markerAt).search(/[.!?](?:\s|[-\u2013\u2014]|$)/)
      floorInPara = attributionEnd === -1 ? body.length : markerAt + attributionEnd + 1
      const [s0, e0] = trimContent(text, qs, qe)
      if (e0 - s0 < 12 || !/\s/.test(text.slice(s0, e0))) continue
      const keepEnd = /[.!?]/.test(text[e0] ?? "") ? e0 + 1 : e0
      dashQuotes.push({ start: s0, end: keepEnd, speaker: sp, cue: cueText, para: p })
    }
  }

  let dashIndex = 0
  for (const sent of sentences) {
    while (dashIndex < dashQuotes.length && dashQuotes[dashIndex]!.start <= sent.start) {
      const dq = dashQuotes[dashIndex++]!
      const para = dq.para
      const sentence = sentenceAt(sentences, dq.start) ?? sent
      const addressee = /reporters|journalists/.test(dq.cue) ? lastPiece(dq.cue) : null
      out.push({ speaker: dq.speaker, kind: "direct", start: dq.start, end: dq.end, cue: dq.cue, sentenceStart: dq.start, sentenceEnd: para.end, date: dateNear(sentence, para.end, dq.start, dq.end), addressee, channel: null })
      remember(dq.speaker)
    }
    if (dashQuotes.some((d) => sent.start >= d.start && sent.end <= d.para.end && sent.start < d.end)) continue
    const cues = findCues(text, sent.start, sent.end).filter((c) => {
      if (insideQuote(quotes, c.start) !== undefined) return false
      const before = text.slice(Math.max(sent.start, c.start - 40), c.start)
      const after = text.slice(c.end, c.end + 14)
      if (NEGATED.test(before)) return false
      if (QUESTION_AFTER.test(after)) return false
      if (/\basked\b/i.test(c.text) && !/\basks\b/.test(c.text)) return false
      const verb = lastPiece(c.text).toLowerCase()
      const auxiliary = c.text.includes(" ")
      // "a reported airstrike", "Russian claims", "investigating reports that": nouns and adjectives, not speech
      if (!auxiliary && endsWithModifier(before) && c.frame !== "according" && !/^(?:calling|saying|adding|writing|stating)$/.test(verb)) return false
      if (!auxiliary && /^(?:claims|reports|calls|demands|warnings|statements|comments|remarks|notes|states)$/.test(verb) && (/\b(?:Russian|Ukrainian|Israeli|Iranian|American|media|news|press|unverified|conflicting|earlier|recent|new|similar|such|said|says|denied|dismissed|rejected|confirmed|investigating)\s+$/iu.test(before) || /^\s+of\b/.test(after))) return false
      // "a group that has claimed similar attacks": a relative clause, background
      if (/\b(?:that|which)\s+$/i.test(before)) return false
      // "As UNN reported earlier, ...": the article's source chain
      if (AS_SOURCE_BEFORE.test(before) && /^(?:reported|wrote|reports|writes)$/.test(verb)) return false
      // "reporting from Deir el-Balah": where a correspondent is, not what was said
      if (/^(?:reporting|writing|speaking)$/.test(verb) && /^\s+(?:from|on|for|in)\b/i.test(after)) return false
      // a participle without a comma is a reduced relative ("evidence suggesting that"), unless a statement is its subject
      if (/ing$/.test(verb) && !auxiliary && !/[,:;(\u2014]\s*$/.test(before) && !/\b(?:statement|communiqu[eé]|post|letter|resolution|message|video|tweet|address)\s+$/i.test(before) && !/\b(?:as|by|while|after|before|when|also)\s+$/i.test(before)) return false
      return true
    })
    let floor = sent.start
    let sentenceSpeaker: Speaker | null = null
    const sentQuotes = quotes.filter((q) => (q.open >= sent.start && q.open < sent.end) || (q.close >= sent.start && q.close < sent.end))
    for (let ci = 0; ci < cues.length; ci++) {
      const cue = cues[ci]!
      const nextCue = cues[ci + 1]
      const cueWord = cue.text.replace(/^(?:(?:has|have|had|was|were|is|are|also|further|then|later|earlier|initially|previously|reportedly|repeatedly|again|once|publicly|separately)\s+)+/i, "")
      const lastClose = [...sentQuotes].reverse().find((q) => q.close < cue.start)
      // a scare quote ("a “savage” attack") does not start a new clause
      const clauseFloor = Math.max(floor, lastClose !== undefined && !isScareQuote(text, lastClose) ? lastClose.close + 1 : floor)
      let speaker: Speaker | null = null
      let contentStart = -1
      let contentEnd = -1
      let addressee: string | null = null
      let attributedQuote: QuoteSpan | undefined
      let introduced = false
      let inverted = false
      const afterCue = text.slice(cue.end, sent.end)
      floor = cue.end
      const cueText = cueLabel(cue.text)
      const pushIndirect = (s: number, e: number) => {
        if (speaker === null || out.some((o) => o.kind === "indirect" && o.start === s && o.end === e)) return
        out.push({
          speaker, kind: "indirect", start: s, end: e, cue: cueText, sentenceStart: sent.start, sentenceEnd: sent.end,
          date: dateNear(sent, cue.start, s, e), addressee: cue.frame === "object" && /called on|urg|asks/i.test(cueText) ? firstWords(text, s) : addressee,
          channel: channelIn(sent)
        })
      }

      if (cue.frame === "according") {
        speaker = speakerAfter(ctx, cue.end, sent.end)
        const lead = text.slice(clauseFloor, cue.start)
        if (/,\s*$/.test(lead) && lead.trim().length > 10) {
          contentStart = clauseFloor
          contentEnd = clauseFloor + lead.replace(/,\s*$/, "").length
        } else {
          const comma = text.indexOf(",", cue.end)
          if (comma !== -1 && comma < sent.end) {
            contentStart = comma + 1
            contentEnd = sent.end
          }
        }
      } else {
        // `," he said` / `” Kuleba wrote` right after a quote: that quote's attribution
        const gapToCue = lastClose === undefined ? "" : text.slice(lastClose.close + 1, cue.start)
        const prevQuote = lastClose !== undefined && gapToCue.length < 90 && NAMES_OR_WORDS.test(gapToCue) && !/\b(?:and|but|or|then|while|before|after)\b/i.test(gapToCue) ? lastClose : undefined
        // "..., writing:" / "..., saying that": a participle after a comma shares the clause's subject
        const participle = /^(?:\w+\s+)?\w+ing\b/i.test(cueWord) && /,\s*$/.test(text.slice(Math.max(sent.start, cue.start - 3), cue.start))
        const quotedAs = /^(?:(?:has|have|had)\s+)?quoted\s+(.*?)\s+as saying$/i.exec(cue.text)
        if (quotedAs !== null) {
          // "Haaretz quoted unnamed soldiers as saying": the quoted people speak
          const np = cue.start + cue.text.indexOf(quotedAs[1]!)
          speaker = resolveSpeakerPhrase(ctx, np, np + quotedAs[1]!.length)
        } else if (participle) speaker = sentenceSpeaker ?? subjectOf(ctx, sent.start, cue.start)
        else speaker = speakerBefore(ctx, cue.start, clauseFloor)
        // "X added ..., but insisted:": a coordinated verb keeps the subject
        if (speaker === null && /(?:^|[,;]\s*|\s)(?:but|and|then|before|while)\s+(?:(?:also|later|then)\s+)?$/i.test(text.slice(Math.max(sent.start, cue.start - 20), cue.start))) {
          // "Kyiv has suffered ... and said it was targeted": the sentence's subject goes on speaking
          speaker = sentenceSpeaker ?? subjectOf(ctx, sent.start, cue.start)
        }
        inverted = speaker === null && (/[,\u201D"]\s*$/.test(text.slice(Math.max(sent.start, cue.start - 3), cue.start)) || cue.start === sent.start)
        if (inverted) speaker = speakerAfter(ctx, cue.end, sent.end)
        // "the AP reports": the article's source chain, not a statement
        if (speaker !== null && speaker.actor !== null && speaker.actor.outlet && /^(?:reports|writes)$/i.test(cueWord)) {
          // "..., writes UNN with reference to Klitschko's Telegram page": the one referred to speaks
          const ref = SOURCE_WITH_REFERENCE.exec(afterCue) ?? /^\s+with reference to\s+([^,.;]+)/u.exec(afterCue)
          const refStart = ref === null ? -1 : cue.end + ref.index + ref[0].length - ref[1]!.length
          const referred = ref === null ? null : resolveSpeakerPhrase(ctx, refStart, refStart + ref[1]!.replace(/['’]s\s+(?:Telegram|Facebook|X|Twitter)?\s*(?:page|channel|account|post)$/i, "").length)
          const comma = lastTopLevelComma(text, clauseFloor, cue.start)
          if (referred !== null && referred.actor !== null && !referred.actor.outlet && comma !== -1) {
            remember(referred)
            const [a2, b2] = trimContent(text, skipLead(text, clauseFloor, comma), comma)
            if (b2 - a2 > 8) out.push({ speaker: referred, kind: "indirect", start: a2, end: b2, cue: "with reference to", sentenceStart: sent.start, sentenceEnd: sent.end, date: dateNear(sent, cue.start, a2, b2), addressee: null, channel: channelIn(sent) })
          }
          speaker = null
          continue
        }
        if (prevQuote !== undefined && text.slice(prevQuote.close + 1, cue.start).length < 90) attributedQuote = prevQuote
        if (cue.frame === "tell" || /^told\b/i.test(cueWord)) {
          const ad = addresseeAfter(text, cue.end, sent.end)
          if (ad !== null) addressee = text.slice(ad.start, ad.end)
        }
        const addr = /^told\s+(reporters|journalists|the media)$/i.exec(cueWord)
        if (addr !== null) addressee = addr[1]!
        const introQuote = (() => {
          const m = /^(?:[^.:"\u201C\u00AB]{0,60}?)[:,]?\s*["\u201C\u00AB]/u.exec(afterCue)
          if (m === null) return undefined
          const at = cue.end + m[0].length - 1
          const q = sentQuotes.find((x) => x.open === at)
          if (q === undefined) return undefined
          const gap = text.slice(cue.end, q.open)
          return /[:,]\s*$/.test(gap) || /^\s*$/.test(gap) || /\b(?:that|as)\s*$/.test(gap) ? q : undefined
        })()
        if (introQuote !== undefined && attributedQuote === undefined) {
          attributedQuote = introQuote
          introduced = true
        }
        if (attributedQuote === undefined || attributedQuote === prevQuote) {
          // sentence-final attribution: "CLAUSE, X said (on Sunday)."
          const comma = lastTopLevelComma(text, clauseFloor, cue.start)
          const lead = comma === -1 ? "" : text.slice(clauseFloor, comma)
          const tail = text.slice(cue.end, nextCue !== undefined ? nextCue.start : sent.end)
          const shortAttribution = comma !== -1 && pieceCount(text.slice(comma + 1, cue.start).trim()) <= 10
          const afterMidQuote = lastClose !== undefined && clauseFloor === lastClose.close + 1 && !/^[\s,.]*$/.test(text.slice(clauseFloor, comma === -1 ? clauseFloor : comma))
          // the tail's words are only looked at when everything else allows a sentence-final attribution
          if (speaker !== null && attributedQuote === undefined && shortAttribution && lead.trim().length > 12 && cue.frame !== "object" && !afterMidQuote && (inverted || isFinalish(tail))) {
            contentStart = clauseFloor
            contentEnd = comma
            // "CLAUSE, police said, and CLAUSE2": the second clause is said too
            const and = /^\s*(?:[^,.;]{0,40}?),\s+and\s+(?!that\b)/.exec(tail)
            if (and !== null && !inverted) {
              const s2 = cue.end + and[0].length
              const [a2, b2] = trimContent(text, s2, sent.end)
              if (b2 - a2 > 12) pushIndirect(a2, b2)
            }
          } else if (inverted && attributedQuote === undefined) {
            continue
          } else if (attributedQuote === undefined) {
            let from = cue.end
            if (cue.frame === "tell") {
              const ad = addresseeAfter(text, cue.end, sent.end)
              if (ad === null) {
                if (speaker !== null) {
                  sentenceSpeaker = speaker
                  remember(speaker)
                }
                continue
              }
              from = ad.end
            }
            const cs = contentStartAfter(text, from, sent.end)
            const clauseStart = CLAUSE_START.test(text.slice(cs, cs + 5))
            if (cs === -1 || (cue.frame === "tell" && !/\bthat\s*$/.test(text.slice(from, cs)) && !clauseStart) || /^["\u201C\u00AB]/.test(text.slice(cs, cs + 1))) {
              if (speaker !== null) {
                sentenceSpeaker = speaker
                remember(speaker)
              }
              continue
            }
            // "said in a statement broadcast on state television": where it was said, not what
            if (/^(?:broadcast|carried|published|posted|aired|shared|issued|released)\b/i.test(text.slice(cs, cs + 12))) continue
            contentStart = cs
            contentEnd = sent.end
          }
        }
      }
      if (speaker === null) continue
      // "It has described ...": "it" is the previous sentence's subject when that is a state or organisation
      if (/^it$/i.test(speaker.mention) && sent.index > 0) {
        const prev = sentences[sent.index - 1]!
        const subject = prev.paragraph === sent.paragraph || prev.paragraph === sent.paragraph - 1 ? subjectOf(ctx, prev.start, prev.end) : null
        if (subject !== null && subject.actor !== null && subject.actor.kind !== "person") speaker = { ...subject, mention: speaker.mention, start: speaker.start, end: speaker.end }
      }
      sentenceSpeaker = speaker
      remember(speaker)
      if (attributedQuote !== undefined && (introduced || !quoteAttribution.has(attributedQuote))) {
        quoteAttribution.set(attributedQuote, { speaker, cue: cueText, addressee })
      }
      if (contentStart === -1 || attributedQuote !== undefined && contentStart >= attributedQuote.open - 2) continue
      // content ends before the next cue's own clause, a following attribution or a quote introduction
      let end = contentEnd
      if (nextCue !== undefined && nextCue.start < end && nextCue.start > contentStart) {
        const sub = speakerBefore(ctx, nextCue.start, contentStart)
        if (sub !== null && sub.start > contentStart + 3) end = cutBeforeSubclause(text, contentStart, sub.start)
        else if (sub === null || sub.start > contentStart + 3) end = Math.min(end, nextCue.start)
      }
      const stop = /,\s+(?:according to|he said|she said|they said|it said|he added|she added|adding|saying|citing|writing|stating|but insisted|insisting|which|who|whose)\b/i.exec(text.slice(contentStart, end))
      if (stop !== null) end = contentStart + stop.index
      // narration that introduces a quote given right after is not a statement of its own
      const rest = text.slice(end, sent.end)
      if (/^[^"\u201C\u00AB]*\b(?:writing|saying|stating|adding|insisted|said|added|wrote|stated)\s*[:,]\s*["\u201C\u00AB]/u.test(rest)) continue
      let [s, e] = trimContent(text, skipLead(text, contentStart, end), end)
      // reported content holding a quote: the quote is the statement; keep the clause before it if one ends there
      const inner = quotes.find((q) => q.open >= s && q.open < e && !isScareQuote(text, q))
      if (inner !== undefined) {
        const before = text.slice(s, inner.open)
        const cut = /^(.*\S)(?:,\s+and\s+that|\s+and\s+that|,\s+and|;)\s[^,;]*$/s.exec(before)
        if (cut === null || pieceCount(cut[1]!) < 4) {
          // the quotes inside are this speaker's words
          for (const q of quotes) if (q.open >= s - 1 && q.open < e && !quoteAttribution.has(q)) quoteAttribution.set(q, { speaker, cue: cueText, addressee })
          continue
        }
        ;[s, e] = trimContent(text, s, s + cut[1]!.length)
      }
      if (e - s < 8 || !/\s/.test(text.slice(s, e))) continue
      if (/^(?:this|that|so)(?:\s+(?:on|in|at|while|during|after|when|with|via|to)\b|\s*$)/i.test(text.slice(s, e))) continue
      pushIndirect(s, e)
    }
    // quotes whose lead-in cue sits earlier in the sentence ("Trump also added that there is “a lot of hatred”")
    for (const q of sentQuotes) {
      if (quoteAttribution.has(q)) continue
      // the nearest cue before it that names a speaker; else the first cue after it ("“deeply alarmed” by reports ..., his spokesman told reporters")
      const candidates = [...cues.filter((c) => c.end <= q.open).reverse(), ...cues.filter((x) => x.start >= q.close).slice(0, 1)]
      for (const c of candidates) {
        const invertedCue = /[,\u201D"]\s*$/.test(text.slice(Math.max(sent.start, c.start - 3), c.start))
        const sp = c.frame === "according" ? speakerAfter(ctx, c.end, sent.end) : speakerBefore(ctx, c.start, sent.start) ?? (invertedCue ? speakerAfter(ctx, c.end, sent.end) : null)
        if (sp !== null) {
          quoteAttribution.set(q, { speaker: sp, cue: cueLabel(c.text), addressee: null })
          break
        }
      }
      if (!quoteAttribution.has(q) && cues.length === 0 && q.end - q.start > 20) {
        // "During this visit, he plans to meet Zelenskyy to “make clear ...”": the last speaker goes on, as the sentence's subject
        const subject = subjectOf(ctx, sent.start, q.open)
        const last = input.discourse.lastSpeaker
        if (subject !== null && last !== null && subject.actor === last && !input.discourse.lastWasAnonymous) quoteAttribution.set(q, { speaker: subject, cue: null, addressee: null })
      }
    }
  }

  // direct statements: each quote with its attribution, or continuing the previous speaker's quote
  let previous: { attribution: QuoteAttribution; quote: QuoteSpan } | null = null
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!
    let attribution = quoteAttribution.get(q)
    if (attribution === undefined && previous !== null) {
      // a continuation opens its sentence and, when it opens a paragraph, fills it: "“Not now, not ever.”"
      const para = input.paragraphs[q.paragraph]!
      const sameOrNextParagraph = q.paragraph - previous.quote.paragraph <= 1
      const opensSentence = /^\s*$/.test(text.slice((sentenceAt(sentences, q.open) ?? para).start, q.open))
      const fillsParagraph = para.start === q.open && /^[\s.,!?"\u201D\u00BB\u2019]*$/.test(text.slice(Math.min(q.close + 1, para.end), para.end))
      if (sameOrNextParagraph && opensSentence && (previous.quote.paragraph === q.paragraph || fillsParagraph || q.runsOn)) attribution = previous.attribution
    }
    if (attribution === undefined && q.runsOn) {
      const next = quotes[i + 1]
      const a = next !== undefined ? quoteAttribution.get(next) : undefined
      if (a !== undefined) attribution = a
    }
    if (attribution === undefined) continue
    if (isScareQuote(text, q)) continue
    previous = { attribution, quote: q }
    const sent = sentenceAt(sentences, q.open) ?? { start: q.open, end: q.close, index: 0, paragraph: q.paragraph }
    const lastSent = sentenceAt(sentences, Math.max(q.open, q.close - 1)) ?? sent
    out.push({
      speaker: attribution.speaker, kind: "direct", start: q.start, end: q.end, cue: attribution.cue, sentenceStart: sent.start,
      sentenceEnd: Math.max(lastSent.end, sent.end), date: dateNear(sent, q.open, q.start, q.end) ?? dateNear(lastSent, q.close, q.start, q.end), addressee: attribution.addressee,
      channel: channelIn(sent)
    })
  }
  nameLeadDescriptions(input, outsideQuotes, out)
  return dropHeadlineParaphrases(text, input.paragraphs, out).sort((a, b) => a.start - b.start || a.end - b.end)
}

/** The last comma between `from` and `to` outside parentheses and quotes, or -1. */
const lastTopLevelComma = (text: string, from: number, to: number): number => {
  let depth = 0
  for (let i = to - 1; i >= from; i--) {
    const ch = text[i]!
    if (ch === ")") depth++
    else if (ch === "(") depth = Math.max(0, depth - 1)
    else if (ch === "," && depth === 0) return i
  }
  return -1
}

/** The grammatical subject of a sentence: the phrase before its first verb ("Israel killed ..., vowing", "Ukrainian authorities have condemned ..., accusing"). */
const FIRST_VERB = /\s(?:has|have|had|is|are|was|were|will|would|did|does|do|gave|made|took|held|met|sent|led|left|hit|struck|fought|began|came|went|saw|found|put|set|kept|told|said|says|wrote|spoke|tells|[\p{Ll}]+ed)\b/u
const subjectOf = (ctx: AttributionContext, from0: number, to: number): Speaker | null => {
  const from = skipLead(ctx.text, from0, to)
  const prefix = ctx.text.slice(from, to)
  const v = FIRST_VERB.exec(prefix)
  if (v === null) return null
  let end = from + v.index
  // "Khalid al-Aleisir, minister of culture ..., condemned": the name before the appositive
  const comma = prefix.slice(0, v.index).indexOf(",")
  if (comma > 0) end = from + comma
  return resolveSpeakerPhrase(ctx, from, end)
}

/** The cue as the article words it, without filler adverbs: "also added" → "added"; "has said" stays. */
const cueLabel = (cue: string): string => cue.replace(/^(?:(?:also|further|then|separately|again|once)\s+)+/i, "")

const skipLead = (text: string, s: number, e: number): number => {
  const d = skipDateline(text, s, e)
  const m = LEAD_FILLER.exec(text.slice(d, e))
  return m === null ? d : d + m[0].length
}

/** The words before "to"/"of": who is urged or accused. */
const WORDS_BEFORE_TO_OF = /^((?:the\s+)?(?:[\p{L}’'-]+\s){0,5}?)(?:to|of)\s/u

const firstWords = (text: string, s: number): string | null => {
  const m = WORDS_BEFORE_TO_OF.exec(text.slice(s, s + 80))
  return m === null ? null : m[1]!.trim() || null
}

/**
 * "A Houthi military spokesperson said ... In a videotaped address, Brig. Gen. Yahya Saree said": the wire lead-then-name
 * pattern. An unnamed role that the next sentences name, with a matching known role and side, is that person.
 */
const ROLE_HEAD = /^(?:an?|one)\s+(?:[\p{L}’'-]+\s+){0,3}(spokes(?:man|woman|person)|minister|commander|governor|mayor|ambassador|envoy|general)$/iu
const nameLeadDescriptions = (input: StatementInput, mentions: ReadonlyArray<Mention>, statements: Array<RawStatement>): void => {
  for (let k = 0; k < statements.length; k++) {
    const st = statements[k]!
    if (st.speaker.actor !== null) continue
    const m = ROLE_HEAD.exec(st.speaker.mention.trim())
    if (m === null) continue
    const head = m[1]!.toLowerCase().startsWith("spokes") ? "spokes" : m[1]!.toLowerCase()
    const qualifier = st.speaker.mention.split(/\s+/).map((w) => stateOfWord(w)).find((a) => a !== undefined)
    const sentence = sentenceAt(input.sentences, st.start)
    if (sentence === undefined) continue
    const later = input.sentences.slice(sentence.index + 1, sentence.index + 4)
    if (later.length === 0) continue
    const candidates = mentions.filter((x) => x.start >= later[0]!.start && x.end <= later[later.length - 1]!.end && x.actor.kind === "person")
    const match = candidates.find((x) => [...x.actor.roles].some((r) => r.toLowerCase().includes(head)) && (qualifier === undefined || x.actor.country === null || x.actor.country === qualifier.country))
    if (match === undefined) continue
    const speaker: Speaker = { actor: match.actor, kind: "person", mention: st.speaker.mention, start: st.speaker.start, end: st.speaker.end }
    for (let j = k; j < statements.length; j++) if (statements[j]!.speaker === st.speaker) statements[j] = { ...statements[j]!, speaker }
  }
}

/** Runs of letters and digits (String.prototype.match resets a global regex). */
const LETTER_DIGIT_RUNS = /[\p{L}\p{N}]+/gu

/** Statements in headline-like paragraphs whose words come back in a later statement are paraphrases of it. */
const dropHeadlineParaphrases = (text: string, paragraphs: ReadonlyArray<Paragraph>, statements: Array<RawStatement>): Array<RawStatement> => {
  const headline = new Set(paragraphs.filter((p) => !/[.!?"”’]$/.test(text.slice(p.start, p.end))).map((p) => p.start))
  const wordSetOf = (s: RawStatement) => new Set(text.slice(s.start, s.end).toLowerCase().match(LETTER_DIGIT_RUNS) ?? [])
  return statements.filter((s) => {
    const para = paragraphs.find((p) => s.start >= p.start && s.start < p.end)
    if (para === undefined || !headline.has(para.start)) return true
    const w = wordSetOf(s)
    return !statements.some((o) => {
      if (o === s || o.start <= para.end) return false
      const ow = wordSetOf(o)
      let shared = 0
      for (const x of w) if (ow.has(x)) shared++
      return shared >= Math.max(2, w.size * 0.6)
    })
  })
}

export type { CueMatch }
