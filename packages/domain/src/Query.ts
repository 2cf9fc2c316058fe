/** Queries the API and the store answer: filters, pagination and time series, decoded from URL strings at the edge. */
import { Schema } from "effect"
import { ActorKind } from "./Actor.ts"
import { IsoDate } from "./IsoDate.ts"
import { StatementKind } from "./Statement.ts"
import { INTERVALS } from "./Vocabulary.ts"

/** `?limit=` as a string on the wire, 1..1000 inside. */
export const Limit = Schema.NumberFromString.pipe(Schema.int(), Schema.between(1, 1000))

/** Opaque position after the last item of a page. */
export const Cursor = Schema.String.pipe(Schema.maxLength(200))

const paging = {
  limit: Schema.optional(Limit),
  cursor: Schema.optional(Cursor)
}

/** A comma-separated list on the wire: `?actor=a,b`. */
export const CommaList = Schema.transform(Schema.String, Schema.Array(Schema.String), {
  strict: true,
  decode: (s) => s.split(",").map((x) => x.trim()).filter((x) => x.length > 0),
  encode: (xs) => xs.join(",")
})

const Text = Schema.String.pipe(Schema.maxLength(200))

export const ArticleQuery = Schema.Struct({
  from: Schema.optional(IsoDate),
  to: Schema.optional(IsoDate),
  q: Schema.optional(Text),
  ...paging
})
export type ArticleQuery = typeof ArticleQuery.Type

export const ActorQuery = Schema.Struct({
  kind: Schema.optional(ActorKind),
  q: Schema.optional(Text),
  ...paging
})
export type ActorQuery = typeof ActorQuery.Type

export const StatementQuery = Schema.Struct({
  /** Actor ids, comma-separated; a statement matches if any of them spoke it. */
  actor: Schema.optional(CommaList),
  from: Schema.optional(IsoDate),
  to: Schema.optional(IsoDate),
  kind: Schema.optional(StatementKind),
  /** Case-insensitive keyword filter on the statement text. */
  q: Schema.optional(Text),
  /** Only statements of this article. */
  article: Schema.optional(Schema.String),
  ...paging
})
export type StatementQuery = typeof StatementQuery.Type

export const IncidentQuery = Schema.Struct({
  /** Country name or ISO alpha-2 code. */
  country: Schema.optional(Text),
  place: Schema.optional(Text),
  perpetrator: Schema.optional(Text),
  from: Schema.optional(IsoDate),
  to: Schema.optional(IsoDate),
  ...paging
})
export type IncidentQuery = typeof IncidentQuery.Type

export const Interval = Schema.Literal(...INTERVALS)
export type Interval = typeof Interval.Type

export const StatementSeriesQuery = Schema.Struct({
  actor: Schema.optional(CommaList),
  interval: Schema.optionalWith(Interval, { default: () => "day" as const }),
  from: Schema.optional(IsoDate),
  to: Schema.optional(IsoDate),
  kind: Schema.optional(StatementKind),
  q: Schema.optional(Text)
})
export type StatementSeriesQuery = typeof StatementSeriesQuery.Type

export const IncidentSeriesQuery = Schema.Struct({
  country: Schema.optional(Text),
  place: Schema.optional(Text),
  perpetrator: Schema.optional(Text),
  interval: Schema.optionalWith(Interval, { default: () => "day" as const }),
  from: Schema.optional(IsoDate),
  to: Schema.optional(IsoDate)
})
export type IncidentSeriesQuery = typeof IncidentSeriesQuery.Type

/** One page of a list, with the cursor of the next page (null on the last). */
export const Page = <A, I, R>(item: Schema.Schema<A, I, R>) =>
  Schema.Struct({ items: Schema.Array(item), nextCursor: Schema.NullOr(Schema.String) })
export interface Page<A> {
  readonly items: ReadonlyArray<A>
  readonly nextCursor: string | null
}

/** Statement counts of one actor per time bucket; buckets are labelled by their first day. */
export const ActorSeries = Schema.Struct({
  actorId: Schema.String,
  actorName: Schema.String,
  points: Schema.Array(Schema.Struct({ bucket: IsoDate, count: Schema.Int }))
})
export type ActorSeries = typeof ActorSeries.Type

export const StatementSeries = Schema.Struct({
  interval: Interval,
  /** Every bucket from the first to the last, with empty ones included. */
  buckets: Schema.Array(IsoDate),
  series: Schema.Array(ActorSeries)
})
export type StatementSeries = typeof StatementSeries.Type

export const IncidentSeriesPoint = Schema.Struct({
  bucket: IsoDate,
  reports: Schema.Int,
  incidents: Schema.Int,
  killed: Schema.Int,
  injured: Schema.Int
})
export type IncidentSeriesPoint = typeof IncidentSeriesPoint.Type

export const IncidentSeries = Schema.Struct({
  interval: Interval,
  points: Schema.Array(IncidentSeriesPoint)
})
export type IncidentSeries = typeof IncidentSeries.Type
