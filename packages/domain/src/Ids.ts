/** Branded identifiers of the domain's entities, so an ActorId is never passed where an ArticleId is meant. */
import { Schema } from "effect"

/** Hex digest prefix of the article file's content: the same text always gets the same id. */
export const ArticleId = Schema.String.pipe(Schema.pattern(/^[0-9a-f]{16,64}$/), Schema.brand("ArticleId"))
export type ArticleId = typeof ArticleId.Type

/** Stable slug of an actor's canonical name and kind, e.g. `person:donald-trump`. */
export const ActorId = Schema.String.pipe(Schema.minLength(1), Schema.maxLength(200), Schema.brand("ActorId"))
export type ActorId = typeof ActorId.Type

/** `<articleId>:s<n>`: the n-th statement of an article, in document order. */
export const StatementId = Schema.String.pipe(Schema.minLength(1), Schema.maxLength(200), Schema.brand("StatementId"))
export type StatementId = typeof StatementId.Type

/** Identifier of one real-world event that one or more reports describe. */
export const IncidentId = Schema.String.pipe(Schema.minLength(1), Schema.maxLength(200), Schema.brand("IncidentId"))
export type IncidentId = typeof IncidentId.Type

/** `<articleId>:i<n>`: the n-th incident report of an article. */
export const IncidentReportId = Schema.String.pipe(Schema.minLength(1), Schema.maxLength(200), Schema.brand("IncidentReportId"))
export type IncidentReportId = typeof IncidentReportId.Type
