/** Incidents as a table: where, when, who, with what, and the toll, each linked to its reports. */
import type { Incident } from "@wirewatch/domain"
import { formatDay } from "../charts/bucketRange.ts"
import { Link } from "./Link.tsx"

export const tollOf = (n: number | null): string => (n === null ? "–" : String(n))

/** "Kharkiv, Kharkiv Oblast"; a region named like its place ("Kyiv, Kyiv") is not repeated. */
/** The reported toll, naming only the figures the reports give. */
export const Toll = ({ killed, injured }: { readonly killed: number | null; readonly injured: number | null }) =>
  killed === null && injured === null ? (
    <span className="toll muted">no toll reported</span>
  ) : (
    <span className="toll">
      {killed === null ? null : <span className="killed">{killed} killed</span>}
      {killed !== null && injured !== null ? ", " : null}
      {injured === null ? null : <span>{injured} injured</span>}
    </span>
  )

export const placeOf = (i: Pick<Incident, "place">): string =>
  i.place.region === null || i.place.region === "" || i.place.region === i.place.name ? i.place.name : `${i.place.name}, ${i.place.region}`

export const IncidentTable = ({ incidents, caption }: { readonly incidents: ReadonlyArray<Incident>; readonly caption: string }) => (
  <div className="table-wrap">
    <table className="data-table" data-testid="incident-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Place</th>
          <th scope="col">Country</th>
          <th scope="col">Date</th>
          <th scope="col">Kind</th>
          <th scope="col">Perpetrator</th>
          <th scope="col">Weapons</th>
          <th scope="col" className="num">Killed</th>
          <th scope="col" className="num">Injured</th>
          <th scope="col" className="num">Reports</th>
        </tr>
      </thead>
      <tbody>
        {incidents.map((i) => (
          <tr key={i.id} data-testid="incident-item" data-incident-id={i.id}>
            <th scope="row">
              <Link to={{ page: "incident", id: i.id }}>{placeOf(i)}</Link>
            </th>
            <td>{i.place.country ?? i.place.countryCode ?? "–"}</td>
            <td className="nowrap">
              {i.date === null ? "–" : <time dateTime={i.date}>{formatDay(i.date)}</time>}
              {i.date !== null && i.datePrecision !== "day" ? <span className="muted"> ({i.datePrecision})</span> : null}
            </td>
            <td>{i.kind}</td>
            <td>{i.perpetrator ?? "–"}</td>
            <td>{i.weapons.length === 0 ? "–" : i.weapons.join(", ")}</td>
            <td className="num">{tollOf(i.killed)}</td>
            <td className="num">{tollOf(i.injured)}</td>
            <td className="num">{i.reportCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
)
