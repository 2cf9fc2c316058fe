/** Finds the outlets behind an article: its publisher ("UNN reports with reference to CNN", "(Reuters)") and the outlets it cites. */
import { SourceCitation, trusted } from "@wirewatch/domain"
import type { Mention } from "./ActorDiscovery.ts"

const PUBLISHER_BEFORE = /\b(?:reports?|writes|reported)\s+with reference to\s*$/i

/** Citations in document order; the publisher is named by a dateline credit or a "X reports with reference to Y" chain. */
export const findSources = (text: string, bodyStart: number, mentions: ReadonlyArray<Mention>): Array<SourceCitation> => {
  const out: Array<SourceCitation> = []
  const seen = new Set<string>()
  const push = (outlet: string, role: "publisher" | "cited", start: number, end: number) => {
    const key = `${outlet}|${role}`
    if (seen.has(key)) return
    seen.add(key)
    out.push(trusted(SourceCitation, { outlet, role, start, end }))
  }
  const outlets = mentions.filter((m) => m.actor.outlet)
  for (const m of outlets) {
    const before = text.slice(Math.max(bodyStart, m.start - 40), m.start)
    const after = text.slice(m.end, Math.min(text.length, m.end + 40))
    if (/\(\s*$/.test(before) && /^\s*\)/.test(after) && m.start - bodyStart < 120) push(m.actor.name, "publisher", m.start, m.end)
    else if (/^\s+(?:reports|writes|reported)\s+with reference to\b/i.test(after)) push(m.actor.name, "publisher", m.start, m.end)
    else if (/\bwrites\s*$/i.test(before)) push(m.actor.name, "publisher", m.start, m.end)
    else if (PUBLISHER_BEFORE.test(before)) push(m.actor.name, "cited", m.start, m.end)
    else if (/^\s+(?:reports|reported|said|says|writes|wrote)\b/i.test(after) || /\b(?:according to|told|citing|cited by|quoted by|via)\s+(?:the\s+)?$/i.test(before) || /^\s+(?:news agency|reporter|correspondent)/i.test(after)) {
      push(m.actor.name, "cited", m.start, m.end)
    }
  }
  // an outlet that publishes the article is not also listed as cited
  const publishers = new Set(out.filter((c) => c.role === "publisher").map((c) => c.outlet))
  return out.filter((c) => c.role === "publisher" || !publishers.has(c.outlet)).sort((a, b) => a.start - b.start)
}

/** "AFP reports", "The Kyiv Independent reports". */
const OUTLET_REPORTS = /^\s*(?:the\s+)?[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?\s+reports\s*$/u

/** Whether a sentence is only a citation of the source chain ("UNN reports with reference to CNN", "AFP reports"). */
export const isCitationClause = (clause: string): boolean =>
  /\b(?:reports?|writes)\s+with reference to\b/i.test(clause) || OUTLET_REPORTS.test(clause)
