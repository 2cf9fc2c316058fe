/** Actors: the people, organisations, states and armed groups who speak and act in the news. */
import { Schema } from "effect"
import { ActorId } from "./Ids.ts"
import { remembered } from "./Remembered.ts"
import { ACTOR_KINDS } from "./Vocabulary.ts"

export const ActorKind = Schema.Literal(...ACTOR_KINDS)
export type ActorKind = typeof ActorKind.Type

export class Actor extends Schema.Class<Actor>("Actor")({
  id: ActorId,
  /** Canonical full name: "Donald Trump", "Russia", "Hamas". */
  name: Schema.String,
  kind: ActorKind,
  /** Other surface forms seen for this actor: "Trump", "US President Donald Trump", "the President". */
  aliases: Schema.Array(Schema.String),
  /** Roles known for the actor, e.g. "Kremlin spokesman". */
  roles: Schema.Array(Schema.String),
  /** Country the actor belongs to, when known (ISO 3166 alpha-2). */
  country: Schema.NullOr(Schema.String)
}) {}

/** An actor with counts, for lists. */
export class ActorSummary extends Schema.Class<ActorSummary>("ActorSummary")({
  id: ActorId,
  name: Schema.String,
  kind: ActorKind,
  aliases: Schema.Array(Schema.String),
  statementCount: Schema.Int,
  articleCount: Schema.Int
}) {}

/** Lowercase ASCII slug of a name, used in ids: "Jonas Gahr Støre" → "jonas-gahr-store". */
export const slugOf = (name: string): string =>
  name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ø/gi, "o")
    .replace(/[’']/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")

/** The id an actor of that kind and canonical name gets in every article, so mentions merge across articles. */
export const actorIdOf = (kind: ActorKind, name: string): ActorId => `${kind}:${slugOfName(name)}` as ActorId

/** slugOf, remembered: the same names come back in article after article. */
const slugOfName = remembered(slugOf, 100_000)
