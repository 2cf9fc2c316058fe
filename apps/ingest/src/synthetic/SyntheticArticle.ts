/** One synthetic news article in the input file format, built from a seed and an index alone (so any article can be made on its own). */
import { capitalize } from "./EnglishWords.ts"
import { incidentHeadline, incidentSentence } from "./IncidentSentences.ts"
import { BACKGROUND, SUBHEADINGS } from "./Phrases.ts"
import { articleSeed, Prng } from "./Prng.ts"
import { fill, makeScene, outletOf, type Scene } from "./Scene.ts"
import { anonymousStatement, directQuote, indirectSpeech, statementHeadline, statementLead } from "./StatementSentences.ts"

export interface SyntheticArticle {
  /** `syn-000001.txt` for index 0. */
  readonly fileName: string
  readonly date: string
  /** The whole file content. */
  readonly text: string
}

/** Where the lead paragraph's sources come from: "UNN reports with reference to CNN". */
const citation = (scene: Scene): string => {
  const { rng } = scene
  const outlet = outletOf(scene)
  let cited = outletOf(scene)
  if (cited === outlet) cited = outlet === "CNN" ? "Reuters" : "CNN"
  return rng.weighted<string>([
    [3, `, ${outlet} reports with reference to ${cited}`],
    [1, `, ${outlet} reports`],
    [1, `, ${outlet} reported, citing ${cited}`],
    [1, `, according to ${outlet}`]
  ])
}

/** Appends a source citation to a sentence ending in a period. */
const cite = (scene: Scene, sentence: string): string => sentence.replace(/\.$/, `${citation(scene)}.`)

const bodySentence = (scene: Scene): string =>
  scene.rng.weighted<(s: Scene) => string>([
    [5, directQuote],
    [3, indirectSpeech],
    [1, incidentSentence],
    [1, anonymousStatement],
    [2, (s) => s.rng.pick(BACKGROUND)]
  ])(scene)

const paragraph = (scene: Scene): string => {
  const n = scene.rng.weighted<number>([[5, 1], [3, 2], [1, 3]])
  return Array.from({ length: n }, () => bodySentence(scene)).join(" ")
}

/** A dateline that opens the lead: "KYIV (Reuters) – ". */
const dateline = (scene: Scene): string =>
  scene.rng.chance(0.15) ? `${scene.city.name.toUpperCase()} (${scene.rng.pick(["Reuters", "AP", "AFP"])}) – ` : ""

/** The article body and its first-line layout. */
const articleBody = (scene: Scene): { readonly lead: string; readonly rest: ReadonlyArray<string> } => {
  const { rng } = scene
  const incidentLed = rng.chance(0.6)
  const headline = rng.chance(0.2) ? (incidentLed ? incidentHeadline(scene) : statementHeadline(scene)) : null
  const first = incidentLed ? incidentSentence(scene) : statementLead(scene)
  const lead = dateline(scene) + (rng.chance(0.5) ? cite(scene, first) : first) + (rng.chance(0.4) ? ` ${incidentLed ? indirectSpeech(scene) : incidentSentence(scene)}` : "")
  const rest: Array<string> = []
  const paragraphs = rng.int(2, 7)
  for (let i = 0; i < paragraphs; i++) {
    if (i > 0 && rng.chance(0.08)) rest.push(capitalize(fill(scene, rng.pick(SUBHEADINGS))))
    rest.push(paragraph(scene))
  }
  return headline === null ? { lead, rest } : { lead: headline, rest: [lead, ...rest] }
}

/** The date line plus body, in one of the layouts real files use. */
const layout = (scene: Scene, lead: string, rest: ReadonlyArray<string>): string => {
  const { rng } = scene
  const separator = rng.chance(0.85) ? "\n\n" : "\n"
  const body = [lead, ...rest].join(separator)
  return rng.weighted<string>([
    [7, ` date ${scene.date} ${body}`],
    [2, `date ${scene.date}\n${body}`],
    [1, ` date ${scene.date}\n\n${body}`]
  ]) + (rng.chance(0.7) ? "\n" : "")
}

const DAY_MS = 86_400_000

/** Article `index` (0-based) of the corpus of `seed`, dated uniformly within [from, to]. */
export const syntheticArticle = (seed: number, index: number, from: string, to: string): SyntheticArticle => {
  const rng = new Prng(articleSeed(seed, index))
  const start = Date.parse(`${from}T00:00:00Z`)
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - start) / DAY_MS)
  const date = new Date(start + rng.int(0, days) * DAY_MS).toISOString().slice(0, 10)
  const scene = makeScene(rng, date)
  const { lead, rest } = articleBody(scene)
  return { fileName: `syn-${String(index + 1).padStart(6, "0")}.txt`, date, text: layout(scene, lead, rest) }
}
