import { Equal, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { type ActorId, type ArticleId, ActorMention, Evidence, Place, SourceCitation, Statement, type StatementId, trusted } from "../src/index.ts"

describe("trusted construction", () => {
  it("gives the value the constructor gives: fields, class, equality, encoding", () => {
    const evidence = { start: 3, end: 9, text: "Kyiv s" }
    const statementProps = {
      id: "0123456789abcdef:s1" as StatementId, articleId: "0123456789abcdef" as ArticleId, speakerId: "person:x" as ActorId, speakerName: "X",
      speakerKind: "person" as const, speakerMention: "X", kind: "direct" as const, text: "words", start: 1, end: 6,
      sentence: trusted(Evidence, evidence), cue: "said", date: null, addressee: null, channel: null
    }
    const pairs: Array<[object, object]> = [
      [trusted(Evidence, evidence), new Evidence(evidence)],
      [trusted(Place, { name: "Kyiv", region: null, country: "Ukraine", countryCode: "UA", lat: 50.45, lon: 30.52 }), new Place({ name: "Kyiv", region: null, country: "Ukraine", countryCode: "UA", lat: 50.45, lon: 30.52 })],
      [trusted(ActorMention, { actorId: "person:x" as ActorId, start: 1, end: 2, text: "X" }), new ActorMention({ actorId: "person:x" as ActorId, start: 1, end: 2, text: "X" })],
      [trusted(SourceCitation, { outlet: "AFP", role: "cited", start: 0, end: 3 }), new SourceCitation({ outlet: "AFP", role: "cited", start: 0, end: 3 })],
      [trusted(Statement, statementProps), new Statement({ ...statementProps, sentence: new Evidence(evidence) })]
    ]
    for (const [fast, checked] of pairs) {
      expect(Object.getPrototypeOf(fast)).toBe(Object.getPrototypeOf(checked))
      expect(JSON.stringify(fast)).toBe(JSON.stringify(checked))
      expect(Equal.equals(fast, checked)).toBe(true)
    }
    const s = trusted(Statement, statementProps)
    expect(s).toBeInstanceOf(Statement)
    expect(Schema.is(Statement)(s)).toBe(true)
    expect(Schema.encodeSync(Statement)(s)).toEqual(Schema.encodeSync(Statement)(new Statement({ ...statementProps, sentence: new Evidence(evidence) })))
  })
  it("does not check: the caller vouches for the fields", () => {
    expect(() => new Evidence({ start: -1, end: 0, text: "" })).toThrow()
    expect(trusted(Evidence, { start: -1, end: 0, text: "" }).start).toBe(-1)
  })
})
