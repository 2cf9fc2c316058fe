/** What the extractor makes of one article: the value the store saves in one transaction. */
import { Schema } from "effect"
import { Actor } from "./Actor.ts"
import { Article } from "./Article.ts"
import { ActorId } from "./Ids.ts"
import { IncidentReport } from "./Incident.ts"
import { Offset } from "./Span.ts"
import { Statement } from "./Statement.ts"

/** One place in the text where an actor is named or referred to. */
export class ActorMention extends Schema.Class<ActorMention>("ActorMention")({
  actorId: ActorId,
  start: Offset,
  end: Offset,
  text: Schema.String
}) {}

export class ArticleExtraction extends Schema.Class<ArticleExtraction>("ArticleExtraction")({
  article: Article,
  actors: Schema.Array(Actor),
  mentions: Schema.Array(ActorMention),
  statements: Schema.Array(Statement),
  /** Each report's `incidentId` is provisional (local to the article) until the store links it to a known incident. */
  incidents: Schema.Array(IncidentReport)
}) {}
