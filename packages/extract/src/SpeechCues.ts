/** The lexicon of speech-act cues ("said", "told reporters", "according to", "made it clear") and how to find them in a sentence. */
import { isUpperCode } from "./Characters.ts"

/** How the reported content follows the cue. */
export type CueFrame =
  /** "said (that) CLAUSE", "CLAUSE, X said" */
  | "say"
  /** "told Y (that) CLAUSE": an addressee first */
  | "tell"
  /** "accused Y of Z", "urged Y to Z", "vowed to Z", "described Y as Z": the content is what follows */
  | "object"
  /** "according to X" */
  | "according"

export interface CueMatch {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly frame: CueFrame
  /** The verb's lemma, e.g. "say". */
  readonly lemma: string
}

const SAY_FORMS: Record<string, ReadonlyArray<string>> = {
  say: ["said", "says", "say", "saying"],
  add: ["added", "adds", "adding"],
  write: ["wrote", "writes", "writing"],
  state: ["stated", "stating"],
  announce: ["announced", "announces", "announcing"],
  report: ["reported", "reports", "reporting"],
  claim: ["claimed", "claims", "claim", "claiming"],
  warn: ["warned", "warns", "warning"],
  insist: ["insisted", "insists", "insisting"],
  confirm: ["confirmed", "confirms", "confirming"],
  note: ["noted", "notes", "noting"],
  stress: ["stressed", "stresses", "stressing"],
  emphasize: ["emphasized", "emphasised", "emphasizes", "emphasises", "emphasizing", "emphasising"],
  argue: ["argued", "argues", "arguing"],
  suggest: ["suggested", "suggests", "suggesting"],
  assert: ["asserted", "asserts", "asserting"],
  acknowledge: ["acknowledged", "acknowledges", "acknowledging"],
  admit: ["admitted", "admits", "admitting"],
  declare: ["declared", "declares", "declaring"],
  indicate: ["indicated", "indicates", "indicating"],
  charge: ["charged"],
  explain: ["explained", "explains", "explaining"],
  reiterate: ["reiterated", "reiterates", "reiterating"],
  allege: ["alleged", "alleges", "alleging"],
  tweet: ["tweeted", "tweets", "tweeting"],
  post: ["posted", "posting"],
  assess: ["assessed", "assesses"],
  estimate: ["estimated"],
  predict: ["predicted", "predicts"],
  recall: ["recalled", "recalls"],
  reply: ["replied", "replies", "responded"],
  conclude: ["concluded"],
  contend: ["contended", "contends"],
  announce_tell: ["informed"]
}
const OBJECT_FORMS: Record<string, ReadonlyArray<string>> = {
  accuse: ["accused", "accuses", "accusing"],
  urge: ["urged", "urges", "urging"],
  vow: ["vowed", "vows", "vowing"],
  pledge: ["pledged", "pledges", "pledging"],
  promise: ["promised", "promises", "promising"],
  threaten: ["threatened", "threatens", "threatening"],
  demand: ["demanded", "demands", "demanding"],
  deny: ["denied", "denies", "denying"],
  describe: ["described", "describes", "describing"],
  characterize: ["characterized", "characterised", "characterizes", "characterises", "characterizing"],
  call: ["calling", "called", "calls"],
  ask: ["asks", "asked"],
  blame: ["blamed", "blames", "blaming"],
  reject: ["rejected", "rejects", "rejecting"],
  dismiss: ["dismissed", "dismisses", "dismissing"]
}
const TELL_FORMS = ["told", "tells", "telling"]

const LEMMA = new Map<string, [string, CueFrame]>()
for (const [lemma, forms] of Object.entries(SAY_FORMS)) for (const f of forms) LEMMA.set(f, [lemma, "say"])
for (const [lemma, forms] of Object.entries(OBJECT_FORMS)) for (const f of forms) LEMMA.set(f, [lemma, "object"])
for (const f of TELL_FORMS) LEMMA.set(f, ["tell", "tell"])

const words = [...LEMMA.keys()].sort((a, b) => b.length - a.length).join("|")

/**
 * One pass over a sentence: auxiliaries and "also"/"reportedly" before the verb are part of the cue
 * ("has said", "had reported", "reportedly asks"); phrasal cues come first.
 */
const CUE_AUX = String.raw`\b(?:(?:has|have|had|was|were|is|are|also|further|then|later|earlier|initially|previously|reportedly|repeatedly|again|once|publicly|separately)\s+){0,2}`
const cueSource = (quotedWord: string): string =>
  CUE_AUX +
    String.raw`(?:(made it clear|make it clear|makes it clear|according to|in the words of|quoted\s+(?:${quotedWord}+\s+){0,6}?as saying|called on|calls on|calling on|called for|calls for|calling for|told reporters|told journalists|told the media|told a news conference|said in a statement|said in a televised statement|said in a speech|said on X|posted on X|wrote on X|wrote on Telegram|said on Telegram|wrote on Facebook|said on social media)|(${words}))\b`
/** The cue pattern as defined (Unicode-aware, case-insensitive); it decides every match. */
const CUE = new RegExp(cueSource(String.raw`[\p{L}\p{N}.'’-]`), "giuy")
/**
 * The same pattern without the `u` flag (about 3x faster in V8) and with a wider word class: it matches wherever CUE
 * can, so it only proposes positions, which CUE then confirms. Texts with the two letters whose case folding differs
 * between the modes (long s, Kelvin sign) use CUE alone.
 */
const CUE_CANDIDATE = new RegExp(cueSource(String.raw`[^\s]`), "gi")
/** Whether `s` holds one of those two letters (two searches for a code unit; a one-byte string is answered at once). */
const foldingDiffers = (s: string): boolean => s.indexOf("\u017F") !== -1 || s.indexOf("\u212A") !== -1

/** The next CUE match at or after `from` in `slice`; `folding` tells whether the slice holds one of those two letters. */
const nextCue = (slice: string, from: number, folding: boolean): RegExpExecArray | null => {
  if (folding) {
    const unicode = new RegExp(CUE.source, "giu")
    unicode.lastIndex = from
    return unicode.exec(slice)
  }
  CUE_CANDIDATE.lastIndex = from
  for (let c = CUE_CANDIDATE.exec(slice); c !== null; c = CUE_CANDIDATE.exec(slice)) {
    CUE.lastIndex = c.index
    const m = CUE.exec(slice)
    if (m !== null) return m
    CUE_CANDIDATE.lastIndex = c.index + 1
  }
  return null
}

export const findCues = (text: string, from: number, to: number): Array<CueMatch> => {
  const out: Array<CueMatch> = []
  const slice = text.slice(from, to)
  let m: RegExpExecArray | null
  let at = 0
  const folding = foldingDiffers(slice)
  while ((m = nextCue(slice, at, folding)) !== null) {
    at = m.index + Math.max(1, m[0].length)
    const phrase = m[1]
    const verb = m[2]
    const start = from + m.index
    const end = start + m[0].length
    if (phrase !== undefined) {
      const p = phrase.toLowerCase()
      const frame: CueFrame =
        p === "according to" || p === "in the words of" ? "according" :
        p.startsWith("called on") || p.startsWith("calls on") || p.startsWith("calling on") || p.includes("for") ? "object" :
        "say"
      const lemma = p.startsWith("quoted") ? "quote" : p.includes("clear") ? "make clear" : p.split(" ")[0]!
      out.push({ start, end, text: text.slice(start, end), frame, lemma })
    } else if (verb !== undefined) {
      // most verbs come as written in the lexicon (lower case): no lowercased copy to make and hash
      const entry = LEMMA.get(verb) ?? LEMMA.get(verb.toLowerCase())
      if (entry === undefined) continue
      // "According" at a sentence start is already a phrase; a capitalized verb mid-sentence is a name ("Said")
      if (m.index > 0 && isUpperCode(verb.charCodeAt(0))) continue
      out.push({ start, end, text: text.slice(start, end), frame: entry[1], lemma: entry[0] })
    }
  }
  return out
}

/** Channel named around a cue: "on Truth Social", "on X", "on Telegram", "in a statement". */
export const CHANNEL = /\b(?:on|via|in a post on|in a statement on|posted on|wrote on)\s+(?:his |her |their |its |the )?(Truth Social|X|Twitter|Telegram|Facebook|Instagram|YouTube|social media|television|state television|TV)\b/i
