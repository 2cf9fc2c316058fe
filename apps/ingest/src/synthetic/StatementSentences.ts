/** Sentences that report speech: direct quotes in several quote styles, split and partial quotes, indirect speech and anonymous sources. */
import { capitalize } from "./EnglishWords.ts"
import { CLAUSES, PARTIAL_QUOTES, QUOTES } from "./Phrases.ts"
import { fill, outletOf, publicationWeekday, speakerOf, speakerRef, type Scene } from "./Scene.ts"
import { ANONYMOUS_SOURCES, type Speaker, type Stance } from "./Vocabulary.ts"

const STANCES: ReadonlyArray<readonly [number, Stance]> = [[5, "defender"], [2, "attacker"], [3, "mediator"]]

const SAY_VERBS = ["said", "told reporters", "said in a statement", "stressed", "added", "told journalists", "said at a press conference"]
const CHANNELS = ["on Telegram", "on X", "on Facebook", "in a video address", "in an evening address", "at a briefing"]
const INDIRECT_VERBS = ["said that", "warned that", "noted that", "stressed that", "has said that", "insisted that", "claimed that", "added that"]

const pickSpeaker = (scene: Scene): Speaker => speakerOf(scene, scene.rng.weighted(STANCES))
const quoteOf = (scene: Scene, speaker: Speaker): string => fill(scene, scene.rng.pick(QUOTES[speaker.stance]))
const clauseOf = (scene: Scene, speaker: Speaker): string => fill(scene, scene.rng.pick(CLAUSES[speaker.stance]))

/** Channel suited to the speaker: Truth Social is Trump's, video addresses are people's. */
const channelOf = (scene: Scene, speaker: Speaker): string => {
  if (speaker.name === "Donald Trump" && scene.rng.chance(0.6)) return "in a post on his Truth Social platform"
  const channel = scene.rng.pick(CHANNELS)
  return speaker.kind === "organization" && channel.includes("address") ? "on Telegram" : channel
}

/** A direct quote in one of the house styles of the world's news copy. */
export const directQuote = (scene: Scene): string => {
  const { rng } = scene
  const speaker = pickSpeaker(scene)
  const q = quoteOf(scene, speaker)
  const verb = rng.pick(SAY_VERBS)
  const style = rng.int(0, 8)
  switch (style) {
    case 0:
      return `"${q}," ${speakerRef(scene, speaker, "subject")} ${verb}.`
    case 1:
      return `“${q},” said ${speakerRef(scene, speaker)}.`
    case 2:
      return `«${q}», - ${speakerRef(scene, speaker, "subject")} ${verb}.`
    case 3:
      // Dash style: the quote without marks, then "- Name said" (common in translated Ukrainian copy).
      return `${q}. - ${capitalize(speakerRef(scene, speaker, "subject"))} ${verb}.`
    case 4: {
      const second = quoteOf(scene, speaker)
      return `"${q}," ${speakerRef(scene, speaker, "subject")} said. "${second}."`
    }
    case 5: {
      const words = q.split(" ")
      const cut = Math.max(2, Math.floor(words.length / 2))
      if (words.length < 6 || q.includes(".")) return `“${q},” ${speakerRef(scene, speaker, "subject")} ${verb}.`
      return `“${words.slice(0, cut).join(" ")},” ${speakerRef(scene, speaker, "subject")} said, “${words.slice(cut).join(" ")}.”`
    }
    case 6:
      return `${capitalize(speakerRef(scene, speaker, "subject"))} wrote ${speaker.name === "Donald Trump" ? "on Truth Social" : rng.pick(["on Telegram", "on X", "on Facebook"])}: "${q}."`
    case 7:
      return `${capitalize(channelOf(scene, speaker))}, ${speakerRef(scene, speaker, "subject")} said: «${q}».`
    default:
      return `${capitalize(speakerRef(scene, speaker, "subject"))} described the attack as "${rng.pick(PARTIAL_QUOTES)}" and said that ${clauseOf(scene, speaker)}.`
  }
}

/** Reported speech: `X said that ...`, `According to X, ...`. */
export const indirectSpeech = (scene: Scene): string => {
  const { rng } = scene
  const speaker = pickSpeaker(scene)
  const clause = clauseOf(scene, speaker)
  switch (rng.int(0, 3)) {
    case 0:
      return `According to ${speakerRef(scene, speaker)}, ${clause}.`
    case 1:
      return `${capitalize(speakerRef(scene, speaker, "subject"))} told ${outletOf(scene)} that ${clause}.`
    case 2:
      return `${capitalize(speakerRef(scene, speaker, "subject"))} ${channelOf(scene, speaker).replace(/^in a post on his/, "on his")} said that ${clause}.`
    default:
      return `${capitalize(speakerRef(scene, speaker, "subject"))} ${rng.pick(INDIRECT_VERBS)} ${clause}.`
  }
}

/** A statement by an unnamed source. */
export const anonymousStatement = (scene: Scene): string => {
  const { rng } = scene
  const source = rng.pick(ANONYMOUS_SOURCES)
  const stance = rng.weighted(STANCES)
  const clause = fill(scene, rng.pick(CLAUSES[stance]))
  switch (rng.int(0, 2)) {
    case 0:
      return `${capitalize(source)} told ${outletOf(scene)} that ${clause}.`
    case 1:
      return `According to ${source}, ${clause}.`
    default:
      return `"${fill(scene, rng.pick(QUOTES[stance]))}," said ${source}.`
  }
}

/** A lead sentence built on what someone said: "US President Donald Trump has said that ...". */
export const statementLead = (scene: Scene): string => {
  const speaker = pickSpeaker(scene)
  return `${capitalize(speakerRef(scene, speaker, "subject"))} ${scene.rng.pick(["has said that", `said on ${publicationWeekday(scene)} that`, "warned that", "said that"])} ${clauseOf(scene, speaker)}.`
}

/** A headline on what someone said: "Zelensky says ...". */
export const statementHeadline = (scene: Scene): string => {
  const speaker = pickSpeaker(scene)
  const clause = clauseOf(scene, speaker)
    .replace(/\bhad been\b/, "has been")
    .replace(/\bwould\b/, "will")
    .replace(/\bwas\b/, "is")
    .replace(/\bhad (\w+ed)\b/, "$1")
  const who = speaker.kind === "person" ? speaker.short : speaker.name.replace(/^the /, "")
  return `${capitalize(who)} says ${clause}`
}
