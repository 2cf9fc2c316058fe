/** The setting of one synthetic article (date, conflict, city, attacker, cast) and how it names people and places consistently. */
import type { Prng } from "./Prng.ts"
import { MONTHS, THEATRES, WEEKDAYS, WORLD_OUTLETS, WORLD_SPEAKERS, type Attacker, type City, type Speaker, type Stance, type Theatre } from "./Vocabulary.ts"

export interface Scene {
  readonly rng: Prng
  /** Publication date, YYYY-MM-DD. */
  readonly date: string
  readonly theatre: Theatre
  readonly city: City
  readonly attacker: Attacker
  readonly cast: ReadonlyArray<Speaker>
  /** Speakers already introduced by full role and name; later mentions use the short form. */
  readonly introduced: Set<string>
  /** Invented local official of this article: role and name. */
  readonly localOfficial: { readonly role: string; readonly name: string }
}

const fitsYear = (years: readonly [number, number] | undefined, year: number): boolean =>
  years === undefined || (year >= years[0] && year <= years[1])

export const makeScene = (rng: Prng, date: string): Scene => {
  const year = Number(date.slice(0, 4))
  const theatres = THEATRES.filter((t) => fitsYear(t.years, year))
  const theatre = rng.weighted(theatres.map((t) => [t.weight, t] as const))
  const city = rng.pick(theatre.cities)
  const attacker = rng.pick(theatre.attackers)
  const cast = [...theatre.speakers, ...WORLD_SPEAKERS].filter((s) => fitsYear(s.years, year))
  const role = rng.pick(theatre.localRoles).replaceAll("{city}", city.name).replaceAll("{region}", city.region)
  const name = `${rng.pick(theatre.firstNames)} ${rng.pick(theatre.lastNames)}`
  return { rng, date, theatre, city, attacker, cast, introduced: new Set(), localOfficial: { role, name } }
}

/** A speaker of that stance, preferring the theatre's own cast. */
export const speakerOf = (scene: Scene, stance: Stance): Speaker => {
  const own = scene.theatre.speakers.filter((s) => s.stance === stance && scene.cast.includes(s))
  const pool = own.length > 0 && scene.rng.chance(0.75) ? own : scene.cast.filter((s) => s.stance === stance)
  return scene.rng.pick(pool.length > 0 ? pool : scene.cast)
}

/**
 * How a sentence names a speaker: role and full name the first time, the short name after.
 * As a `subject` an appositive ("Isaac Herzog, the Israeli president,") is closed by a comma.
 */
export const speakerRef = (scene: Scene, speaker: Speaker, position: "subject" | "end" = "end"): string => {
  if (scene.introduced.has(speaker.name)) return speaker.short
  scene.introduced.add(speaker.name)
  if (speaker.kind === "organization" || speaker.role === "") return speaker.name
  if (scene.rng.chance(0.8)) return `${speaker.role} ${speaker.name}`
  const role = speaker.role.replace(/\b(President|Prime Minister|Foreign Minister|Defence Minister|Mayor|Chancellor)\b/, (w) => w.toLowerCase())
  return `${speaker.name}, the ${role}${position === "subject" ? "," : ""}`
}

/** The article's local official, introduced once with their role. */
export const localOfficialRef = (scene: Scene): string => {
  const { name, role } = scene.localOfficial
  if (scene.introduced.has(name)) return name.split(" ").slice(1).join(" ")
  scene.introduced.add(name)
  return `${role} ${name}`
}

/** The city as written: usually its canonical name, sometimes a variant spelling. */
export const cityMention = (scene: Scene): string =>
  scene.city.variants !== undefined && scene.rng.chance(0.2) ? scene.rng.pick(scene.city.variants) : scene.city.name

export const outletOf = (scene: Scene): string =>
  scene.rng.chance(0.6) ? scene.rng.pick(scene.theatre.outlets) : scene.rng.pick(WORLD_OUTLETS)

/** Fills `{city}`, `{country}` and `{attacker}` in a phrase. */
export const fill = (scene: Scene, phrase: string): string =>
  phrase.replaceAll("{city}", scene.city.name).replaceAll("{country}", scene.theatre.country).replaceAll("{attacker}", scene.attacker.state)

const dayOf = (date: string, back: number): Date => {
  const t = new Date(`${date}T00:00:00Z`)
  t.setUTCDate(t.getUTCDate() - back)
  return t
}

/** When something happened, relative to the publication date: "overnight", "on Thursday", "early on 3 May". */
export const timePhrase = (scene: Scene): string => {
  const { rng } = scene
  const day = dayOf(scene.date, rng.int(0, 4))
  const weekday = WEEKDAYS[(day.getUTCDay() + 6) % 7]!
  return rng.weighted<string>([
    [4, "overnight"],
    [4, `on ${weekday}`],
    [2, `early on ${weekday}`],
    [2, `on ${weekday} night`],
    [1, `late on ${weekday}`],
    [1, `on ${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]!}`],
    [1, "this morning"],
    [1, "on the night of " + `${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]!}`]
  ])
}

/** The weekday of the publication date, for "said on Friday". */
export const publicationWeekday = (scene: Scene): string => WEEKDAYS[(dayOf(scene.date, 0).getUTCDay() + 6) % 7]!
