/** The statements behind one chart bucket: paged, each with its evidence sentence and a link to the highlighted span. */
import { listStatements } from "../api/client.ts"
import { bucketStatementQuery } from "../api/queries.ts"
import { usePagedList } from "../api/useRemote.ts"
import type { DayRange } from "../charts/bucketRange.ts"
import { Empty, ErrorMessage, Loading } from "../components/RemoteStatus.tsx"
import { StatementList } from "../components/StatementList.tsx"

const DRILL_PAGE = 25

export const BucketStatements = (props: {
  readonly title: string
  readonly range: DayRange
  readonly actors: ReadonlyArray<string>
  readonly q: string
  readonly onClose?: () => void
}) => {
  const { range, actors, q, title } = props
  const key = `drill:statements:${range.from}:${range.to}:${actors.join(",")}:${q}`
  const list = usePagedList(key, (cursor, signal) => listStatements(bucketStatementQuery(range, actors, DRILL_PAGE, cursor, q), signal))
  return (
    <section className="drilldown" aria-label={title} data-testid="statement-drilldown">
      <div className="drilldown-head">
        <h3>{title}</h3>
        {props.onClose === undefined ? null : (
          <button type="button" className="button-quiet" onClick={props.onClose}>
            Close
          </button>
        )}
      </div>
      {list.items.length > 0 ? <StatementList statements={list.items} label={title} keyword={q} /> : null}
      {list.status === "loading" ? <Loading what="statements" /> : null}
      {list.status === "failure" && list.error !== null ? <ErrorMessage error={list.error} what="statements" retry={list.retry} /> : null}
      {list.status === "success" && list.items.length === 0 ? <Empty>No statements in this period.</Empty> : null}
      {list.hasMore && list.status !== "loading" ? (
        <button type="button" className="button" onClick={list.loadMore}>
          Load more statements
        </button>
      ) : null}
    </section>
  )
}
