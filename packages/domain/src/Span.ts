/** Character spans into an article's full file text (UTF-16 offsets, end exclusive), the evidence behind every extracted item. */
import { Schema } from "effect"

export const Offset = Schema.Int.pipe(Schema.nonNegative())

export class Span extends Schema.Class<Span>("Span")({
  start: Offset,
  end: Offset
}) {}

/** A span together with the text it covers, so a reader sees the evidence without re-slicing. */
export class Evidence extends Schema.Class<Evidence>("Evidence")({
  start: Offset,
  end: Offset,
  text: Schema.String
}) {}

/** The evidence of `[start, end)` in `text`. */
export const evidenceOf = (text: string, start: number, end: number): Evidence =>
  new Evidence({ start, end, text: text.slice(start, end) })
