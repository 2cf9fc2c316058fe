/** Statements as evidence cards: who spoke, when, how, and the sentence with the spoken words highlighted. */
import type { Statement, StatementView } from "@wirewatch/domain"
import type { ReactNode } from "react"
import { formatDay } from "../charts/bucketRange.ts"
import { keywordSpans } from "../text/keywordSpans.ts"
import type { HighlightSpan } from "../text/highlightSegments.ts"
import { HighlightedText, type TextMark } from "./HighlightedText.tsx"
import { Link } from "./Link.tsx"
import { ACTOR_INTERVAL } from "../state/urlState.ts"

type ListedStatement = Statement & Partial<Pick<StatementView, "articleDate" | "articleFileName" | "sourceChain">>

export const speakerOf = (s: Statement): string => s.speakerName ?? s.speakerMention ?? "Unnamed source"

const kindLabel = (s: Statement) => (s.kind === "direct" ? "Direct quote" : "Reported speech")

/** The statement's words inside its sentence (offsets into the sentence text), and the searched keyword. */
const evidenceSpans = (s: Statement, keyword: string): ReadonlyArray<HighlightSpan<TextMark>> => [
  { start: s.start - s.sentence.start, end: s.end - s.sentence.start, annotation: { kind: "quote", id: s.id, label: `${speakerOf(s)}${s.cue === null ? "" : ` (${s.cue})`}` } },
  ...keywordSpans(s.sentence.text, keyword).map((k) => ({ ...k, annotation: { kind: "keyword" as const, id: `${s.id}:q`, label: `matches “${keyword.trim()}”` } }))
]

export const StatementItem = ({
  statement: s,
  action,
  emphasised = false,
  keyword = ""
}: {
  readonly statement: ListedStatement
  readonly action?: ReactNode
  readonly emphasised?: boolean
  /** A searched keyword to mark in the sentence. */
  readonly keyword?: string
}) => {
  const date = s.date ?? s.articleDate ?? null
  return (
    <li className={`card statement${emphasised ? " card-focus" : ""}`} data-testid="statement-item" data-statement-id={s.id}>
      <div className="card-meta">
        {s.speakerId === null ? (
          <span className="speaker">{speakerOf(s)}</span>
        ) : (
          <Link to={{ page: "actor", id: s.speakerId, interval: ACTOR_INTERVAL }} className="speaker">
            {speakerOf(s)}
          </Link>
        )}
        <span className="muted"> · {s.speakerKind === "anonymous" ? "unnamed source" : s.speakerKind}</span>
        <span className={`badge badge-${s.kind}`}>{kindLabel(s)}</span>
        {s.cue === null ? null : <span className="cue" title="Speech-act cue">“{s.cue}”</span>}
        {date === null ? null : (
          <time dateTime={date} className="muted">
            {s.date === null ? "published " : ""}
            {formatDay(date)}
          </time>
        )}
      </div>
      <blockquote className="evidence">
        <HighlightedText text={s.sentence.text} spans={evidenceSpans(s, keyword)} testId="statement-evidence" />
      </blockquote>
      <div className="card-foot">
        {s.channel === null ? null : <span className="muted">via {s.channel} · </span>}
        {s.addressee === null ? null : <span className="muted">to {s.addressee} · </span>}
        {s.sourceChain !== undefined && s.sourceChain.length > 0 ? <span className="muted">source: {s.sourceChain.join(" → ")} · </span> : null}
        {action ?? (
          <Link to={{ page: "article", id: s.articleId, focus: { kind: "statement", id: s.id } }} data-testid="statement-article-link">
            {s.articleFileName === undefined ? "Open in article" : `Article ${s.articleFileName}`}
            {s.articleDate === undefined ? "" : ` (${formatDay(s.articleDate)})`}
          </Link>
        )}
      </div>
    </li>
  )
}

export const StatementList = ({ statements, label, keyword = "" }: { readonly statements: ReadonlyArray<ListedStatement>; readonly label: string; readonly keyword?: string }) => (
  <ol className="cards" aria-label={label} data-testid="statement-list">
    {statements.map((s) => (
      <StatementItem key={s.id} statement={s} keyword={keyword} />
    ))}
  </ol>
)
