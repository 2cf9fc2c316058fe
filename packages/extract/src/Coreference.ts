/** Resolves pronouns and descriptions ("he", "the President", "the Kremlin spokesman", "the ministry") to actors already met in the article. */
import { type ArticleActor, type Mention } from "./ActorDiscovery.ts"
import { stateOfWord } from "./KnowledgeBase.ts"

/** What the article has said so far, in reading order, for resolving the next reference. */
export interface Discourse {
  lastSpeaker: ArticleActor | null
  lastSpeakerAnonymous: string | null
  lastPersonSpeaker: ArticleActor | null
  lastOrgSpeaker: ArticleActor | null
  /** True when the latest speaker was an unnamed source, so "she added" continues that source. */
  lastWasAnonymous: boolean
}

export const emptyDiscourse = (): Discourse => ({ lastSpeaker: null, lastSpeakerAnonymous: null, lastPersonSpeaker: null, lastOrgSpeaker: null, lastWasAnonymous: false })

/** Role head nouns and the words that may name them in an actor's roles or titles. */
const ROLE_SYNONYMS: Record<string, ReadonlyArray<string>> = {
  president: ["president"],
  "prime minister": ["prime minister", "premier", "pm"],
  minister: ["minister"],
  "foreign minister": ["foreign minister", "top diplomat", "foreign secretary"],
  "top diplomat": ["foreign minister", "top diplomat", "foreign secretary"],
  "defence minister": ["defence minister", "defense minister", "defense secretary", "defence secretary"],
  "defense minister": ["defence minister", "defense minister", "defense secretary", "defence secretary"],
  "interior minister": ["interior minister"],
  "health minister": ["health minister"],
  spokesman: ["spokesman", "spokesperson", "spokeswoman", "press secretary"],
  spokesperson: ["spokesman", "spokesperson", "spokeswoman"],
  spokeswoman: ["spokeswoman", "spokesperson"],
  mayor: ["mayor"],
  governor: ["governor"],
  "secretary general": ["secretary general", "secretary-general"],
  "secretary-general": ["secretary general", "secretary-general"],
  chancellor: ["chancellor"],
  doctor: ["dr", "dr.", "doctor"],
  general: ["gen", "gen.", "general"],
  leader: ["leader"],
  envoy: ["envoy"],
  ambassador: ["ambassador"],
  commander: ["commander"],
  chief: ["chief"]
}

/** The role heads, longest first, so "foreign minister" is tried before "minister". */
const ROLE_HEADS_LONGEST_FIRST = Object.keys(ROLE_SYNONYMS).sort((a, b) => b.length - a.length)

const roleText = (a: ArticleActor): string => [...a.roles, ...a.aliases].join(" | ").toLowerCase()

/** "... of Kyiv" at the end of a description. */
const OF_PLACE = /\bof\s+([\p{L}' -]+)$/u

/**
 * The actor a definite description names: "the French president", "the Kremlin spokesman", "the mayor of Kyiv", "the doctor".
 * Looks among actors mentioned before `at`, most recent first.
 */
export const resolveDescription = (description: string, mentions: ReadonlyArray<Mention>, at: number): ArticleActor | null => {
  const d = description.toLowerCase().replace(/^(?:the|this|that|his|her|its)\s+/, "").replace(/['’]s\b/g, "").trim()
  const words = d.split(/\s+/)
  let head: string | null = null
  for (const key of ROLE_HEADS_LONGEST_FIRST) {
    if (d === key || d.endsWith(` ${key}`) || d.startsWith(`${key} of`) || d.includes(` ${key} of`)) {
      head = key
      break
    }
  }
  if (head === null) return null
  const synonyms = ROLE_SYNONYMS[head]!
  // a nationality or place word in the description must agree: "the French president"
  const qualifier = words.find((w) => w !== head && stateOfWord(w.charAt(0).toUpperCase() + w.slice(1)) !== undefined)
  const qualifierCountry = qualifier === undefined ? null : stateOfWord(qualifier.charAt(0).toUpperCase() + qualifier.slice(1))?.country ?? null
  const ofPlace = OF_PLACE.exec(d)?.[1] ?? null
  const seen = new Set<string>()
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!
    if (m.start >= at) continue
    const a = m.actor
    if (seen.has(a.key) || a.kind !== "person") continue
    seen.add(a.key)
    const roles = roleText(a)
    if (!synonyms.some((s) => roles.includes(s))) continue
    if (qualifierCountry !== null && a.country !== null && a.country !== qualifierCountry) continue
    if (ofPlace !== null && !roles.includes(ofPlace.trim()) && !roles.includes(ofPlace.trim().split(" ")[0]!)) {
      if (a.country === null) continue
    }
    return a
  }
  return null
}

/** Organisation descriptions ("the ministry", "the military", "the statement") resolve to the latest organisation with that head. */
export const resolveOrganisationDescription = (description: string, mentions: ReadonlyArray<Mention>, at: number): ArticleActor | null => {
  const d = description.toLowerCase().replace(/^(?:the|this|that|its)\s+/, "").trim()
  const head = d.split(/\s+/).pop() ?? ""
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!
    if (m.start >= at) continue
    const a = m.actor
    if (a.kind !== "organization" && a.kind !== "group") continue
    const names = [a.name, ...a.aliases].join(" ").toLowerCase()
    if (names.includes(head)) return a
  }
  return null
}
