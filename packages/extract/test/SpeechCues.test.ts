import { describe, expect, it } from "vitest"
import { findCues } from "../src/SpeechCues.ts"

/** Sentences and the cues in them as [start, end, text, frame, lemma]: auxiliaries, phrases, case, word edges, the two folding letters. */
const CASES: ReadonlyArray<readonly [string, ReadonlyArray<readonly [number, number, string, string, string]>]> = [
    ["He has also said that the talks failed, officials said.", [[3, 16, "has also said", "say", "say"], [50, 54, "said", "say", "say"]]],
    ["According to the ministry, 12 people died; in the words of one medic, \"it was hell\".", [[0, 12, "According to", "according", "according"], [43, 58, "in the words of", "according", "in"]]],
    ["Haaretz quoted unnamed soldiers as saying the order came late.", [[8, 41, "quoted unnamed soldiers as saying", "say", "quote"]]],
    ["SAID the mayor: nobody Said it, x_said nothing, re-said, said_x and (told) reporters.", [[0, 4, "SAID", "say", "say"], [51, 55, "said", "say", "say"], [69, 73, "told", "tell", "tell"]]],
    ["Zelensky told reporters he had reportedly repeatedly warned that Kyiv was under attack, writing on Telegram.", [[9, 23, "told reporters", "say", "told"], [31, 59, "reportedly repeatedly warned", "say", "warn"], [88, 95, "writing", "say", "write"]]],
    ["The ministry made it clear it would respond, and later called on allies, calling for calm.", [[13, 26, "made it clear", "say", "make clear"], [49, 64, "later called on", "object", "called"], [73, 84, "calling for", "object", "calling"]]],
    ["Said Khan said he wrote on X that he was \u2018deeply\u2019 concerned.", [[0, 4, "Said", "say", "say"], [10, 14, "said", "say", "say"], [18, 28, "wrote on X", "say", "wrote"]]],
    ["He claimed, denied, urged, vowed and again accused Russia of lying; the claims were rejected.", [[3, 10, "claimed", "say", "claim"], [12, 18, "denied", "object", "deny"], [20, 25, "urged", "object", "urge"], [27, 32, "vowed", "object", "vow"], [37, 50, "again accused", "object", "accuse"], [72, 78, "claims", "say", "claim"], [79, 92, "were rejected", "object", "reject"]]],
    ["Kelvin sign \u212aept said, and the long \u017fs: he \u017faid so.", [[17, 21, "said", "say", "say"]]],
    ["was was was said; is also said; further then later added", [[4, 16, "was was said", "say", "say"], [18, 30, "is also said", "say", "say"], [40, 56, "then later added", "say", "add"]]]
]

describe("speech cues", () => {
  it("are found where the cue pattern matches, and only there", () => {
    for (const [sentence, cues] of CASES) {
      expect(findCues(sentence, 0, sentence.length).map((c) => [c.start, c.end, c.text, c.frame, c.lemma])).toEqual(cues)
    }
  })

  it("keep offsets into the whole text when asked for a part of it", () => {
    const text = "Intro. Officials had said on Sunday that it ended. Later: he warned."
    expect(findCues(text, 7, 50).map((c) => [c.start, c.end, c.text])).toEqual([[17, 25, "had said"]])
    expect(findCues(text, 51, text.length).map((c) => c.text)).toEqual(["warned"])
  })
})
