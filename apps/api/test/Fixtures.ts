/** Two small news articles extracted by hand (statements by two speakers, one drone strike both report), stored in a real SQLite file for the API tests. */
import {
  Actor,
  ActorMention,
  Article,
  ArticleExtraction,
  Evidence,
  IncidentReport,
  Place,
  Statement,
  actorIdOf,
  printArticleFile,
  type ArticleId,
  type IncidentId,
  type IncidentReportId,
  type IsoDate,
  type StatementId,
  type StatementKind
} from "@wirewatch/domain"
import { ArticleRepository, SqliteStoreLive } from "@wirewatch/store"
import { Effect, ManagedRuntime } from "effect"
import type { Hono } from "hono"
import { createHash } from "node:crypto"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { makeApp } from "../src/App.ts"
import type { ApiRuntime } from "../src/Endpoint.ts"

export const zelensky = new Actor({
  id: actorIdOf("person", "Volodymyr Zelensky"),
  name: "Volodymyr Zelensky",
  kind: "person",
  aliases: ["Zelensky"],
  roles: ["President of Ukraine"],
  country: "UA"
})
export const peskov = new Actor({
  id: actorIdOf("person", "Dmitry Peskov"),
  name: "Dmitry Peskov",
  kind: "person",
  aliases: ["Peskov"],
  roles: ["Kremlin spokesman"],
  country: "RU"
})
export const russia = new Actor({
  id: actorIdOf("state", "Russia"),
  name: "Russia",
  kind: "state",
  aliases: ["Russian"],
  roles: [],
  country: "RU"
})

export const kharkiv = new Place({ name: "Kharkiv", region: "Kharkiv Oblast", country: "Ukraine", countryCode: "UA", lat: 49.99, lon: 36.23 })

const idOfText = (text: string): ArticleId => createHash("sha256").update(text).digest("hex").slice(0, 16) as ArticleId

/** The span of the `nth` occurrence of `needle` in `text`; the fixture fails loudly if the text changes under it. */
const spanOf = (text: string, needle: string, nth = 1): { start: number; end: number } => {
  let start = -1
  for (let i = 0; i < nth; i++) {
    start = text.indexOf(needle, start + 1)
    if (start < 0) throw new Error(`fixture text lacks ${JSON.stringify(needle)} (occurrence ${nth})`)
  }
  return { start, end: start + needle.length }
}

const evidence = (text: string, needle: string): Evidence => {
  const { start, end } = spanOf(text, needle)
  return new Evidence({ start, end, text: text.slice(start, end) })
}

const articleOf = (fileName: string, date: IsoDate, body: string): Article => {
  const text = printArticleFile(date, body)
  return new Article({
    id: idOfText(text),
    fileName,
    date,
    title: body.split("\n")[0]!,
    text,
    bodyStart: ` date ${date} `.length,
    sources: [],
    extractorVersion: "test-1"
  })
}

interface StatementSpec {
  readonly n: number
  readonly speaker: Actor
  readonly mention: string
  readonly kind: StatementKind
  readonly words: string
  readonly sentence: string
  readonly cue: string
  readonly channel?: string
}

const statementOf = (article: Article, spec: StatementSpec): Statement => {
  const { start, end } = spanOf(article.text, spec.words)
  return new Statement({
    id: `${article.id}:s${spec.n}` as StatementId,
    articleId: article.id,
    speakerId: spec.speaker.id,
    speakerName: spec.speaker.name,
    speakerKind: spec.speaker.kind,
    speakerMention: spec.mention,
    kind: spec.kind,
    text: spec.words,
    start,
    end,
    sentence: evidence(article.text, spec.sentence),
    cue: spec.cue,
    date: article.date,
    addressee: null,
    channel: spec.channel ?? null
  })
}

const mentionsOf = (article: Article, actor: Actor, surface: string, count: number): Array<ActorMention> =>
  Array.from({ length: count }, (_, i) => {
    const { start, end } = spanOf(article.text, surface, i + 1)
    return new ActorMention({ actorId: actor.id, start, end, text: surface })
  })

// Article A, Monday 3 March 2025: Zelensky (direct), Peskov (indirect), and a drone strike on Kharkiv.
const articleA = articleOf(
  "2025-03-03_kharkiv.txt",
  "2025-03-03" as IsoDate,
  [
    "Zelensky vows to hold the line after strike on Kharkiv",
    "",
    'Ukrainian President Volodymyr Zelensky said on Monday: "We will not give up our land." ' +
      "Russian drones struck Kharkiv overnight, killing 3 people and injuring 12, officials said. " +
      "Kremlin spokesman Dmitry Peskov told reporters that Moscow was ready for talks."
  ].join("\n")
)

// Article B, Wednesday 12 March 2025: Peskov (direct), Zelensky (direct, on Telegram), and the same strike, now with 4 dead.
const articleB = articleOf(
  "2025-03-12_peskov.txt",
  "2025-03-12" as IsoDate,
  [
    "Peskov rejects ceasefire plan",
    "",
    'Dmitry Peskov said on Wednesday that "the plan is unacceptable". ' +
      "The toll of the Russian drone attack on Kharkiv on March 3 rose to 4 dead, the regional governor said. " +
      'Zelensky wrote on Telegram: "Ukraine needs air defence now."'
  ].join("\n")
)

const reportOf = (article: Article, fields: { killed: number | null; injured: number | null; clause: string; mention: string }) =>
  new IncidentReport({
    id: `${article.id}:i1` as IncidentReportId,
    incidentId: `${article.id}:i1` as IncidentId,
    articleId: article.id,
    kind: "drone",
    place: kharkiv,
    placeMention: "Kharkiv",
    date: "2025-03-03" as IsoDate,
    datePrecision: "day",
    perpetratorId: russia.id,
    perpetrator: russia.name,
    weapons: ["drone"],
    killed: fields.killed,
    injured: fields.injured,
    evidence: evidence(article.text, fields.clause),
    mentions: [evidence(article.text, fields.mention)]
  })

export const extractionA = new ArticleExtraction({
  article: articleA,
  actors: [zelensky, peskov, russia],
  mentions: [
    ...mentionsOf(articleA, zelensky, "Volodymyr Zelensky", 1),
    ...mentionsOf(articleA, peskov, "Dmitry Peskov", 1),
    ...mentionsOf(articleA, russia, "Russian", 1)
  ],
  statements: [
    statementOf(articleA, {
      n: 1,
      speaker: zelensky,
      mention: "Ukrainian President Volodymyr Zelensky",
      kind: "direct",
      words: "We will not give up our land.",
      sentence: 'Ukrainian President Volodymyr Zelensky said on Monday: "We will not give up our land."',
      cue: "said"
    }),
    statementOf(articleA, {
      n: 2,
      speaker: peskov,
      mention: "Kremlin spokesman Dmitry Peskov",
      kind: "indirect",
      words: "Moscow was ready for talks",
      sentence: "Kremlin spokesman Dmitry Peskov told reporters that Moscow was ready for talks.",
      cue: "told reporters"
    })
  ],
  incidents: [
    reportOf(articleA, {
      killed: 3,
      injured: 12,
      clause: "Russian drones struck Kharkiv overnight, killing 3 people and injuring 12",
      mention: "Kharkiv"
    })
  ]
})

export const extractionB = new ArticleExtraction({
  article: articleB,
  actors: [zelensky, peskov, russia],
  mentions: [
    ...mentionsOf(articleB, peskov, "Peskov", 2),
    ...mentionsOf(articleB, zelensky, "Zelensky", 1),
    ...mentionsOf(articleB, russia, "Russian", 1)
  ],
  statements: [
    statementOf(articleB, {
      n: 1,
      speaker: peskov,
      mention: "Dmitry Peskov",
      kind: "direct",
      words: "the plan is unacceptable",
      sentence: 'Dmitry Peskov said on Wednesday that "the plan is unacceptable".',
      cue: "said"
    }),
    statementOf(articleB, {
      n: 2,
      speaker: zelensky,
      mention: "Zelensky",
      kind: "direct",
      words: "Ukraine needs air defence now.",
      sentence: 'Zelensky wrote on Telegram: "Ukraine needs air defence now."',
      cue: "wrote",
      channel: "Telegram"
    })
  ],
  incidents: [
    reportOf(articleB, {
      killed: 4,
      injured: null,
      clause: "The toll of the Russian drone attack on Kharkiv on March 3 rose to 4 dead",
      mention: "Kharkiv"
    })
  ]
})

export const articleIdA = articleA.id
export const articleIdB = articleB.id

/** A fresh database in a temp dir holding both articles, the app over it, and a way to throw both away. */
export interface TestApi {
  readonly app: Hono
  readonly runtime: ApiRuntime
  readonly dispose: () => Promise<void>
}

export const makeTestApi = async (): Promise<TestApi> => {
  const dir = mkdtempSync(join(tmpdir(), "wirewatch-api-"))
  const runtime = ManagedRuntime.make(SqliteStoreLive({ filename: join(dir, "test.db") }))
  await runtime.runPromise(
    Effect.gen(function* () {
      const repo = yield* ArticleRepository
      yield* repo.saveExtraction(extractionA)
      yield* repo.saveExtraction(extractionB)
    })
  )
  return {
    app: makeApp(runtime),
    runtime,
    dispose: async () => {
      await runtime.dispose()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

/** GETs `path` from the app in process and parses the JSON body. */
export const getJson = async (app: Hono, path: string): Promise<{ status: number; body: any; headers: Headers }> => {
  const res = await app.request(path)
  return { status: res.status, body: await res.json(), headers: res.headers }
}
