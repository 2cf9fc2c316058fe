/** An incident with the sentences that report it, each linked to the place in its article. */
import type { IncidentDetail } from "@wirewatch/domain"
import { formatDay } from "../charts/bucketRange.ts"
import { placeOf, Toll } from "./IncidentTable.tsx"
import { Link } from "./Link.tsx"

export const IncidentReports = ({ detail }: { readonly detail: IncidentDetail }) => (
  <ol className="reports" aria-label="Reports of this incident">
    {detail.reports.map((r) => (
      <li key={r.id} className="report" data-testid="incident-report">
        <blockquote className="evidence evidence-incident">{r.evidence.text}</blockquote>
        <div className="card-foot">
          <span className="muted">
            says {r.killed === null ? "no death toll" : `${r.killed} killed`}, {r.injured === null ? "no injured count" : `${r.injured} injured`} ·{" "}
          </span>
          <Link to={{ page: "article", id: r.articleId, focus: { kind: "incident", id: r.id } }}>
            Article {r.articleFileName} ({formatDay(r.articleDate)})
          </Link>
        </div>
      </li>
    ))}
  </ol>
)

export const IncidentCard = ({ detail }: { readonly detail: IncidentDetail }) => {
  const i = detail.incident
  return (
    <li className="card incident" data-testid="incident-item" data-incident-id={i.id}>
      <div className="card-meta">
        <Link to={{ page: "incident", id: i.id }} className="speaker">
          {placeOf(i)}
        </Link>
        {i.place.country === null ? null : <span className="muted"> · {i.place.country}</span>}
        <span className="badge">{i.kind}</span>
        {i.date === null ? null : <time dateTime={i.date} className="muted">{formatDay(i.date)}</time>}
        <Toll killed={i.killed} injured={i.injured} />
      </div>
      {i.perpetrator === null && i.weapons.length === 0 ? null : (
        <p className="muted small">
          {i.perpetrator === null ? "" : `Attributed to ${i.perpetrator}. `}
          {i.weapons.length === 0 ? "" : `Weapons: ${i.weapons.join(", ")}.`}
        </p>
      )}
      <IncidentReports detail={detail} />
    </li>
  )
}
