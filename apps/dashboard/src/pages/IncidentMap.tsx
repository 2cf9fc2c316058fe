/** The incident map: every geocoded incident of a period and country drawn at its place, sized by how many incidents happened there. */
import type { Incident } from "@wirewatch/domain"
import { useMemo } from "react"
import { listIncidents } from "../api/client.ts"
import { incidentQueryOf } from "../api/queries.ts"
import { useRemote } from "../api/useRemote.ts"
import { DateRangeFields } from "../components/DateRangeFields.tsx"
import { placeOf } from "../components/IncidentTable.tsx"
import { Link } from "../components/Link.tsx"
import { Empty, ErrorMessage, Loading } from "../components/RemoteStatus.tsx"
import { navigateTo } from "../state/navigation.ts"
import { emptyIncidentFilters, type IncidentFilters, type MapState } from "../state/urlState.ts"
import WorldMap, { type MapPoint } from "../map/WorldMap.tsx"
import { placeGroups } from "../map/placeGroups.ts"

const PAGE = 1000
/** Places named on the map itself (the rest only on hover and in the table). */
const CAPTIONED = 8
const MAX_PAGES = 5

/** Every incident the filters match (up to MAX_PAGES pages). */
const allIncidents = async (filters: IncidentFilters, signal: AbortSignal) => {
  const items: Array<Incident> = []
  let cursor: string | undefined = undefined
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await listIncidents(incidentQueryOf(filters, PAGE, cursor), signal)
    items.push(...answer.items)
    if (answer.nextCursor === null) return { items, complete: true }
    cursor = answer.nextCursor
  }
  return { items, complete: false }
}

export default function IncidentMap({ state }: { readonly state: MapState }) {
  const go = (patch: Partial<MapState>) => navigateTo({ page: "map", state: { ...state, ...patch } }, { replace: true })
  const filters: IncidentFilters = { ...emptyIncidentFilters, country: state.country, perpetrator: state.perpetrator, from: state.from, to: state.to }
  const incidents = useRemote(`map:${JSON.stringify(filters)}`, (signal) => allIncidents(filters, signal))
  const groups = useMemo(() => (incidents.status === "success" ? placeGroups(incidents.value.items) : []), [incidents])
  const points: ReadonlyArray<MapPoint> = groups.map((g, rank) => ({
    ...(rank < CAPTIONED ? { caption: g.name } : {}),
    key: g.key,
    lat: g.lat,
    lon: g.lon,
    radius: 4 + 3 * Math.sqrt(g.incidents.length),
    severe: g.killed > 0,
    label: `${g.name}: ${g.incidents.length} incident${g.incidents.length === 1 ? "" : "s"}, ${g.killed} killed, ${g.injured} injured`,
    to: g.incidents.length === 1 ? { page: "incident", id: g.incidents[0]!.id } : { page: "incidents", filters: { ...filters, place: g.name } }
  }))
  const unplaced = incidents.status === "success" ? incidents.value.items.length - groups.reduce((n, g) => n + g.incidents.length, 0) : 0
  return (
    <>
      <h1>Incident map</h1>
      <form className="toolbar" aria-label="Filter the map" role="search" onSubmit={(e) => e.preventDefault()}>
        <label className="field">
          <span>Country</span>
          <input type="search" name="country" value={state.country} placeholder="e.g. Ukraine" onChange={(e) => go({ country: e.target.value })} />
        </label>
        <label className="field">
          <span>Perpetrator</span>
          <input type="search" name="perpetrator" value={state.perpetrator} placeholder="e.g. Russia" onChange={(e) => go({ perpetrator: e.target.value })} />
        </label>
        <DateRangeFields from={state.from} to={state.to} onChange={(from, to) => go({ from, to })} />
      </form>
      {incidents.status === "loading" ? <Loading what="incidents" /> : null}
      {incidents.status === "failure" ? <ErrorMessage error={incidents.error} what="incidents" retry={incidents.retry} /> : null}
      {incidents.status === "success" ? (
        <section className="panel" aria-label="Map of incidents">
          <p className="muted small">
            {groups.length} place{groups.length === 1 ? "" : "s"}, {incidents.value.items.length - unplaced} incidents with coordinates
            {unplaced > 0 ? `; ${unplaced} without coordinates are not drawn` : ""}
            {incidents.value.complete ? "" : " (first incidents only)"}. Circles grow with the number of incidents; dark ones had deaths. Select one to open it.
          </p>
          {groups.length === 0 ? <Empty>No incidents with a known place match these filters.</Empty> : null}
          <WorldMap points={points} label={`Map of ${groups.length} places with incidents`} />
          {groups.length === 0 ? null : (
            <div className="table-wrap">
              <table className="data-table" data-testid="map-places">
                <caption>Places on the map</caption>
                <thead>
                  <tr>
                    <th scope="col">Place</th>
                    <th scope="col" className="num">Incidents</th>
                    <th scope="col" className="num">Killed</th>
                    <th scope="col" className="num">Injured</th>
                  </tr>
                </thead>
                <tbody>
                  {groups.map((g, i) => (
                    <tr key={g.key}>
                      <th scope="row">
                        <Link to={points[i]!.to}>{placeOf(g.incidents[0]!)}</Link>
                        {g.country === null ? null : <span className="muted"> · {g.country}</span>}
                      </th>
                      <td className="num">{g.incidents.length}</td>
                      <td className="num">{g.killed}</td>
                      <td className="num">{g.injured}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : null}
    </>
  )
}
