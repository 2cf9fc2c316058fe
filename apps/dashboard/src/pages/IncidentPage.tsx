/** One incident: the merged event and every report of it, each with its evidence sentence and article link. */
import { getIncident } from "../api/client.ts"
import { useRemote } from "../api/useRemote.ts"
import { IncidentCard } from "../components/IncidentEvidence.tsx"
import { placeOf } from "../components/IncidentTable.tsx"
import { Link } from "../components/Link.tsx"
import { ErrorMessage, Loading } from "../components/RemoteStatus.tsx"
import { emptyIncidentFilters } from "../state/urlState.ts"

export const IncidentPage = ({ id }: { readonly id: string }) => {
  const detail = useRemote(`incident:${id}`, () => getIncident(id))
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
        <ol className="cards" aria-label="Incident">
          <IncidentCard detail={detail.value} />
        </ol>
      ) : null}
    </>
  )
}
