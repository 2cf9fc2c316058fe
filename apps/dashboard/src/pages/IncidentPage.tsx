/** One incident: the merged event, every report of it with its evidence sentence and article link, and where it was on a map. */
import type { IncidentDetail } from "@wirewatch/domain"
import { lazy, Suspense } from "react"
import { getIncident } from "../api/client.ts"
import { useRemote } from "../api/useRemote.ts"
import { IncidentCard } from "../components/IncidentEvidence.tsx"
import { placeOf } from "../components/IncidentTable.tsx"
import { Link } from "../components/Link.tsx"
import { ErrorMessage, Loading } from "../components/RemoteStatus.tsx"
import { emptyIncidentFilters } from "../state/urlState.ts"

// the world map is its own chunk, shared with the map page
const WorldMap = lazy(() => import("../map/WorldMap.tsx"))

export const IncidentPage = ({ id }: { readonly id: string }) => {
  const detail = useRemote(`incident:${id}`, (signal) => getIncident(id, signal))
  return (
    <>
      <p className="small">
        <Link to={{ page: "incidents", filters: emptyIncidentFilters }}>← All incidents</Link>
      </p>
      <h1>
        {detail.status === "success"
          ? `${detail.value.incident.kind.charAt(0).toUpperCase()}${detail.value.incident.kind.slice(1)} in ${placeOf(detail.value.incident)}`
          : "Incident"}
      </h1>
      {detail.status === "loading" ? <Loading what="the incident" /> : null}
      {detail.status === "failure" ? <ErrorMessage error={detail.error} what="the incident" retry={detail.retry} /> : null}
      {detail.status === "success" ? (
        <>
          <ol className="cards" aria-label="Incident">
            <IncidentCard detail={detail.value} />
          </ol>
          <IncidentPosition detail={detail.value} />
        </>
      ) : null}
    </>
  )
}

/** Where the incident happened, on a map framed around it; said plainly when the place has no coordinates. */
const IncidentPosition = ({ detail }: { readonly detail: IncidentDetail }) => {
  const i = detail.incident
  const { lat, lon } = i.place
  return (
    <section className="panel" aria-labelledby="incident-map-title">
      <h2 id="incident-map-title">Map position</h2>
      {lat === null || lon === null ? (
        <p className="muted" data-testid="empty">
          {placeOf(i)} has no known coordinates, so it is not on the map.
        </p>
      ) : (
        <>
          <p className="muted small">
            {placeOf(i)}
            {i.place.country === null ? "" : `, ${i.place.country}`} · {lat.toFixed(2)}°, {lon.toFixed(2)}°
          </p>
          <Suspense fallback={<Loading what="the map" />}>
            <WorldMap
              points={[{ key: i.id, lat, lon, radius: 8, severe: (i.killed ?? 0) > 0, label: placeOf(i), caption: i.place.name, to: { page: "incident", id: i.id } }]}
              label={`Map showing ${placeOf(i)}`}
              margin={6}
              height={380}
            />
          </Suspense>
        </>
      )}
    </section>
  )
}
