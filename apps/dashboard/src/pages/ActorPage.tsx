/** One actor: who they are, how often and how they speak, who appears alongside them, and their latest statements. */
import type { ActorDetail, Interval, IsoDate } from "@wirewatch/domain"
import { isInterval } from "@wirewatch/domain/plain"
import { getActor, listStatements, statementSeries } from "../api/client.ts"
import { useRemote } from "../api/useRemote.ts"
import { bucketRange, formatDay } from "../charts/bucketRange.ts"
import { StatementFrequencyChart } from "../charts/StatementFrequencyChart.tsx"
import { Link } from "../components/Link.tsx"
import { Empty, ErrorMessage, Loading } from "../components/RemoteStatus.tsx"
import { StatementList } from "../components/StatementList.tsx"
import { navigateTo } from "../state/navigation.ts"
import { emptyActorFilters, emptyOverlay, emptyStatementFilters } from "../state/urlState.ts"

const RECENT = 10

export const ActorPage = ({ id, interval }: { readonly id: string; readonly interval: Interval }) => {
  const detail = useRemote(`actor:${id}`, (signal) => getActor(id, signal))
  return (
    <>
      <p className="small">
        <Link to={{ page: "actors", filters: emptyActorFilters }}>← All actors</Link>
      </p>
      {detail.status === "loading" ? <Loading what="the actor" /> : null}
      {detail.status === "failure" ? (
        <>
          <h1>Actor</h1>
          <ErrorMessage error={detail.error} what="the actor" retry={detail.retry} />
        </>
      ) : null}
      {detail.status === "success" ? <ActorBody detail={detail.value} interval={interval} /> : null}
    </>
  )
}

const ActorBody = ({ detail, interval }: { readonly detail: ActorDetail; readonly interval: Interval }) => {
  const a = detail.actor
  const series = useRemote(`actor-series:${a.id}:${interval}`, (signal) => statementSeries({ actor: [a.id], interval }, signal))
  const recent = useRemote(`actor-recent:${a.id}`, (signal) => listStatements({ actor: [a.id], limit: RECENT }, signal))
  const allStatements = { ...emptyStatementFilters, actors: [a.id] }
  const drill = (bucket: IsoDate) => navigateTo({ page: "statements", filters: { ...allStatements, ...bucketRange(bucket, interval) } })
  const aliases = a.aliases.filter((x) => x !== a.name)
  return (
    <article aria-labelledby="actor-name" data-testid="actor-detail">
      <h1 id="actor-name">{a.name}</h1>
      <dl className="facts">
        <div>
          <dt>Kind</dt>
          <dd>{a.kind}</dd>
        </div>
        {a.country === null ? null : (
          <div>
            <dt>Country</dt>
            <dd>{a.country}</dd>
          </div>
        )}
        {a.roles.length === 0 ? null : (
          <div>
            <dt>Roles</dt>
            <dd>{a.roles.join(", ")}</dd>
          </div>
        )}
        <div>
          <dt>Statements</dt>
          <dd>
            <Link to={{ page: "statements", filters: allStatements }}>{detail.statementCount}</Link> in {detail.articleCount} articles
          </dd>
        </div>
        {detail.firstStatement === null || detail.lastStatement === null ? null : (
          <div>
            <dt>Quoted</dt>
            <dd>
              {formatDay(detail.firstStatement)} – {formatDay(detail.lastStatement)}
            </dd>
          </div>
        )}
        {aliases.length === 0 ? null : (
          <div>
            <dt>Also called</dt>
            <dd>{aliases.join(", ")}</dd>
          </div>
        )}
      </dl>
      <p className="small">
        <Link to={{ page: "overlay", state: { ...emptyOverlay, actor: a.id } }} data-testid="actor-overlay-link">
          Compare {a.name}'s statements with reported attacks →
        </Link>
      </p>

      <section className="panel" aria-labelledby="actor-chart-title">
        <div className="panel-head">
          <h2 id="actor-chart-title">Statements over time</h2>
          <label className="field field-inline">
            <span>Interval</span>
            <select value={interval} onChange={(e) => isInterval(e.target.value) && navigateTo({ page: "actor", id: a.id, interval: e.target.value }, { replace: true })}>
              <option value="day">Day</option>
              <option value="week">Week</option>
              <option value="month">Month</option>
            </select>
          </label>
        </div>
        {series.status === "loading" ? <Loading what="the statement series" /> : null}
        {series.status === "failure" ? <ErrorMessage error={series.error} what="the statement series" retry={series.retry} /> : null}
        {series.status === "success" ? (
          series.value.buckets.length === 0 ? (
            <Empty>No dated statements by {a.name}.</Empty>
          ) : (
            <StatementFrequencyChart series={series.value} selected={null} onSelect={(bucket) => drill(bucket)} />
          )
        ) : null}
      </section>

      <div className="two-columns">
        <section aria-labelledby="actor-cues">
          <h2 id="actor-cues">How {a.name} is quoted</h2>
          {detail.topCues.length === 0 ? (
            <Empty>No speech cues recorded.</Empty>
          ) : (
            <ul className="counts">
              {detail.topCues.map((c) => (
                <li key={c.cue}>
                  <span>“{c.cue}”</span> <span className="muted">{c.count}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="actor-co">
          <h2 id="actor-co">Named alongside</h2>
          {detail.coMentioned.length === 0 ? (
            <Empty>No other actors named in the same articles.</Empty>
          ) : (
            <ul className="counts">
              {detail.coMentioned.map((c) => (
                <li key={c.actorId}>
                  <Link to={{ page: "actor", id: c.actorId, interval }}>{c.name}</Link> <span className="muted">{c.count}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section aria-labelledby="actor-recent">
        <h2 id="actor-recent">Latest statements</h2>
        {recent.status === "loading" ? <Loading what="statements" /> : null}
        {recent.status === "failure" ? <ErrorMessage error={recent.error} what="statements" retry={recent.retry} /> : null}
        {recent.status === "success" ? (
          recent.value.items.length === 0 ? (
            <Empty>No statements by {a.name}.</Empty>
          ) : (
            <>
              <StatementList statements={recent.value.items} label={`Latest statements by ${a.name}`} />
              {recent.value.nextCursor === null ? null : (
                <p>
                  <Link to={{ page: "statements", filters: allStatements }}>All {detail.statementCount} statements by {a.name} →</Link>
                </p>
              )}
            </>
          )
        ) : null}
      </section>
    </article>
  )
}
