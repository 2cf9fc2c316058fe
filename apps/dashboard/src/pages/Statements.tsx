/** The statements list: who said what and when, filtered by actor, kind, keyword and dates, page by page. */
import { isStatementKind } from "@wirewatch/domain/plain"
import type { FormEvent } from "react"
import { listActors, listStatements } from "../api/client.ts"
import { statementQueryOf } from "../api/queries.ts"
import { usePagedList, useRemote } from "../api/useRemote.ts"
import { ActorOption } from "../components/ActorOption.tsx"
import { DateRangeFields } from "../components/DateRangeFields.tsx"
import { PagedListStatus } from "../components/PagedListStatus.tsx"
import { ErrorMessage } from "../components/RemoteStatus.tsx"
import { StatementList } from "../components/StatementList.tsx"
import { navigateTo } from "../state/navigation.ts"
import { useDraft } from "../state/useDraft.ts"
import { countOf } from "../text/countOf.ts"
import { emptyStatementFilters, routeHref, type StatementFilters } from "../state/urlState.ts"

const PAGE_SIZE = 50

export const Statements = ({ filters }: { readonly filters: StatementFilters }) => {
  const apply = (next: StatementFilters) => navigateTo({ page: "statements", filters: next })
  const [q, setQ] = useDraft(filters.q)
  const actors = useRemote("actors:top", (signal) => listActors({ limit: 1000 }, signal))
  const key = routeHref({ page: "statements", filters })
  const list = usePagedList(key, (cursor, signal) => listStatements(statementQueryOf(filters, PAGE_SIZE, cursor), signal))
  const actorOptions = actors.status === "success" ? [...actors.value.items].filter((a) => a.statementCount > 0).sort((a, b) => a.name.localeCompare(b.name)) : []
  const selectedActor = filters.actors.length === 1 ? filters.actors[0]! : filters.actors.length === 0 ? "" : "__many"

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    apply({ ...filters, q })
  }
  return (
    <>
      <h1>Statements</h1>
      <form className="toolbar" role="search" aria-label="Filter statements" onSubmit={onSubmit}>
        <label className="field">
          <span>Actor</span>
          <select
            name="actor"
            value={selectedActor}
            onChange={(e) => apply({ ...filters, q, actors: e.target.value === "" ? [] : [e.target.value] })}
          >
            <option value="">All speakers</option>
            {selectedActor === "__many" ? <option value="__many">{filters.actors.join(", ")}</option> : null}
            {actorOptions.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.statementCount})
              </option>
            ))}
            {selectedActor !== "" && selectedActor !== "__many" && !actorOptions.some((a) => a.id === selectedActor) ? (
              // named once the list has come without it (it asks the API for that one actor)
              actors.status === "success" ? <ActorOption id={selectedActor} /> : <option value={selectedActor}>{selectedActor}</option>
            ) : null}
          </select>
        </label>
        <label className="field">
          <span>Kind</span>
          <select name="kind" value={filters.kind ?? ""} onChange={(e) => apply({ ...filters, q, kind: isStatementKind(e.target.value) ? e.target.value : null })}>
            <option value="">Direct and reported</option>
            <option value="direct">Direct quotes</option>
            <option value="indirect">Reported speech</option>
          </select>
        </label>
        <label className="field field-grow">
          <span>Keyword</span>
          <input type="search" name="q" value={q} maxLength={200} placeholder="words in the statement" onChange={(e) => setQ(e.target.value)} />
        </label>
        <DateRangeFields from={filters.from} to={filters.to} onChange={(from, to) => apply({ ...filters, q, from, to })} />
        <div className="toolbar-actions">
          <button type="submit" className="button">
            Search
          </button>
          <button type="button" className="button-quiet" onClick={() => apply(emptyStatementFilters)}>
            Reset
          </button>
        </div>
      </form>
      {actors.status === "failure" ? <ErrorMessage error={actors.error} what="the actor list for the filter" retry={actors.retry} /> : null}

      <section aria-label="Matching statements" aria-busy={list.status === "loading"}>
        {list.items.length > 0 ? (
          <>
            <p className="muted small" aria-live="polite">
              {list.hasMore ? `${list.items.length} statements shown, more to load` : countOf(list.items.length, "statement")}
            </p>
            <StatementList statements={list.items} label="Statements" keyword={filters.q} />
          </>
        ) : null}
        <PagedListStatus list={list} what="statements" empty="No statements match these filters." />
      </section>
    </>
  )
}
