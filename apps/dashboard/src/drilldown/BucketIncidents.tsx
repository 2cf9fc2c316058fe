/** The incidents behind one chart bucket, each with every report's evidence sentence linked to its article. */
import { getIncident, listIncidents } from "../api/client.ts"
import { mapConcurrently } from "../api/mapConcurrently.ts"
import { useRemote } from "../api/useRemote.ts"
import type { DayRange } from "../charts/bucketRange.ts"
import { IncidentCard } from "../components/IncidentEvidence.tsx"
import { Link } from "../components/Link.tsx"
import { Empty, ErrorMessage, Loading } from "../components/RemoteStatus.tsx"
import { emptyIncidentFilters } from "../state/urlState.ts"
import { DrilldownFrame } from "./DrilldownFrame.tsx"

const DRILL_INCIDENTS = 20

export const BucketIncidents = (props: {
  readonly title: string
  readonly range: DayRange
  readonly where?: { readonly country: string; readonly place: string }
  readonly onClose?: () => void
}) => {
  const { range, title } = props
  const country = props.where?.country.trim() ?? ""
  const place = props.where?.place.trim() ?? ""
  const where = { ...(country === "" ? {} : { country }), ...(place === "" ? {} : { place }) }
  const details = useRemote(`drill:incidents:${range.from}:${range.to}:${country}:${place}`, async (signal) => {
    const { items, nextCursor } = await listIncidents({ from: range.from, to: range.to, ...where, limit: 100 }, signal)
    const shown = await mapConcurrently(items.slice(0, DRILL_INCIDENTS), 4, (i) => getIncident(i.id, signal))
    return { shown, total: items.length, more: nextCursor !== null }
  })
  return (
    <DrilldownFrame title={title} testId="incident-drilldown" onClose={props.onClose}>
      {details.status === "loading" ? <Loading what="incidents" /> : null}
      {details.status === "failure" ? <ErrorMessage error={details.error} what="incidents" retry={details.retry} /> : null}
      {details.status === "success" ? (
        details.value.total === 0 ? (
          <Empty>No dated incidents in this period.</Empty>
        ) : (
          <>
            <ol className="cards" aria-label={title}>
              {details.value.shown.map((d) => (
                <IncidentCard key={d.incident.id} detail={d} />
              ))}
            </ol>
            {details.value.total > details.value.shown.length || details.value.more ? (
              <p className="muted">
                Showing the first {details.value.shown.length} incidents;{" "}
                <Link to={{ page: "incidents", filters: { ...emptyIncidentFilters, country, place, from: range.from, to: range.to } }}>the incidents page lists them all</Link>.
              </p>
            ) : null}
          </>
        )
      ) : null}
    </DrilldownFrame>
  )
}
