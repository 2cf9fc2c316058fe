/** The articles list: every ingested article with its date and how much was extracted from it. */
import type { FormEvent } from "react"
import { listArticles } from "../api/client.ts"
import { articleQueryOf } from "../api/queries.ts"
import { usePagedList } from "../api/useRemote.ts"
import { formatDay } from "../charts/bucketRange.ts"
import { DateRangeFields } from "../components/DateRangeFields.tsx"
import { Link } from "../components/Link.tsx"
import { PagedListStatus } from "../components/PagedListStatus.tsx"
import { navigateTo } from "../state/navigation.ts"
import { useDraft } from "../state/useDraft.ts"
import { countOf } from "../text/countOf.ts"
import { emptyArticleFilters, routeHref, type ArticleFilters } from "../state/urlState.ts"

const PAGE_SIZE = 50

export const Articles = ({ filters }: { readonly filters: ArticleFilters }) => {
  const apply = (next: ArticleFilters) => navigateTo({ page: "articles", filters: next })
  const [q, setQ] = useDraft(filters.q)
  const list = usePagedList(routeHref({ page: "articles", filters }), (cursor, signal) => listArticles(articleQueryOf(filters, PAGE_SIZE, cursor), signal))
  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    apply({ ...filters, q })
  }
  return (
    <>
      <h1>Articles</h1>
      <form className="toolbar" role="search" aria-label="Filter articles" onSubmit={onSubmit}>
        <label className="field field-grow">
          <span>Title keyword</span>
          <input type="search" name="q" value={q} maxLength={200} onChange={(e) => setQ(e.target.value)} />
        </label>
        <DateRangeFields from={filters.from} to={filters.to} onChange={(from, to) => apply({ ...filters, q, from, to })} />
        <div className="toolbar-actions">
          <button type="submit" className="button">
            Search
          </button>
          <button type="button" className="button-quiet" onClick={() => apply(emptyArticleFilters)}>
            Reset
          </button>
        </div>
      </form>
      <section aria-label="Matching articles" aria-busy={list.status === "loading"}>
        {list.items.length > 0 ? (
          <ol className="cards" aria-label="Articles" data-testid="article-list">
            {list.items.map((a) => (
              <li key={a.id} className="card" data-testid="article-item">
                <div className="card-meta">
                  <time dateTime={a.date} className="muted">
                    {formatDay(a.date)}
                  </time>
                  <span className="muted">{a.fileName}</span>
                  <span className="muted">
                    {countOf(a.statementCount, "statement")} · {countOf(a.incidentCount, "incident")}
                  </span>
                </div>
                <Link to={{ page: "article", id: a.id, focus: null }} className="article-link">
                  {a.title}
                </Link>
              </li>
            ))}
          </ol>
        ) : null}
        <PagedListStatus list={list} what="articles" empty="No articles match these filters." />
      </section>
    </>
  )
}
