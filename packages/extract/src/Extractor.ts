/** Turns one parsed article file into the domain's ArticleExtraction: article, actors, mentions, statements and incident reports. */
import {
  Actor, ActorMention, Article, ArticleExtraction, Evidence, IncidentReport, Place, Statement, trusted,
  type ActorId, type IncidentId, type IncidentReportId, type ParsedArticleFile, type StatementId
} from "@wirewatch/domain"
import { type ArticleActor, discoverActors } from "./ActorDiscovery.ts"
import { articleIdOf } from "./ArticleIdentity.ts"
import { emptyDiscourse } from "./Coreference.ts"
import { extractIncidents } from "./Incidents.ts"
import { quoteSpansOf } from "./QuoteSpans.ts"
import { paragraphsOf, sentencesOf } from "./Sentences.ts"
import { findSources, isCitationClause } from "./Sources.ts"
import { extractStatements } from "./Statements.ts"
import { tokenize } from "./Tokens.ts"
import { ActorRegistry } from "./ActorDiscovery.ts"

/** Bump whenever the output for the same input changes. */
export const EXTRACTOR_VERSION = "0.3.0"

/** Countries the article is about, by how often their states, demonyms and capitals are mentioned. */
const countriesOf = (actors: ReadonlyArray<ArticleActor>, counts: Map<string, number>): Array<string> => {
  const ordered = new Set([...counts.entries()].sort((a, b) => b[1] - a[1]).map(([cc]) => cc))
  for (const a of actors) if (a.country !== null) ordered.add(a.country)
  return [...ordered]
}

/** Values are built from checked parts, so they are made without the constructors' copies and checks (tests decode the result with the schema). */
const evidenceOf = (text: string, start: number, end: number): Evidence => trusted(Evidence, { start, end, text: text.slice(start, end) })

export const extractArticle = (parsed: ParsedArticleFile): ArticleExtraction => {
  const { text, bodyStart, date } = parsed
  const articleId = articleIdOf(text)
  const paragraphs = paragraphsOf(text, bodyStart)
  const sentences = sentencesOf(text, paragraphs)
  const quotes = quoteSpansOf(text, paragraphs)
  const tokens = tokenize(text, bodyStart, text.length)
  const index = discoverActors(text, tokens)
  const registry = new ActorRegistry()
  for (const a of index.actors) {
    registry.actors.push(a)
    registry.byKey.set(a.key, a)
  }
  const discourse = emptyDiscourse()
  const raw = extractStatements({ text, date, paragraphs, sentences, quotes, mentions: index.mentions, registry, discourse })
    .filter((s) => !isCitationClause(text.slice(s.sentenceStart, s.sentenceEnd)) || s.kind === "direct" || s.speaker.actor === null || !s.speaker.actor.outlet)

  const counts = new Map<string, number>()
  for (const m of index.mentions) {
    const cc = m.actor.country
    if (cc !== null && (m.actor.kind === "state" || m.type === "demonym")) counts.set(cc, (counts.get(cc) ?? 0) + 1)
  }
  const countries = countriesOf(index.actors, counts)
  const headlines = paragraphs.filter((p) => !/[.!?"”’]$/.test(text.slice(p.start, p.end)))
  const rawIncidents = extractIncidents({ text, date, sentences, quotes, mentions: index.mentions, countries, headlines })

  // actors: named ones, and every speaker or perpetrator
  const used = new Set<string>()
  for (const s of raw) if (s.speaker.actor !== null) used.add(s.speaker.actor.key)
  for (const i of rawIncidents) if (i.perpetrator !== null) used.add(i.perpetrator.key)
  const actors = registry.actors.filter((a) => a.named || used.has(a.key))
  const actorIds = new Set(actors.map((a) => a.key))

  const statements = raw.map((s, n) => {
    const a = s.speaker.actor
    return trusted(Statement, {
      id: `${articleId}:s${n + 1}` as StatementId,
      articleId,
      speakerId: a === null ? null : (a.key as ActorId),
      speakerName: a === null ? null : a.name,
      speakerKind: a === null ? "anonymous" : a.kind,
      speakerMention: s.speaker.mention,
      kind: s.kind,
      text: text.slice(s.start, s.end),
      start: s.start,
      end: s.end,
      sentence: evidenceOf(text, Math.min(s.sentenceStart, s.start), Math.max(s.sentenceEnd, s.end)),
      cue: s.cue,
      date: s.date,
      addressee: s.addressee,
      channel: s.channel
    })
  })

  const incidents = rawIncidents.map((i, n) => {
    const id = `${articleId}:i${n + 1}`
    return trusted(IncidentReport, {
      id: id as IncidentReportId,
      incidentId: id as IncidentId,
      articleId,
      kind: i.kind,
      place: trusted(Place, {
        name: i.place.name, region: i.place.region, country: i.place.country, countryCode: i.place.countryCode,
        lat: Number.isFinite(i.place.lat) ? i.place.lat : null, lon: Number.isFinite(i.place.lon) ? i.place.lon : null
      }),
      placeMention: i.placeMention,
      date: i.date,
      datePrecision: i.precision,
      perpetratorId: i.perpetrator === null ? null : (i.perpetrator.key as ActorId),
      perpetrator: i.perpetrator === null ? null : i.perpetrator.name,
      weapons: [...i.weapons],
      killed: i.killed,
      injured: i.injured,
      evidence: evidenceOf(text, i.evidence.start, i.evidence.end),
      mentions: i.mentions.map((m) => evidenceOf(text, m.start, m.end))
    })
  })

  const article = trusted(Article, {
    id: articleId,
    fileName: parsed.fileName,
    date,
    title: parsed.title,
    text,
    bodyStart,
    sources: findSources(text, bodyStart, index.mentions),
    extractorVersion: EXTRACTOR_VERSION
  })

  return trusted(ArticleExtraction, {
    article,
    actors: actors.map((a) => trusted(Actor, {
      id: a.key as ActorId, name: a.name, kind: a.kind, aliases: [...a.aliases].filter((x) => x !== a.name), roles: [...a.roles], country: a.country
    })),
    mentions: index.mentions
      .filter((m) => actorIds.has(m.actor.key) && m.type !== "demonym")
      .map((m) => trusted(ActorMention, { actorId: m.actor.key as ActorId, start: m.start, end: m.end, text: m.text })),
    statements,
    incidents
  })
}
