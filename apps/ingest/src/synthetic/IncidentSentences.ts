/** Sentences that report an attack: who struck where and when, with what, and the toll in digits or words. */
import { capitalize, countInText, withIndefinite } from "./EnglishWords.ts"
import { TARGETS, VICTIM_DETAILS, VICTIMS } from "./Phrases.ts"
import { cityMention, localOfficialRef, timePhrase, type Scene } from "./Scene.ts"
import type { AttackStyle } from "./Vocabulary.ts"

const ATTACK_NOUN: Record<AttackStyle, string> = {
  missile: "missile attack",
  drone: "drone attack",
  combined: "combined missile and drone attack",
  shelling: "artillery shelling",
  airstrike: "airstrike",
  bombing: "bombing",
  raid: "raid",
  "glide bomb": "glide bomb attack",
  rocket: "rocket attack"
}

const WEAPON: Record<AttackStyle, string> = {
  missile: "missile",
  drone: "drone",
  combined: "missile",
  shelling: "shell",
  airstrike: "bomb",
  bombing: "bomb",
  raid: "explosive device",
  "glide bomb": "guided aerial bomb",
  rocket: "rocket"
}

/** "people" or "person", "civilians" or "civilian", to agree with the count. */
const noun = (n: number, plural: string): string => (n !== 1 ? plural : plural === "people" ? "person" : plural.replace(/s$/, ""))

const toll = (scene: Scene, max: number): number => (scene.rng.chance(0.1) ? scene.rng.int(12, max * 4) : scene.rng.int(1, max))

/** "killing 12 people and injuring three others, including a child", or with `finite` "killed 12 people and injured ...". */
const tollClause = (scene: Scene, finite = false): string => {
  const { rng } = scene
  const spell = rng.chance(0.3)
  const killed = toll(scene, 14)
  const injured = toll(scene, 40)
  const atLeast = rng.chance(0.35) ? "at least " : ""
  const victims = rng.pick(VICTIMS)
  const detail = rng.chance(0.25) ? `, ${rng.pick(VICTIM_DETAILS)}` : ""
  const kill = finite ? "killed" : "killing"
  const [injure, wound] = finite ? ["injured", "wounded"] : ["injuring", "wounding"]
  if (rng.chance(0.2)) return `${injure} ${atLeast}${countInText(injured, spell)} ${noun(injured, victims)}${detail}`
  if (rng.chance(0.2)) return `${kill} ${atLeast}${countInText(killed, spell)} ${noun(killed, victims)}${detail}`
  return `${kill} ${atLeast}${countInText(killed, spell)} ${noun(killed, victims)} and ${rng.pick([injure, wound])} ${countInText(injured, spell)} ${noun(injured, "others")}${detail}`
}

const style = (scene: Scene): AttackStyle => scene.rng.pick(scene.attacker.styles)

/** One sentence reporting an attack on the scene's city. */
export const incidentSentence = (scene: Scene): string => {
  const { rng, attacker, theatre } = scene
  const s = style(scene)
  const city = cityMention(scene)
  const when = timePhrase(scene)
  const source = rng.pick(theatre.tollSources)
  const form = rng.int(0, 7)
  switch (form) {
    case 0:
      return `${capitalize(attacker.state)} ${rng.pick(["launched", "carried out"])} a ${ATTACK_NOUN[s]} on ${city} ${when}, ${tollClause(scene)}, ${localOfficialRef(scene)} said.`
    case 1: {
      const killed = toll(scene, 20)
      const injured = toll(scene, 50)
      const spelled = capitalize(countInText(killed, true))
      const adjective = attacker.adjective === "unclaimed" ? "" : `${attacker.adjective} `
      return `${spelled} ${noun(killed, "people")} ${killed === 1 ? "was" : "were"} killed and ${countInText(injured, rng.chance(0.3))} ${rng.pick(["injured", "wounded"])} in ${withIndefinite(adjective + ATTACK_NOUN[s])} on ${rng.pick(TARGETS)} in ${city} ${when}, according to ${source}.`
    }
    case 2:
      return `${capitalize(when)}, ${attacker.forces} ${s === "airstrike" ? "bombed" : "shelled"} ${city}, ${tollClause(scene)}, ${source} said.`
    case 3: {
      if (theatre.airDefence === null || (s !== "drone" && s !== "missile" && s !== "combined")) {
        return `${capitalize(withIndefinite(WEAPON[s]))} hit ${rng.pick(TARGETS)} in ${city} ${when}, ${tollClause(scene)}, ${source} said.`
      }
      const drones = rng.int(8, 180)
      const missiles = rng.int(0, 12)
      const downed = rng.int(Math.floor(drones / 2), drones)
      const what = missiles === 0 ? `${drones} drones` : `${drones} drones and ${countInText(missiles, false)} missiles`
      return `${capitalize(attacker.state)} launched ${what} at ${theatre.country} ${when}, ${theatre.airDefence} said, adding that ${downed} drones had been shot down. In ${city}, debris fell on ${rng.pick(TARGETS)}, ${tollClause(scene)}.`
    }
    case 4:
      if (s === "raid") return `${capitalize(attacker.forces)} raided ${city} ${when}, ${tollClause(scene)}, ${source} said.`
      return `${capitalize(withIndefinite(WEAPON[s]))} struck ${rng.pick(TARGETS)} in ${city} ${when}, ${localOfficialRef(scene)} wrote on Telegram. It ${tollClause(scene, true)}.`
    case 5: {
      const injured = toll(scene, 30)
      return `At least ${countInText(injured, rng.chance(0.4))} ${noun(injured, "people")} ${injured === 1 ? "was" : "were"} injured when ${withIndefinite(WEAPON[s])} hit ${rng.pick(TARGETS)} in ${city} ${when}, ${source} said.`
    }
    case 6:
      if (s === "bombing" || rng.chance(0.3)) {
        return `A ${rng.pick(["car bomb", "roadside bomb", "bomb"])} exploded near ${rng.pick(TARGETS)} in ${city} ${when}, ${tollClause(scene)}.`
      }
      return `The ${ATTACK_NOUN[s]} on ${city} ${when} damaged ${rng.pick(TARGETS)}, ${tollClause(scene)}.`
    default:
      return `${capitalize(attacker.adjective === "unclaimed" ? "unidentified" : attacker.adjective)} ${rng.pick(["strikes", "attacks"])} on ${city} ${when} left ${countInText(toll(scene, 9), true)} dead, ${localOfficialRef(scene)} said.`
  }
}

/** A short headline about an attack: "Seven killed in Russian drone attack on Odesa". */
export const incidentHeadline = (scene: Scene): string => {
  const n = toll(scene, 20)
  const adjective = scene.attacker.adjective === "unclaimed" ? "" : `${scene.attacker.adjective} `
  return `${capitalize(countInText(n, true))} killed in ${adjective}${ATTACK_NOUN[style(scene)]} on ${scene.city.name}`
}
