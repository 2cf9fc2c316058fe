import { describe, expect, it } from "vitest"
import { extract } from "./Article.ts"

const said = (x: ReturnType<typeof extract>) => x.statements.map((s) => ({ who: s.speakerName, kind: s.kind, text: s.text, cue: s.cue }))

describe("direct speech", () => {
  it("reads every quote style and splits a quote around its attribution", () => {
    const x = extract(
      "2025-03-10",
      "Ukrainian President Volodymyr Zelensky spoke in Kyiv on Monday.",
      "“We will not give up our land,” Zelensky said. “Not now, not ever.”",
      "\"The talks are over,\" said Kremlin spokesman Dmitry Peskov.",
      "«Nous restons prêts», a déclaré le ministre."
    )
    expect(said(x)).toEqual([
      { who: "Volodymyr Zelensky", kind: "direct", text: "We will not give up our land", cue: "said" },
      { who: "Volodymyr Zelensky", kind: "direct", text: "Not now, not ever.", cue: "said" },
      { who: "Dmitry Peskov", kind: "direct", text: "The talks are over", cue: "said" }
    ])
  })

  it("reads the dash style, with the attribution after the quote", () => {
    const x = extract("2025-03-10", "We are ready for a ceasefire tomorrow - we have said so for months. - Zelensky told reporters.")
    expect(said(x)).toEqual([
      { who: "Volodymyr Zelensky", kind: "direct", text: "We are ready for a ceasefire tomorrow - we have said so for months.", cue: "told reporters" }
    ])
    expect(x.statements[0]!.addressee).toBe("reporters")
  })

  it("continues a quote that runs over two paragraphs with the same speaker", () => {
    const x = extract(
      "2025-03-10",
      "NATO Secretary General Mark Rutte spoke in Brussels.",
      "\"We stand with Ukraine. We will keep supplying air defence.",
      "\"And we will not be intimidated,\" he added."
    )
    expect(said(x).map((s) => [s.who, s.text])).toEqual([
      ["Mark Rutte", "We stand with Ukraine. We will keep supplying air defence."],
      ["Mark Rutte", "And we will not be intimidated"]
    ])
  })

  it("keeps partial quotes inside a sentence and predicates of speech, not scare quotes", () => {
    const x = extract("2025-03-10", "Emmanuel Macron said the strike was “barbaric” and that there was “no excuse for it” on the world stage. The so-called “buffer zone” stays.")
    expect(x.statements.filter((s) => s.kind === "direct").map((s) => s.text)).toEqual(["barbaric", "no excuse for it"])
    expect(x.statements.every((s) => s.speakerName === "Emmanuel Macron")).toBe(true)
  })
})

describe("indirect speech", () => {
  it("reads said that, has made it clear that, according to and called on X to", () => {
    const x = extract(
      "2025-03-10",
      "British Prime Minister Keir Starmer has said that Europe must spend more on defence.",
      "Starmer has made it clear that troops could be sent.",
      "The ceasefire could begin next week, according to two diplomats.",
      "Pope Francis called on both sides to stop the fighting."
    )
    expect(said(x)).toEqual([
      { who: "Keir Starmer", kind: "indirect", text: "Europe must spend more on defence", cue: "has said" },
      { who: "Keir Starmer", kind: "indirect", text: "troops could be sent", cue: "has made it clear" },
      { who: null, kind: "indirect", text: "The ceasefire could begin next week", cue: "according to" },
      { who: "Pope Francis", kind: "indirect", text: "both sides to stop the fighting", cue: "called on" }
    ])
    expect(x.statements[2]!.speakerKind).toBe("anonymous")
    expect(x.statements[2]!.speakerMention).toBe("two diplomats")
  })

  it("reads a sentence-final attribution to an organisation", () => {
    const x = extract("2025-03-10", "Fourteen drones were shot down over the Kursk region overnight, Russia's Defence Ministry said.")
    expect(said(x)).toEqual([
      { who: "Russian Ministry of Defense", kind: "indirect", text: "Fourteen drones were shot down over the Kursk region overnight", cue: "said" }
    ])
    expect(x.statements[0]!.speakerKind).toBe("organization")
    // "overnight" dates the downing (the reported content), not the ministry's statement
    expect(x.statements[0]!.date).toBe(null)
  })

  it("keeps anonymous sources anonymous", () => {
    const x = extract("2025-03-10", "A senior official said the convoy had been delayed. People familiar with the talks said a deal was close.")
    expect(x.statements.map((s) => [s.speakerName, s.speakerKind, s.speakerMention])).toEqual([
      [null, "anonymous", "A senior official"],
      [null, "anonymous", "People familiar with the talks"]
    ])
  })

  it("makes no statement of negations and questions about speech", () => {
    const x = extract(
      "2025-03-10",
      "President Donald Trump did not say whether he would impose new sanctions.",
      "The ministry declined to say where the missiles landed.",
      "Asked whether the talks had failed, Trump smiled."
    )
    expect(x.statements).toEqual([])
  })

  it("resolves he, the president and a surname to the person named before", () => {
    const x = extract(
      "2025-03-10",
      "Finnish President Alexander Stubb visited the front.",
      "He said the war would end only with security guarantees.",
      "The president added that Finland would send more aid.",
      "Stubb told reporters that he was hopeful."
    )
    expect(x.statements.map((s) => s.speakerName)).toEqual(["Alexander Stubb", "Alexander Stubb", "Alexander Stubb"])
  })

  it("names a lead's unnamed spokesperson when the next sentence names a known one, and cites through 'with reference to'", () => {
    const x = extract(
      "2025-03-10",
      "A Houthi military spokesperson said the group had fired missiles at two ships.",
      "In a televised address, Yahya Saree said the operations would continue.",
      "Two people were injured in the city, writes UNN with reference to Kyiv Mayor Vitali Klitschko."
    )
    expect(x.statements.map((s) => [s.speakerName, s.cue])).toEqual([
      ["Yahya Saree", "said"],
      ["Yahya Saree", "said"],
      ["Vitali Klitschko", "with reference to"]
    ])
    expect(x.statements[0]!.speakerMention).toBe("A Houthi military spokesperson")
    expect(x.article.sources.map((s) => [s.outlet, s.role])).toEqual([["UNN", "publisher"]])
  })
})

describe("statement dates: when the words were said, not what they talk about", () => {
  const dates = (x: ReturnType<typeof extract>) => x.statements.map((s) => [s.kind, s.date])

  it("ignores a date inside the quoted words and takes the attribution's day", () => {
    const x = extract(
      "2022-06-23",
      "Ukrainian President Volodymyr Zelensky spoke in Kyiv.",
      "“Just as September 1, 1939 ended in a tribunal, this war will end in one too,” Zelensky said on Thursday."
    )
    expect(dates(x)).toEqual([["direct", "2022-06-23"]])
  })

  it("gives no date when the only date is inside the quote", () => {
    const x = extract(
      "2022-06-23",
      "Kremlin spokesman Dmitry Peskov spoke to reporters.",
      "“On 24 February we had no other choice,” Peskov said."
    )
    expect(dates(x)).toEqual([["direct", null]])
  })

  it("ignores a date inside reported speech", () => {
    const x = extract(
      "2023-03-20",
      "Russian President Vladimir Putin said on Monday that the peninsula had been part of Russia since 18 March 2014.",
      "Putin said the shelling on Sunday had killed three people."
    )
    expect(dates(x)).toEqual([["indirect", "2023-03-20"], ["indirect", null]])
  })

  it("resolves 'yesterday' in the cue clause against the article date", () => {
    const x = extract("2025-03-10", "Kremlin spokesman Dmitry Peskov said yesterday that the talks on 8 March were useful.")
    expect(dates(x)).toEqual([["indirect", "2025-03-09"]])
  })
})
