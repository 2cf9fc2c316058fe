/** Composite read models that the API serves and the dashboard shows. */
import { Schema } from "effect"
import { Actor } from "./Actor.ts"
import { Article } from "./Article.ts"
import { Incident, IncidentReport } from "./Incident.ts"
import { ActorMention } from "./Extraction.ts"
import { IsoDate } from "./IsoDate.ts"
import { Statement } from "./Statement.ts"

/** An article with everything extracted from it, each item with its span. */
export class ArticleDetail extends Schema.Class<ArticleDetail>("ArticleDetail")({
  article: Article,
  actors: Schema.Array(Actor),
  mentions: Schema.Array(ActorMention),
  statements: Schema.Array(Statement),
  incidents: Schema.Array(IncidentReport)
}) {}

/** An actor with what the store knows about them. */
export class ActorDetail extends Schema.Class<ActorDetail>("ActorDetail")({
  actor: Actor,
  statementCount: Schema.Int,
  articleCount: Schema.Int,
  firstStatement: Schema.NullOr(IsoDate),
  lastStatement: Schema.NullOr(IsoDate),
  topCues: Schema.Array(Schema.Struct({ cue: Schema.String, count: Schema.Int })),
  coMentioned: Schema.Array(Schema.Struct({ actorId: Schema.String, name: Schema.String, count: Schema.Int }))
}) {}

/** An incident as listed: the merged event. */
export const IncidentView = Incident
export type IncidentView = Incident
