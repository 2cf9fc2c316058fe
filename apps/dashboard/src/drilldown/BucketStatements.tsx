/** The statements behind one chart bucket: paged, each with its evidence sentence and a link to the highlighted span. */
import { listStatements } from "../api/client.ts"
import { bucketStatementQuery } from "../api/queries.ts"
import { usePagedList } from "../api/useRemote.ts"
import type { DayRange } from "../charts/bucketRange.ts"
import { PagedListStatus } from "../components/PagedListStatus.tsx"
import { StatementList } from "../components/StatementList.tsx"
import { DrilldownFrame } from "./DrilldownFrame.tsx"

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
    <DrilldownFrame title={title} testId="statement-drilldown" onClose={props.onClose}>
      {list.items.length > 0 ? <StatementList statements={list.items} label={title} keyword={q} /> : null}
      <PagedListStatus list={list} what="statements" empty="No statements in this period." />
    </DrilldownFrame>
  )
}
