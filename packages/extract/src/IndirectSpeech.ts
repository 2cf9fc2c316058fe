/** Finds where reported content starts and ends around a cue: "said (that) CLAUSE", "CLAUSE, X said", "according to X, CLAUSE", "accused Y of Z". */

/** Words that may stand between a cue and its content: time, channel, manner ("said on Thursday in a statement that"). */
const ADVERBIAL =
  /^(?:\s*(?:,\s*)?(?:on|late on|early on|earlier on|late|early|earlier|later|last|this|in|at|during|via|over|through|after|before|while|also|again|repeatedly|publicly|previously|by|on\s+Twitter)?\s*(?:(?:a|an|the|his|her|its|their)\s+)?(?:(?:brief|televised|written|joint|separate|video(?:taped)?|social[- ]media|short|new|public|weekly|daily|official)\s+)*(?:statement|speech|post|address|interview|briefing|press conference|news conference|conference|video|message|communiqu[ée]|tweet|comments?|remarks|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|night|day|week|today|tonight|yesterday|overnight|Twitter|X|Telegram|Facebook|Instagram|television|TV|parliament|social media|phone|telephone|condition of anonymity|\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s+\d{1,2})(?:\s+(?:on|carried by|broadcast on|published on|to|in)\s+(?:the\s+)?(?:(?:state|national|local)\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s*|television\s*|TV\s*|media\s*)+)?)+/u

/** Offset where the content after a say-cue begins, skipping adverbials and "that"; -1 when no clause follows. */
export const contentStartAfter = (text: string, cueEnd: number, sentenceEnd: number): number => {
  let p = cueEnd
  const rest = text.slice(p, sentenceEnd)
  const adv = ADVERBIAL.exec(rest)
  if (adv !== null && adv[0].trim().length > 0) p += adv[0].length
  const m = /^[\s,]*(?:that\s+)?/i.exec(text.slice(p, sentenceEnd))
  if (m !== null) p += m[0].length
  if (p >= sentenceEnd) return -1
  return p
}

/** Who is told: a name, "reporters", "a news conference". */
const ADDRESSEE = /^\s+((?:the\s+)?(?:[\p{Lu}][\p{L}\p{N}.’'&-]*\s?){1,6}|reporters|journalists|the media|the press|lawmakers|parliament|(?:a|the)\s+[\p{Ll}-]+\s+(?:conference|briefing|meeting|summit|session))/u

/** The addressee right after "told": "reporters", "Reuters", "the U.N. Security Council"; returns its span. */
export const addresseeAfter = (text: string, cueEnd: number, sentenceEnd: number): { start: number; end: number } | null => {
  const rest = text.slice(cueEnd, sentenceEnd)
  const m = ADDRESSEE.exec(rest)
  if (m === null) return null
  let name = m[1]!.trimEnd().replace(/[.,;:]+$/, "")
  // "the AFP news agency", "Israel's Channel 12 television"
  const media = /^\s+(?:news agency|agency|newspaper|daily|television|TV|channel|broadcaster|website|radio|network)\b/i.exec(rest.slice(m[0].trimEnd().length))
  if (media !== null) name = `${name}${media[0]}`
  name = name.replace(/\s+(?:on|in|that|by|as|at)$/u, "")
  const start = cueEnd + m[0].indexOf(m[1]!)
  return { start, end: start + name.length }
}

/** Connectives before another speaker's speech act inside the content: the content stops there ("... possible one day after X said"). */
export const cutBeforeSubclause = (text: string, contentStart: number, otherSpeakerStart: number): number => {
  const between = text.slice(contentStart, otherSpeakerStart)
  const m = /(?:,?\s+(?:\w+\s+)?(?:day|days|hours|weeks)?\s*(?:after|before|when|as|while|since|because|even as|just as|and|but|whereas)\s+(?:(?:the|a|an)\s+)?[^,]*)$/i.exec(between)
  if (m !== null && m.index > 0) return contentStart + m.index
  return otherSpeakerStart
}

/** Trims whitespace, trailing punctuation and closing marks that the content should not carry. */
export const trimContent = (text: string, s: number, e: number): [number, number] => {
  while (s < e && /[\s,:;\u2014\u2013)\]-]/.test(text[s]!)) s++
  while (e > s && /[\s,.;:!?\u2014\u2013-]/.test(text[e - 1]!)) e--
  // a content that ends on a closing quote keeps it only if it also holds its opening
  const body = text.slice(s, e)
  const opens = (body.match(/[\u201C\u00AB]/g) ?? []).length
  const closes = (body.match(/[\u201D\u00BB]/g) ?? []).length
  if (closes > opens && /[\u201D\u00BB]$/.test(body)) e--
  while (e > s && /[\s,.;:!?]/.test(text[e - 1]!)) e--
  // a dangling conjunction left by a cut: "... including children, and"
  for (;;) {
    const m = /(?:,?\s+(?:and|but|or|while|as|with|that))$/i.exec(text.slice(Math.max(s, e - 8), e))
    if (m === null) break
    e -= m[0].length
    while (e > s && /[\s,;:]/.test(text[e - 1]!)) e--
  }
  return [s, e]
}

/** Datelines and bylines that open a lead sentence: "BEIRUT/JERUSALEM (Reuters) –", "QUETTA/PESHAWAR:", "Mogadishu:". */
export const DATELINE = /^(?:[\p{Lu}][\p{Lu}\p{L}.'’ -]*(?:\/[\p{Lu}][\p{L}.'’ -]*)*(?:,\s*[\p{L} ]+)?\s*(?:\([\p{L} .]+\))?\s*(?:[-\u2013\u2014:]+)\s*)/u

/** An all-caps dateline: "BEIRUT/JERUSALEM –". */
const CAPS_DATELINE = /^[\p{Lu}\/ ,.'’-]+[-\u2013\u2014:]\s*$/u

/** A single place word and a colon: "Mogadishu:". */
const PLACE_COLON = /^[\p{Lu}][\p{Ll}]+:\s*$/u

export const skipDateline = (text: string, s: number, e: number): number => {
  const m = DATELINE.exec(text.slice(s, Math.min(e, s + 80)))
  if (m === null) return s
  const head = m[0]
  // only all-caps datelines, a "(Reuters)" credit, or a single place word followed by a colon
  if (/\(/.test(head) || CAPS_DATELINE.test(head) || PLACE_COLON.test(head)) return s + head.length
  return s
}

/** Introductory phrases at a sentence start that are not part of the reported content. */
export const LEAD_FILLER = /^(?:In a tragic development|Separately|Meanwhile|In addition|Additionally|However|Earlier|Later|Also)\s*,\s*/i
