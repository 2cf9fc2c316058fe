/** Articles: one news text as it was ingested, whose full text every span points into. */
import { Schema } from "effect"
import { ArticleId } from "./Ids.ts"
import { IsoDate } from "./IsoDate.ts"
import { Offset } from "./Span.ts"

/** An outlet named by the article: who published it, or whom it cites (`UNN reports with reference to CNN`). */
export class SourceCitation extends Schema.Class<SourceCitation>("SourceCitation")({
  outlet: Schema.String,
  /** `publisher` is the article's own outlet; `cited` an outlet it reports from. */
  role: Schema.Literal("publisher", "cited"),
  start: Offset,
  end: Offset
}) {}

export class Article extends Schema.Class<Article>("Article")({
  id: ArticleId,
  /** Base name of the file it came from. */
  fileName: Schema.String,
  /** Publication date from the `date YYYY-MM-DD` line. */
  date: IsoDate,
  /** First paragraph of the body, for lists. */
  title: Schema.String,
  /** The whole file text; all spans are offsets into it. */
  text: Schema.String,
  /** Offset where the body starts (after `date YYYY-MM-DD `). */
  bodyStart: Offset,
  sources: Schema.Array(SourceCitation),
  /** Version of the extractor that produced the stored extraction. */
  extractorVersion: Schema.String
}) {}

/** An article without its text, for lists. */
export class ArticleSummary extends Schema.Class<ArticleSummary>("ArticleSummary")({
  id: ArticleId,
  fileName: Schema.String,
  date: IsoDate,
  title: Schema.String,
  statementCount: Schema.Int,
  incidentCount: Schema.Int
}) {}
