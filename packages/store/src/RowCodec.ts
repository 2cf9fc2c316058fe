/** How domain values are laid out in table rows and read back: row shapes, and decoding rows with the domain schemas. */
import {
  Actor,
  ActorMention,
  Article,
  Incident,
  IncidentReport,
  Statement,
  StatementView,
  type SourceCitation,
  StoreError
} from "@wirewatch/domain"
import { Effect, Either, Schema } from "effect"

/** Numbers arrive as strings from PostgreSQL aggregates (int8, numeric). */
export const toInt = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value))
const toNullableInt = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value))
const toNullableNumber = toNullableInt

/** Lowercased text that `q` filters match against (done here, not in SQL, so non-ASCII folds the same on every database). */
export const searchKey = (...parts: ReadonlyArray<string>): string => parts.join("\n").toLowerCase()

/** A `LIKE` pattern matching `q` anywhere, with `%`, `_` and `\` escaped (used with `ESCAPE '\'`). */
export const containsPattern = (q: string): string => `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`

const badRow = (e: unknown) => new StoreError({ operation: "decode a stored row", detail: e instanceof Error ? e.message : String(e) })

/**
 * Builds a value from a row (JSON columns included) and decodes it with its domain schema; a bad row is a StoreError.
 * Decoded synchronously (an Either is an Effect): a list page decodes 50 rows, and a fiber step per row cost more than
 * some of the checks.
 */
const decodeRow = <A, I>(schema: Schema.Schema<A, I>, build: () => unknown): Effect.Effect<A, StoreError> => {
  const decode = Schema.decodeUnknownEither(schema)
  return Effect.suspend(() => {
    let built: unknown
    try {
      built = build()
    } catch (e) {
      return Either.left(badRow(e))
    }
    return Either.mapLeft(decode(built), badRow)
  })
}

export interface ArticleRow {
  readonly id: string
  readonly file_name: string
  readonly date: string
  readonly title: string
  readonly text: string
  readonly body_start: number
  readonly sources: string
  readonly extractor_version: string
}

export const decodeArticle = (row: ArticleRow): Effect.Effect<Article, StoreError> =>
  decodeRow(Article, () => ({
    id: row.id,
    fileName: row.file_name,
    date: row.date,
    title: row.title,
    text: row.text,
    bodyStart: toInt(row.body_start),
    sources: JSON.parse(row.sources),
    extractorVersion: row.extractor_version
  }))

/** The outlets behind the article's statements: cited outlets in text order, then the publisher; each once. */
export const sourceChainOf = (sources: ReadonlyArray<Pick<SourceCitation, "outlet" | "role" | "start">>): ReadonlyArray<string> => {
  const byStart = [...sources].sort((a, b) => a.start - b.start)
  const ordered = [...byStart.filter((s) => s.role === "cited"), ...byStart.filter((s) => s.role === "publisher")]
  return [...new Set(ordered.map((s) => s.outlet))]
}

export interface ActorRow {
  readonly id: string
  readonly name: string
  readonly kind: string
  readonly aliases: string
  readonly roles: string
  readonly country: string | null
}

export const decodeActor = (row: ActorRow): Effect.Effect<Actor, StoreError> =>
  decodeRow(Actor, () => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    aliases: JSON.parse(row.aliases),
    roles: JSON.parse(row.roles),
    country: row.country
  }))

export interface MentionRow {
  readonly actor_id: string
  readonly start_offset: number
  readonly end_offset: number
  readonly text: string
}

export const decodeMention = (row: MentionRow): Effect.Effect<ActorMention, StoreError> =>
  decodeRow(ActorMention, () => ({ actorId: row.actor_id, start: toInt(row.start_offset), end: toInt(row.end_offset), text: row.text }))

export interface StatementRow {
  readonly id: string
  readonly article_id: string
  readonly speaker_id: string | null
  readonly speaker_name: string | null
  readonly speaker_kind: string
  readonly speaker_mention: string | null
  readonly kind: string
  readonly text: string
  readonly start_offset: number
  readonly end_offset: number
  readonly sentence_start: number
  readonly sentence_end: number
  readonly sentence_text: string
  readonly cue: string | null
  readonly date: string | null
  readonly addressee: string | null
  readonly channel: string | null
}

const statementFields = (row: StatementRow) => ({
  id: row.id,
  articleId: row.article_id,
  speakerId: row.speaker_id,
  speakerName: row.speaker_name,
  speakerKind: row.speaker_kind,
  speakerMention: row.speaker_mention,
  kind: row.kind,
  text: row.text,
  start: toInt(row.start_offset),
  end: toInt(row.end_offset),
  sentence: { start: toInt(row.sentence_start), end: toInt(row.sentence_end), text: row.sentence_text },
  cue: row.cue,
  date: row.date,
  addressee: row.addressee,
  channel: row.channel
})

export const decodeStatement = (row: StatementRow): Effect.Effect<Statement, StoreError> => decodeRow(Statement, () => statementFields(row))

export interface StatementViewRow extends StatementRow {
  readonly article_date: string
  readonly article_file_name: string
  readonly article_sources: string
}

export const decodeStatementView = (row: StatementViewRow): Effect.Effect<StatementView, StoreError> =>
  decodeRow(StatementView, () => ({
    ...statementFields(row),
    articleDate: row.article_date,
    articleFileName: row.article_file_name,
    sourceChain: sourceChainOf(JSON.parse(row.article_sources))
  }))

interface PlaceColumns {
  readonly place_name: string
  readonly place_region: string | null
  readonly place_country: string | null
  readonly place_country_code: string | null
  readonly place_lat: number | string | null
  readonly place_lon: number | string | null
}

const placeOf = (row: PlaceColumns) => ({
  name: row.place_name,
  region: row.place_region,
  country: row.place_country,
  countryCode: row.place_country_code,
  lat: toNullableNumber(row.place_lat),
  lon: toNullableNumber(row.place_lon)
})

export interface IncidentReportRow extends PlaceColumns {
  readonly id: string
  readonly incident_id: string
  readonly article_id: string
  readonly kind: string
  readonly place_mention: string
  readonly date: string | null
  readonly date_precision: string
  readonly perpetrator_id: string | null
  readonly perpetrator: string | null
  readonly weapons: string
  readonly killed: number | null
  readonly injured: number | null
  readonly evidence_start: number
  readonly evidence_end: number
  readonly evidence_text: string
  readonly mentions: string
}

export const incidentReportFields = (row: IncidentReportRow) => ({
  id: row.id,
  incidentId: row.incident_id,
  articleId: row.article_id,
  kind: row.kind,
  place: placeOf(row),
  placeMention: row.place_mention,
  date: row.date,
  datePrecision: row.date_precision,
  perpetratorId: row.perpetrator_id,
  perpetrator: row.perpetrator,
  weapons: JSON.parse(row.weapons),
  killed: toNullableInt(row.killed),
  injured: toNullableInt(row.injured),
  evidence: { start: toInt(row.evidence_start), end: toInt(row.evidence_end), text: row.evidence_text },
  mentions: JSON.parse(row.mentions)
})

export const decodeIncidentReport = (row: IncidentReportRow): Effect.Effect<IncidentReport, StoreError> =>
  decodeRow(IncidentReport, () => incidentReportFields(row))

export interface IncidentRow extends PlaceColumns {
  readonly id: string
  readonly kind: string
  readonly date: string | null
  readonly sort_date: string
  readonly date_precision: string
  readonly perpetrator_id: string | null
  readonly perpetrator: string | null
  readonly weapons: string
  readonly killed: number | null
  readonly injured: number | null
  readonly report_count: number
}

export const decodeIncident = (row: IncidentRow): Effect.Effect<Incident, StoreError> =>
  decodeRow(Incident, () => ({
    id: row.id,
    kind: row.kind,
    place: placeOf(row),
    date: row.date,
    datePrecision: row.date_precision,
    perpetratorId: row.perpetrator_id,
    perpetrator: row.perpetrator,
    weapons: JSON.parse(row.weapons),
    killed: toNullableInt(row.killed),
    injured: toNullableInt(row.injured),
    reportCount: toInt(row.report_count)
  }))
