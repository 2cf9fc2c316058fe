/** Statements: who said what, when, to whom, with the exact span of the words in the article. */
import { Schema } from "effect"
import { ActorId, ArticleId, StatementId } from "./Ids.ts"
import { IsoDate } from "./IsoDate.ts"
import { Evidence, Offset } from "./Span.ts"
import { STATEMENT_KINDS } from "./Vocabulary.ts"

export const StatementKind = Schema.Literal(...STATEMENT_KINDS)
export type StatementKind = typeof StatementKind.Type

/** What kind of speaker; `anonymous` for unnamed sources ("people familiar with the situation"). */
export const SpeakerKind = Schema.Literal("person", "organization", "state", "group", "anonymous")
export type SpeakerKind = typeof SpeakerKind.Type

export class Statement extends Schema.Class<Statement>("Statement")({
  id: StatementId,
  articleId: ArticleId,
  /** The speaking actor; null for an anonymous source. */
  speakerId: Schema.NullOr(ActorId),
  /** Canonical speaker name, or null for an anonymous source. */
  speakerName: Schema.NullOr(Schema.String),
  speakerKind: SpeakerKind,
  /** How the source is described when anonymous ("people familiar with the situation"), else how it is named here. */
  speakerMention: Schema.NullOr(Schema.String),
  kind: StatementKind,
  /** The quoted words (without quote marks) or the reported content. */
  text: Schema.String,
  start: Offset,
  end: Offset,
  /** The sentence (or sentences) that hold the statement, to show as evidence. */
  sentence: Evidence,
  /** The speech-act verb or phrase: "said", "told reporters", "according to". */
  cue: Schema.NullOr(Schema.String),
  /** When it was said, if the article lets one resolve it; else null. */
  date: Schema.NullOr(IsoDate),
  /** Whom it was addressed to, if explicit. */
  addressee: Schema.NullOr(Schema.String),
  /** Channel, if named: "Truth Social", "Telegram", "press conference". */
  channel: Schema.NullOr(Schema.String)
}) {}

/** A statement with its article's date and file, for lists and drill-down. */
export class StatementView extends Schema.Class<StatementView>("StatementView")({
  ...Statement.fields,
  articleDate: IsoDate,
  articleFileName: Schema.String,
  /** The chain of outlets behind the statement, from speaker to publisher, e.g. ["CNN", "UNN"]. */
  sourceChain: Schema.Array(Schema.String)
}) {}
