/** Failures of the domain, as tagged values that travel in Effect's error channel. */
import { Schema } from "effect"

export const ArticleParseProblem = Schema.Literal(
  "missing-date-line",
  "invalid-date",
  "empty-body",
  "binary",
  "not-utf8",
  "too-large"
)
export type ArticleParseProblem = typeof ArticleParseProblem.Type

/** An article file that cannot be read as an article; names the file and the problem. */
export class ArticleParseError extends Schema.TaggedError<ArticleParseError>()("ArticleParseError", {
  file: Schema.String,
  problem: ArticleParseProblem,
  detail: Schema.String
}) {
  override get message(): string {
    return `${this.file}: ${this.detail}`
  }
}

/** The store failed to read or write; `operation` says what it was doing. */
export class StoreError extends Schema.TaggedError<StoreError>()("StoreError", {
  operation: Schema.String,
  detail: Schema.String
}) {
  override get message(): string {
    return `store failed to ${this.operation}: ${this.detail}`
  }
}

/** No entity of that kind has that id. */
export class NotFound extends Schema.TaggedError<NotFound>()("NotFound", {
  entity: Schema.Literal("article", "actor", "statement", "incident"),
  id: Schema.String
}) {
  override get message(): string {
    return `no ${this.entity} with id ${this.id}`
  }
}

/** A query (from HTTP or the CLI) that does not decode; `issues` says what is wrong, one line each. */
export class InvalidQuery extends Schema.TaggedError<InvalidQuery>()("InvalidQuery", {
  issues: Schema.Array(Schema.String)
}) {
  override get message(): string {
    return this.issues.join("; ")
  }
}
