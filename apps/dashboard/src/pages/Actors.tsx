/** The actors list: who speaks and acts in the news, with how often they are quoted and in how many articles. */
import { isActorKind } from "@wirewatch/domain/plain"
import type { FormEvent } from "react"
import { listActors } from "../api/client.ts"
import { actorQueryOf } from "../api/queries.ts"
import { usePagedList } from "../api/useRemote.ts"
import { Link } from "../components/Link.tsx"
import { PagedListStatus } from "../components/PagedListStatus.tsx"
import { navigateTo } from "../state/navigation.ts"
import { useDraft } from "../state/useDraft.ts"
import { ACTOR_INTERVAL, emptyStatementFilters, routeHref, type ActorFilters } from "../state/urlState.ts"

const PAGE_SIZE = 100

export const Actors = ({ filters }: { readonly filters: ActorFilters }) => {
  const apply = (next: ActorFilters) => navigateTo({ page: "actors", filters: next })
  const [q, setQ] = useDraft(filters.q)
  const actors = usePagedList(routeHref({ page: "actors", filters }), (cursor, signal) => listActors(actorQueryOf(filters, PAGE_SIZE, cursor), signal))
  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    apply({ ...filters, q })
  }
  // the API lists the most quoted first
  const sorted = actors.items
  return (
    <>
      <h1>Actors</h1>
      <form className="toolbar" role="search" aria-label="Filter actors" onSubmit={onSubmit}>
        <label className="field">
          <span>Kind</span>
          <select name="kind" value={filters.kind ?? ""} onChange={(e) => apply({ q, kind: isActorKind(e.target.value) ? e.target.value : null })}>
            <option value="">All kinds</option>
            <option value="person">People</option>
            <option value="organization">Organizations</option>
            <option value="state">States</option>
            <option value="group">Groups</option>
          </select>
        </label>
        <label className="field field-grow">
          <span>Name</span>
          <input type="search" name="q" value={q} maxLength={200} onChange={(e) => setQ(e.target.value)} />
        </label>
        <div className="toolbar-actions">
          <button type="submit" className="button">
            Search
          </button>
        </div>
      </form>
      {sorted.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table" data-testid="actor-table">
            <caption className="visually-hidden">Actors, most quoted first</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
                <th scope="col" className="hide-narrow">Also called</th>
                <th scope="col" className="num">Statements</th>
                <th scope="col" className="num">Articles</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((a) => (
                <tr key={a.id} data-testid="actor-item" data-actor-id={a.id}>
                  <th scope="row">
                    <Link to={{ page: "actor", id: a.id, interval: ACTOR_INTERVAL }}>{a.name}</Link>
                  </th>
                  <td>{a.kind}</td>
                  <td className="muted small hide-narrow">{a.aliases.filter((x) => x !== a.name).slice(0, 4).join(", ")}</td>
                  <td className="num">
                    {a.statementCount === 0 ? (
                      0
                    ) : (
                      <Link to={{ page: "statements", filters: { ...emptyStatementFilters, actors: [a.id] } }} aria-label={`${a.statementCount} statements by ${a.name}`}>
                        {a.statementCount}
                      </Link>
                    )}
                  </td>
                  <td className="num">{a.articleCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <PagedListStatus list={actors} what="actors" empty="No actors match these filters." />
    </>
  )
}
