/** Encodes an ArticleExtraction as the evaluation's JSON object (shared/eval/FORMAT.md): camelCase, spans as offsets, unknowns as null. */
import type { ArticleExtraction } from "@wirewatch/domain"

export interface ExtractionJson {
  readonly file: string
  readonly date: string
  readonly actors: ReadonlyArray<{ readonly name: string; readonly kind: string; readonly aliases: ReadonlyArray<string> }>
  readonly statements: ReadonlyArray<{
    readonly speaker: string | null
    readonly kind: string
    readonly text: string
    readonly start: number
    readonly end: number
    readonly cue: string | null
    readonly date: string | null
    readonly addressee: string | null
  }>
  readonly incidents: ReadonlyArray<{
    readonly location: string
    readonly country: string | null
    readonly date: string | null
    readonly datePrecision: string | null
    readonly perpetrator: string | null
    readonly weapons: ReadonlyArray<string>
    readonly killed: number | null
    readonly injured: number | null
    readonly evidence: { readonly text: string; readonly start: number; readonly end: number }
  }>
}

/**
 * A person's name as this article spells it ("Volodymyr Zelenskyy" where the knowledge base says "Volodymyr Zelensky"):
 * a full-name alias with the same given name, else the canonical name.
 */
const articleSpelling = (x: ArticleExtraction): Map<string, string> => {
  const out = new Map<string, string>()
  for (const a of x.actors) {
    if (a.kind !== "person") continue
    const given = a.name.split(/\s+/)[0]
    const variant = a.aliases.find((al) => al !== a.name && al.split(/\s+/).length === a.name.split(/\s+/).length && al.split(/\s+/)[0] === given)
    out.set(a.id, variant ?? a.name)
  }
  return out
}

/** The location as the article writes it ("Kiev", "El-Fasher"), which is what a reader and the gold name. */
export const toExtractionJson = (x: ArticleExtraction): ExtractionJson => {
  const spelling = articleSpelling(x)
  return {
  file: x.article.fileName,
  date: x.article.date,
  actors: x.actors.map((a) => ({ name: a.name, kind: a.kind, aliases: [...a.aliases] })),
  statements: x.statements.map((s) => ({
    speaker: s.speakerId !== null ? spelling.get(s.speakerId) ?? s.speakerName : s.speakerName,
    kind: s.kind,
    text: s.text,
    start: s.start,
    end: s.end,
    cue: s.cue,
    date: s.date,
    addressee: s.addressee
  })),
  incidents: x.incidents.map((i) => ({
    location: i.placeMention,
    country: i.place.country,
    date: i.date,
    datePrecision: i.date === null ? null : i.datePrecision,
    perpetrator: i.perpetrator,
    weapons: [...i.weapons],
    killed: i.killed,
    injured: i.injured,
    evidence: { text: i.evidence.text, start: i.evidence.start, end: i.evidence.end }
  }))
  }
}
