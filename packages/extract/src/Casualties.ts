/** Reads casualty figures ("at least 12 killed", "two people died", "a child was injured", "dozens" → unknown) from a clause. */

const UNITS: Record<string, number> = {
  zero: 0, no: 0, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19
}
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 }

/** A number written in digits or English words ("12", "1,200", "thirty-two", "a hundred"); null for vague amounts. */
export const parseNumber = (raw: string): number | null => {
  const s = raw.toLowerCase().replace(/[\u2013\u2014]/g, "-").trim()
  if (/^\d{1,3}(?:,\d{3})+$|^\d+$/.test(s)) return Number(s.replace(/,/g, ""))
  const parts = s.split(/[\s-]+/).filter((p) => p !== "and")
  let total = 0
  let current = 0
  let seen = false
  for (const p of parts) {
    if (p in UNITS) current += UNITS[p]!
    else if (p in TENS) current += TENS[p]!
    else if (p === "hundred") current = (current === 0 ? 1 : current) * 100
    else if (p === "thousand") {
      total += (current === 0 ? 1 : current) * 1000
      current = 0
    } else return null
    seen = true
  }
  return seen ? total + current : null
}

const NUM_WORD = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|a|an)(?:\s+hundred)?)`
const QUALIFIER = String.raw`(?:at least|more than|over|nearly|almost|about|around|some|up to|roughly|approximately|as many as|another|a further|further|a total of|total of)\s+`
/** Qualifiers that make a figure vague: used only when the article gives no exact one. */
const APPROXIMATE = /\b(?:nearly|almost|about|around|some|up to|roughly|approximately|as many as|close to)\s+$/i
const VICTIM = String.raw`(?:(?:\d+-year-old|other|more|young|elderly|palestinian|ukrainian|israeli|russian|syrian|lebanese|sudanese|iranian|yemeni|pakistani|indian|somali|displaced|innocent|unarmed)\s+){0,2}(?:people|persons|civilians|children|child|kids|women|woman|men|man|boys?|girls?|soldiers?|troops|residents|worshippers|students|teachers|workers|employees|members|officers|policemen|police officers|fighters|militants|patients|journalists|medics|others|individuals|victims|passengers|babies|baby|infants?|senior figures|commanders|couple|civilian|person|worshipper|resident|student|teacher|worker|employee|officer|soldier|fighter|patient|journalist|medic|victim|(?:aid\s+)?seekers|[\p{Ll}]+ers)`

const KILLED = String.raw`(?:killed|killing|kill|dead|died|die|dies|deaths?|death toll|lost their lives|were slain|fatalities|bodies|martyred)`
const INJURED = String.raw`(?:injured|injuring|injure|wounded|wounding|wound|injuries|hurt|hospitalized|hospitalised|casualties)`

/** "N [victims] (were|have been)? killed/injured" and "killed/injuring N [victims]", "N dead", "death toll ... to N". */
const PATTERNS: ReadonlyArray<[RegExp, "killed" | "injured"]> = [
  [new RegExp(String.raw`\b(?:${QUALIFIER})?(${NUM_WORD})\s+(?:${VICTIM})?(?:\s*,\s+including\s+[^,]{1,60},)?\s*(?:(?:were|was|have been|had been|has been|have|has|had|are|being|reportedly|also|later|all|people)\s+){0,3}(?:${KILLED})\b`, "gi"), "killed"],
  [new RegExp(String.raw`\b(?:death|deaths|killing|lives)\s+of\s+(?:${QUALIFIER})?(${NUM_WORD})\b`, "gi"), "killed"],
  [new RegExp(String.raw`\b(?:${KILLED}|killing|left)\s+(?:${QUALIFIER})?(${NUM_WORD})(?!\s*(?:%|percent|km|kilomet|mile|hour|day|year|drone|missile|rocket))\b`, "gi"), "killed"],
  [new RegExp(String.raw`\b(?:death toll|toll|number of (?:dead|deaths|killed|victims))\b[^.;]{0,40}?\b(?:to|at|reached|stands at|is|was)\s+(?:${QUALIFIER})?(${NUM_WORD})\b`, "gi"), "killed"],
  [new RegExp(String.raw`\b(?:${QUALIFIER})?(${NUM_WORD})\s+(?:${VICTIM})?(?:\s*,\s+including\s+[^,]{1,60},)?\s*(?:(?:were|was|have been|had been|has been|have|has|had|are|being|reportedly|also|later|others?|people)\s+){0,3}(?:${INJURED})\b(?!\s+(?:man|woman|child|boy|girl|person|soldier|civilian|men|women|children|people)\b)`, "gi"), "injured"],
  [new RegExp(String.raw`\b(?:${INJURED}|injuring|wounding|injuries to)\s+(?:${QUALIFIER})?(${NUM_WORD})(?!\s*(?:%|percent|km|drone|missile))\b`, "gi"), "injured"],
  [new RegExp(String.raw`\b(?:number of (?:people\s+)?(?:injured|wounded|victims)|injured toll)\b[^.;]{0,60}?\b(?:to|at|reached|is|was)\s+(?:${QUALIFIER})?(${NUM_WORD})\b`, "gi"), "injured"],
  [new RegExp(String.raw`\b(${NUM_WORD})\s+(?:dead|killed)\s+and\s+(${NUM_WORD})\s+(?:wounded|injured)\b`, "gi"), "killed"]
]

export interface Toll {
  killed: number | null
  injured: number | null
  /** True when the figure is only an approximation ("nearly a hundred"). */
  killedVague?: boolean
  injuredVague?: boolean
}

/** Folds a new report's figures into known ones: an exact figure beats a vague one, otherwise the highest wins. */
export const mergeTolls = (into: Toll, next: Toll): void => {
  const pick = (a: number | null, av: boolean, b: number | null, bv: boolean): [number | null, boolean] => {
    if (b === null) return [a, av]
    if (a === null) return [b, bv]
    if (av !== bv) return av ? [b, bv] : [a, av]
    return [Math.max(a, b), av]
  }
  ;[into.killed, into.killedVague] = pick(into.killed, into.killedVague === true, next.killed, next.killedVague === true)
  ;[into.injured, into.injuredVague] = pick(into.injured, into.injuredVague === true, next.injured, next.injuredVague === true)
}

const NOBODY_KILLED = /\b(?:no one|nobody|no casualties|no deaths|no fatalities|no one was)\b[^.]{0,30}\b(?:killed|died|hurt|injured|wounded|reported)?/i

/** The highest figures stated in `clause` for deaths and injuries; "dozens", "hundreds" give nothing. */
export const tollOf = (text: string): Toll => {
  // a comparison with an earlier event ("the deadliest attack since twin car bombs ... killing 100") is not this toll
  const comparison = /\b(?:deadliest|worst|biggest|largest|bloodiest)\b[^.]*?\bsince\b/i.exec(text)
  const clause = comparison === null ? text : text.slice(0, comparison.index)
  const toll: Toll = { killed: null, injured: null }
  const vague: Toll = { killed: null, injured: null }
  for (const [re, which] of PATTERNS) {
    re.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = re.exec(clause)) !== null) {
      const n = parseNumber(m[1]!)
      const before = clause.slice(Math.max(0, m.index - 12), m.index).toLowerCase()
      if (n === null || n > 100000) continue
      if (/\b(?:of|among|including)\s*$/.test(before) && which === "killed" && /\b(?:including)\s*$/.test(before)) continue
      if (m[2] !== undefined) {
        const inj = parseNumber(m[2])
        if (inj !== null) toll.injured = Math.max(toll.injured ?? 0, inj)
      }
      const numAt = m.index + m[0].indexOf(m[1]!)
      const target = APPROXIMATE.test(clause.slice(Math.max(0, numAt - 16), numAt)) ? vague : toll
      if (which === "killed") target.killed = Math.max(target.killed ?? 0, n)
      else target.injured = Math.max(target.injured ?? 0, n)
    }
  }
  if (toll.killed === null && vague.killed !== null) {
    toll.killed = vague.killed
    toll.killedVague = true
  }
  if (toll.injured === null && vague.injured !== null) {
    toll.injured = vague.injured
    toll.injuredVague = true
  }
  if (toll.killed === null && NOBODY_KILLED.test(clause) && /\b(?:killed|died|deaths|fatalities)\b/i.test(clause)) toll.killed = 0
  return toll
}
