/** The incidents list: attacks merged across reports, filtered by country, place, perpetrator and dates. */
import type { FormEvent } from "react"
import { listIncidents } from "../api/client.ts"
import { incidentQueryOf } from "../api/queries.ts"
import { usePagedList } from "../api/useRemote.ts"
import { DateRangeFields } from "../components/DateRangeFields.tsx"
import { IncidentTable } from "../components/IncidentTable.tsx"
import { PagedListStatus } from "../components/PagedListStatus.tsx"
import { navigateTo } from "../state/navigation.ts"
import { useDraft } from "../state/useDraft.ts"
import { countOf } from "../text/countOf.ts"
import { emptyIncidentFilters, routeHref, type IncidentFilters } from "../state/urlState.ts"

const PAGE_SIZE = 100

type TextFilter = "country" | "place" | "perpetrator"

const sameIncidentFilters = (a: IncidentFilters, b: IncidentFilters) => routeHref({ page: "incidents", filters: a }) === routeHref({ page: "incidents", filters: b })

export const Incidents = ({ filters }: { readonly filters: IncidentFilters }) => {
  const apply = (next: IncidentFilters) => navigateTo({ page: "incidents", filters: next })
  const [draft, setDraft] = useDraft(filters, sameIncidentFilters)
  const key = routeHref({ page: "incidents", filters })
  const incidents = usePagedList(key, (cursor, signal) => listIncidents(incidentQueryOf(filters, PAGE_SIZE, cursor), signal))
  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    apply({ ...filters, country: draft.country, place: draft.place, perpetrator: draft.perpetrator })
  }
  const textField = (name: TextFilter, label: string) => (
    <label className="field">
      <span>{label}</span>
      <input type="search" name={name} value={draft[name]} maxLength={200} onChange={(e) => setDraft({ ...draft, [name]: e.target.value })} />
    </label>
  )
  return (
    <>
      <h1>Incidents</h1>
      <form className="toolbar" role="search" aria-label="Filter incidents" onSubmit={onSubmit}>
        {textField("country", "Country")}
        {textField("place", "Place")}
        {textField("perpetrator", "Perpetrator")}
        <DateRangeFields from={filters.from} to={filters.to} onChange={(from, to) => apply({ ...filters, ...draft, from, to })} />
        <div className="toolbar-actions">
          <button type="submit" className="button">
            Search
          </button>
          <button type="button" className="button-quiet" onClick={() => apply(emptyIncidentFilters)}>
            Reset
          </button>
        </div>
      </form>
      {incidents.items.length > 0 ? (
        <>
          <p className="muted small">
            {incidents.hasMore ? `${incidents.items.length} incidents shown` : countOf(incidents.items.length, "incident")}, the most recent first
          </p>
          <IncidentTable incidents={incidents.items} caption="Incidents" />
        </>
      ) : null}
      <PagedListStatus list={incidents} what="incidents" empty="No incidents match these filters." />
    </>
  )
}
