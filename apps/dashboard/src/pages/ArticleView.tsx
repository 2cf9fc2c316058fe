/** One article: its full text with statement and incident spans highlighted, and the lists of what was extracted. */
import type { ArticleDetail, IncidentReport, Statement } from "@wirewatch/domain"
import { useEffect, useMemo } from "react"
import { getArticle } from "../api/client.ts"
import { useRemote } from "../api/useRemote.ts"
import { formatDay } from "../charts/bucketRange.ts"
import { HighlightedText, type TextMark } from "../components/HighlightedText.tsx"
import { placeOf, Toll, tollOf } from "../components/IncidentTable.tsx"
import { Link } from "../components/Link.tsx"
import { ErrorMessage, Loading } from "../components/RemoteStatus.tsx"
import { speakerOf, StatementItem } from "../components/StatementList.tsx"
import { navigateTo } from "../state/navigation.ts"
import type { ArticleFocus } from "../state/urlState.ts"
import { countOf } from "../text/countOf.ts"
import type { HighlightSpan } from "../text/highlightSegments.ts"

const statementLabel = (s: Statement) =>
  `Statement by ${speakerOf(s)}${s.cue === null ? "" : `, cue “${s.cue}”`} (${s.kind === "direct" ? "direct quote" : "reported"})`

const incidentLabel = (r: IncidentReport) =>
  `Incident: ${r.kind} in ${r.place.name}${r.date === null ? "" : ` on ${formatDay(r.date)}`}, killed ${tollOf(r.killed)}, injured ${tollOf(r.injured)}`

/** Every highlighted span of the article: statements' words and incidents' evidence. */
const articleSpans = (detail: ArticleDetail): ReadonlyArray<HighlightSpan<TextMark>> => [
  ...detail.statements.map((s) => ({ start: s.start, end: s.end, annotation: { kind: "statement" as const, id: s.id, label: statementLabel(s) } })),
  ...detail.incidents.map((r) => ({ start: r.evidence.start, end: r.evidence.end, annotation: { kind: "incident" as const, id: r.id, label: incidentLabel(r) } }))
]

export const ArticleView = ({ id, focus }: { readonly id: string; readonly focus: ArticleFocus | null }) => {
  const detail = useRemote(`article:${id}`, (signal) => getArticle(id, signal))
  if (detail.status === "loading") return <Loading what="the article" />
  if (detail.status === "failure") {
    return (
      <>
        <h1>Article</h1>
        <ErrorMessage error={detail.error} what="the article" retry={detail.retry} />
        <p>
          <Link to={{ page: "articles", filters: { q: "", from: null, to: null } }}>Back to the articles</Link>
        </p>
      </>
    )
  }
  return <ArticleBody detail={detail.value} focus={focus} />
}

const ArticleBody = ({ detail, focus }: { readonly detail: ArticleDetail; readonly focus: ArticleFocus | null }) => {
  const a = detail.article
  const spans = useMemo(() => articleSpans(detail), [detail])
  const window = useMemo(() => ({ start: a.bodyStart, end: a.text.length }), [a])
  const focusId = focus?.id ?? null
  const show = (kind: ArticleFocus["kind"], itemId: string) => navigateTo({ page: "article", id: a.id, focus: { kind, id: itemId } })

  useEffect(() => {
    if (focusId === null) return
    // the span in the text, or (when the span is empty) the item in the side list
    const target =
      document.querySelector<HTMLElement>('[data-testid="article-text"] [data-focus="true"]') ??
      document.querySelector<HTMLElement>(`[data-statement-id="${CSS.escape(focusId)}"], [data-incident-report-id="${CSS.escape(focusId)}"]`)
    if (target === null) return
    target.setAttribute("tabindex", "-1")
    target.scrollIntoView({ block: "center", behavior: "smooth" })
    target.focus({ preventScroll: true })
  }, [focusId, detail])

  const focusMissing = focusId !== null && !spans.some((s) => s.annotation.id === focusId)
  const focusEmpty = focusId !== null && spans.some((s) => s.annotation.id === focusId && s.end <= s.start)
  return (
    <article className="article" aria-labelledby="article-title">
      <header className="article-head">
        <p className="muted small">
          <time dateTime={a.date}>{formatDay(a.date)}</time> · {a.fileName}
          {a.sources.length === 0 ? null : <> · sources: {[...new Set(a.sources.map((s) => s.outlet))].join(", ")}</>}
        </p>
        <h1 id="article-title" className="article-title">
          {a.title}
        </h1>
        <p className="muted small">
          {countOf(detail.statements.length, "statement")} · {countOf(detail.incidents.length, "incident report")} · {countOf(detail.actors.length, "actor")} ·
          extractor {a.extractorVersion}
        </p>
      </header>

      <div className="article-layout">
        <section className="article-text-panel" aria-label="Article text">
          <ul className="legend" aria-label="Highlight legend">
            <li>
              <mark className="hl hl-statement">statement</mark> words of a statement
            </li>
            <li>
              <mark className="hl hl-incident">incident</mark> evidence of an attack
            </li>
            <li>
              <mark className="hl hl-statement hl-incident hl-overlap">both</mark> statement inside incident evidence
            </li>
          </ul>
          {focusMissing ? (
            <p className="status status-empty" role="status">
              This article has no {focus?.kind} with id {focusId}.
            </p>
          ) : null}
          {focusEmpty ? (
            <p className="status status-empty" role="status">
              That {focus?.kind} has an empty span, so nothing in the text is highlighted; it is marked in the list.
            </p>
          ) : null}
          <div className="article-text">
            <HighlightedText text={a.text} spans={spans} window={window} focusId={focusId} testId="article-text" />
          </div>
        </section>

        <aside className="article-side" aria-label="Extracted from this article">
          <section aria-labelledby="article-statements">
            <h2 id="article-statements">Statements ({detail.statements.length})</h2>
            {detail.statements.length === 0 ? (
              <p className="status status-empty">No statements found in this article.</p>
            ) : (
              <ol className="cards" aria-label="Statements in this article" data-testid="statement-list">
                {detail.statements.map((s) => (
                  <StatementItem
                    key={s.id}
                    statement={s}
                    emphasised={focusId === s.id}
                    action={
                      <button type="button" className="link-button" aria-pressed={focusId === s.id} onClick={() => show("statement", s.id)}>
                        Show in text
                      </button>
                    }
                  />
                ))}
              </ol>
            )}
          </section>
          <section aria-labelledby="article-incidents">
            <h2 id="article-incidents">Incident reports ({detail.incidents.length})</h2>
            {detail.incidents.length === 0 ? (
              <p className="status status-empty">No attacks reported in this article.</p>
            ) : (
              <ol className="cards" aria-label="Incident reports in this article">
                {detail.incidents.map((r) => (
                  <li key={r.id} className={`card incident${focusId === r.id ? " card-focus" : ""}`} data-testid="incident-report" data-incident-report-id={r.id}>
                    <div className="card-meta">
                      <Link to={{ page: "incident", id: r.incidentId }} className="speaker">
                        {placeOf(r)}
                      </Link>
                      {r.place.country === null ? null : <span className="muted"> · {r.place.country}</span>}
                      <span className="badge">{r.kind}</span>
                      {r.date === null ? null : <time dateTime={r.date} className="muted">{formatDay(r.date)}</time>}
                      <Toll killed={r.killed} injured={r.injured} />
                    </div>
                    <p className="muted small">
                      {r.perpetrator === null ? "" : `Attributed to ${r.perpetrator}. `}
                      {r.weapons.length === 0 ? "" : `Weapons: ${r.weapons.join(", ")}. `}
                      As written: “{r.placeMention}”.
                    </p>
                    <div className="card-foot">
                      <button type="button" className="link-button" aria-pressed={focusId === r.id} onClick={() => show("incident", r.id)}>
                        Show in text
                      </button>
                    </div>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </aside>
      </div>
    </article>
  )
}
