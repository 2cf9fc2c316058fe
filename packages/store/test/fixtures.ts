/** Small hand-built extractions the store tests save: two actors quoted, one Kyiv strike told twice, and other events. */
import {
  Actor,
  ActorMention,
  Article,
  ArticleExtraction,
  Evidence,
  IncidentReport,
  Place,
  SourceCitation,
  Statement,
  type ActorId,
  type ArticleId,
  type IncidentId,
  type IncidentReportId,
  type IsoDate,
  type StatementId
} from "@wirewatch/domain"

/** The evidence of the `nth` occurrence of `needle` in `text` (the fixture texts are written so each needle is found). */
export const evidence = (text: string, needle: string, nth = 0): Evidence => {
  let start = -1
  for (let i = 0; i <= nth; i++) start = text.indexOf(needle, start + 1)
  if (start < 0) throw new Error(`fixture text lacks ${JSON.stringify(needle)}`)
  return new Evidence({ start, end: start + needle.length, text: needle })
}

/** A date literal of the fixtures. */
export const day = (s: string): IsoDate => s as IsoDate

export const ids = {
  a1: "a1a1a1a1a1a1a1a1" as ArticleId,
  a2: "b2b2b2b2b2b2b2b2" as ArticleId,
  a3: "c3c3c3c3c3c3c3c3" as ArticleId,
  zelensky: "person:volodymyr-zelensky" as ActorId,
  peskov: "person:dmitry-peskov" as ActorId,
  russia: "state:russia" as ActorId
}

const kyiv = new Place({ name: "Kyiv", region: "Kyiv", country: "Ukraine", countryCode: "UA", lat: 50.4501, lon: 30.5234 })
const kharkiv = new Place({ name: "Kharkiv", region: "Kharkiv Oblast", country: "Ukraine", countryCode: "UA", lat: 49.9935, lon: 36.2304 })

const actor = (id: ActorId, name: string, kind: Actor["kind"], aliases: ReadonlyArray<string>, roles: ReadonlyArray<string>, country: string | null) =>
  new Actor({ id, name, kind, aliases, roles, country })

const statement = (
  text: string,
  articleId: ArticleId,
  n: number,
  fields: { speakerId: ActorId | null; speakerName: string | null; quote: string; sentence: string; cue: string | null; kind: Statement["kind"]; date?: IsoDate | null }
) => {
  const quote = evidence(text, fields.quote)
  return new Statement({
    id: `${articleId}:s${n}` as StatementId,
    articleId,
    speakerId: fields.speakerId,
    speakerName: fields.speakerName,
    speakerKind: fields.speakerId === null ? "anonymous" : "person",
    speakerMention: fields.speakerName,
    kind: fields.kind,
    text: quote.text,
    start: quote.start,
    end: quote.end,
    sentence: evidence(text, fields.sentence),
    cue: fields.cue,
    date: fields.date ?? null,
    addressee: null,
    channel: null
  })
}

const report = (
  text: string,
  articleId: ArticleId,
  n: number,
  fields: Pick<IncidentReport, "kind" | "place" | "date" | "weapons" | "killed" | "injured"> & { clause: string; placeMention: string; perpetrator?: boolean }
) =>
  new IncidentReport({
    id: `${articleId}:i${n}` as IncidentReportId,
    incidentId: `local-${n}` as IncidentId,
    articleId,
    kind: fields.kind,
    place: fields.place,
    placeMention: fields.placeMention,
    date: fields.date,
    datePrecision: "day",
    perpetratorId: fields.perpetrator === true ? ids.russia : null,
    perpetrator: fields.perpetrator === true ? "Russia" : null,
    weapons: fields.weapons,
    killed: fields.killed,
    injured: fields.injured,
    evidence: evidence(text, fields.clause),
    mentions: []
  })

const articleOf = (id: ArticleId, fileName: string, date: string, body: string, sources: ReadonlyArray<{ outlet: string; role: "publisher" | "cited" }>) => {
  const text = ` date ${date} ${body}`
  return new Article({
    id,
    fileName,
    date: date as IsoDate,
    title: body.split("\n")[0]!.trim(),
    text,
    bodyStart: ` date ${date} `.length,
    sources: sources.map((s) => {
      const e = evidence(text, s.outlet)
      return new SourceCitation({ outlet: s.outlet, role: s.role, start: e.start, end: e.end })
    }),
    extractorVersion: "test-1"
  })
}

/** 2025-01-10: Zelensky and Peskov quoted (UNN citing CNN); a Russian missile strike on Kyiv kills 3. */
export const article1 = (() => {
  const article = articleOf(
    ids.a1,
    "2025-01-10-kyiv.txt",
    "2025-01-10",
    "Russian missiles hit Kyiv overnight\nUNN reports with reference to CNN. A Russian missile strike on Kyiv killed 3 people and injured 10. " +
      `"We will rebuild every home," Zelensky said. Kremlin spokesman Dmitry Peskov told reporters that "the strikes hit military targets". ` +
      `Zelensky later said the air defence held.`,
    [
      { outlet: "UNN", role: "publisher" },
      { outlet: "CNN", role: "cited" }
    ]
  )
  const t = article.text
  return new ArticleExtraction({
    article,
    actors: [
      actor(ids.zelensky, "Volodymyr Zelensky", "person", ["Zelensky"], ["President of Ukraine"], "UA"),
      actor(ids.peskov, "Dmitry Peskov", "person", ["Peskov"], ["Kremlin spokesman"], "RU"),
      actor(ids.russia, "Russia", "state", ["Russian"], [], "RU")
    ],
    mentions: [
      new ActorMention({ actorId: ids.russia, ...evidence(t, "Russian") }),
      new ActorMention({ actorId: ids.zelensky, ...evidence(t, "Zelensky") }),
      new ActorMention({ actorId: ids.peskov, ...evidence(t, "Dmitry Peskov") }),
      new ActorMention({ actorId: ids.zelensky, ...evidence(t, "Zelensky", 1) })
    ],
    statements: [
      statement(t, ids.a1, 1, {
        speakerId: ids.zelensky,
        speakerName: "Volodymyr Zelensky",
        quote: "We will rebuild every home,",
        sentence: `"We will rebuild every home," Zelensky said.`,
        cue: "said",
        kind: "direct"
      }),
      statement(t, ids.a1, 2, {
        speakerId: ids.peskov,
        speakerName: "Dmitry Peskov",
        quote: "the strikes hit military targets",
        sentence: `Kremlin spokesman Dmitry Peskov told reporters that "the strikes hit military targets".`,
        cue: "told reporters",
        kind: "direct"
      }),
      statement(t, ids.a1, 3, {
        speakerId: ids.zelensky,
        speakerName: "Volodymyr Zelensky",
        quote: "the air defence held",
        sentence: "Zelensky later said the air defence held.",
        cue: "said",
        kind: "indirect",
        date: "2025-01-09" as IsoDate
      })
    ],
    incidents: [
      report(t, ids.a1, 1, {
        kind: "missile",
        place: kyiv,
        placeMention: "Kyiv",
        date: "2025-01-10" as IsoDate,
        weapons: ["missile"],
        killed: 3,
        injured: 10,
        clause: "A Russian missile strike on Kyiv killed 3 people and injured 10.",
        perpetrator: true
      })
    ]
  })
})()

/** 2025-01-11: the same Kyiv strike, dated a day later, with a higher death toll; Zelensky quoted under another alias. */
export const article2 = (() => {
  const article = articleOf(
    ids.a2,
    "2025-01-11-kiev.txt",
    "2025-01-11",
    "Death toll rises in KIEV\nReuters. The death toll of the missile and drone attack on KIEV rose to 5, with 8 injured. " +
      `President Volodymyr Zelensky said "Ukraine needs more air defence".`,
    [{ outlet: "Reuters", role: "publisher" }]
  )
  const t = article.text
  return new ArticleExtraction({
    article,
    actors: [actor(ids.zelensky, "Zelensky V.", "group", ["President Volodymyr Zelensky"], ["Commander-in-chief"], null)],
    mentions: [new ActorMention({ actorId: ids.zelensky, ...evidence(t, "President Volodymyr Zelensky") })],
    statements: [
      statement(t, ids.a2, 1, {
        speakerId: ids.zelensky,
        speakerName: "Volodymyr Zelensky",
        quote: "Ukraine needs more air defence",
        sentence: `President Volodymyr Zelensky said "Ukraine needs more air defence".`,
        cue: "said",
        kind: "direct"
      })
    ],
    incidents: [
      report(t, ids.a2, 1, {
        kind: "missile",
        place: new Place({ ...kyiv }),
        placeMention: "KIEV",
        date: "2025-01-11" as IsoDate,
        weapons: ["drone", "missile"],
        killed: 5,
        injured: 8,
        clause: "The death toll of the missile and drone attack on KIEV rose to 5, with 8 injured."
      })
    ]
  })
})()

/** 2025-02-03: events that must not merge with the Kyiv strike: a Kharkiv drone attack, a Kyiv drone attack, a later Kyiv missile strike. */
export const article3 = (() => {
  const article = articleOf(
    ids.a3,
    "2025-02-03-kharkiv.txt",
    "2025-02-03",
    "Drones hit Kharkiv\nUkrinform. A drone attack on Kharkiv injured 4. A drone attack on Kyiv injured 2. " +
      "A missile strike on Kyiv on January 13 killed 1. Peskov declined to comment.",
    [{ outlet: "Ukrinform", role: "publisher" }]
  )
  const t = article.text
  return new ArticleExtraction({
    article,
    actors: [actor(ids.peskov, "Dmitry Peskov", "person", ["Peskov", "the Kremlin spokesman"], [], "RU")],
    mentions: [new ActorMention({ actorId: ids.peskov, ...evidence(t, "Peskov") })],
    statements: [],
    incidents: [
      report(t, ids.a3, 1, {
        kind: "drone",
        place: kharkiv,
        placeMention: "Kharkiv",
        date: "2025-02-03" as IsoDate,
        weapons: ["drone"],
        killed: null,
        injured: 4,
        clause: "A drone attack on Kharkiv injured 4.",
        perpetrator: true
      }),
      report(t, ids.a3, 2, {
        kind: "drone",
        place: kyiv,
        placeMention: "Kyiv",
        date: "2025-01-10" as IsoDate,
        weapons: ["drone"],
        killed: null,
        injured: 2,
        clause: "A drone attack on Kyiv injured 2."
      }),
      report(t, ids.a3, 3, {
        kind: "missile",
        place: kyiv,
        placeMention: "Kyiv",
        date: "2025-01-13" as IsoDate,
        weapons: ["missile"],
        killed: 1,
        injured: null,
        clause: "A missile strike on Kyiv on January 13 killed 1."
      })
    ]
  })
})()
