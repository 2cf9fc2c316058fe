/** Incidents: attacks that happened, where, when and with what toll; each one backed by one or more reports. */
import { Schema } from "effect"
import { ActorId, ArticleId, IncidentId, IncidentReportId } from "./Ids.ts"
import { DatePrecision, IsoDate } from "./IsoDate.ts"
import { Evidence } from "./Span.ts"

export const IncidentKind = Schema.Literal("airstrike", "missile", "drone", "shelling", "bombing", "raid", "clash", "attack")
export type IncidentKind = typeof IncidentKind.Type

/** Weapons as the guideline lists them (lowercase singular). */
export const Weapon = Schema.Literal(
  "missile",
  "drone",
  "artillery",
  "rocket",
  "bomb",
  "airstrike",
  "glide bomb",
  "gunfire",
  "shelling",
  "explosive"
)
export type Weapon = typeof Weapon.Type

/** A geocoded place: the most specific named place with its region, country and coordinates. */
export class Place extends Schema.Class<Place>("Place")({
  /** Canonical name, e.g. "Kyiv". */
  name: Schema.String,
  region: Schema.NullOr(Schema.String),
  country: Schema.NullOr(Schema.String),
  /** ISO 3166 alpha-2 country code. */
  countryCode: Schema.NullOr(Schema.String),
  lat: Schema.NullOr(Schema.Number),
  lon: Schema.NullOr(Schema.Number)
}) {}

export const Casualties = Schema.NullOr(Schema.Int.pipe(Schema.nonNegative()))

/** What one article says about one incident. */
export class IncidentReport extends Schema.Class<IncidentReport>("IncidentReport")({
  id: IncidentReportId,
  incidentId: IncidentId,
  articleId: ArticleId,
  kind: IncidentKind,
  place: Place,
  /** The place as written in this article ("Kiev", "KYIV"). */
  placeMention: Schema.String,
  date: Schema.NullOr(IsoDate),
  datePrecision: DatePrecision,
  perpetratorId: Schema.NullOr(ActorId),
  perpetrator: Schema.NullOr(Schema.String),
  weapons: Schema.Array(Weapon),
  killed: Casualties,
  injured: Casualties,
  /** The clause or sentence that reports it. */
  evidence: Evidence,
  /** Offsets of the other mentions of the same event in this article. */
  mentions: Schema.Array(Evidence)
}) {}

/** One real-world event, merged from all its reports; the figures are the latest/highest reported. */
export class Incident extends Schema.Class<Incident>("Incident")({
  id: IncidentId,
  kind: IncidentKind,
  place: Place,
  date: Schema.NullOr(IsoDate),
  datePrecision: DatePrecision,
  perpetratorId: Schema.NullOr(ActorId),
  perpetrator: Schema.NullOr(Schema.String),
  weapons: Schema.Array(Weapon),
  killed: Casualties,
  injured: Casualties,
  reportCount: Schema.Int
}) {}

/** An incident with every report of it, each with its article date and source span. */
export class IncidentDetail extends Schema.Class<IncidentDetail>("IncidentDetail")({
  incident: Incident,
  reports: Schema.Array(
    Schema.Struct({
      ...IncidentReport.fields,
      articleDate: IsoDate,
      articleFileName: Schema.String
    })
  )
}) {}

/** Reports describe the same event when they name the same place, dates at most a day apart, and the same kind of attack. */
export const isSameEvent = (
  a: { readonly place: Place; readonly date: IsoDate | null; readonly kind: IncidentKind },
  b: { readonly place: Place; readonly date: IsoDate | null; readonly kind: IncidentKind }
): boolean => {
  if (a.place.name.toLowerCase() !== b.place.name.toLowerCase()) return false
  if ((a.place.countryCode ?? "") !== (b.place.countryCode ?? "")) return false
  if (a.kind !== b.kind) return false
  if (a.date === null || b.date === null) return a.date === b.date
  return Math.abs(Date.parse(a.date) - Date.parse(b.date)) <= 86_400_000
}
