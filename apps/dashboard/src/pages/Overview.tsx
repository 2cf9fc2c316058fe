/** The overview: statements per actor and attack reports over time, with drill-down to the evidence behind a bucket. */
import type { ActorSummary, IsoDate } from "@wirewatch/domain"
import { isInterval } from "@wirewatch/domain/plain"
import { lazy, Suspense, useMemo } from "react"
import { getHealth, incidentSeries, listActors, statementSeries } from "../api/client.ts"
import { incidentSeriesQueryOf, statementSeriesQueryOf } from "../api/queries.ts"
import { useRemote } from "../api/useRemote.ts"
import { AttackReportsChart } from "../charts/AttackReportsChart.tsx"
import { bucketLabel, bucketRange, clampRange } from "../charts/bucketRange.ts"
import { StatementFrequencyChart } from "../charts/StatementFrequencyChart.tsx"
import { statementRows, topActorIds } from "../charts/statementSeriesRows.ts"
import { DateRangeFields } from "../components/DateRangeFields.tsx"
import { Empty, ErrorMessage, Loading } from "../components/RemoteStatus.tsx"
import { navigateTo } from "../state/navigation.ts"
import { Link } from "../components/Link.tsx"
import { emptyOverlay, type OverviewState } from "../state/urlState.ts"

// the lists behind a clicked bucket load with the first click, not with the page
const BucketStatements = lazy(() => import("../drilldown/BucketStatements.tsx").then((m) => ({ default: m.BucketStatements })))
const BucketIncidents = lazy(() => import("../drilldown/BucketIncidents.tsx").then((m) => ({ default: m.BucketIncidents })))

const PICKABLE_ACTOR_COUNT = 12

export const Overview = ({ state }: { readonly state: OverviewState }) => {
  const go = (patch: Partial<OverviewState>, replace = false) => navigateTo({ page: "overview", state: { ...state, ...patch } }, { replace })
  // the API lists the most quoted first, so the first page is the picker's choice
  const actors = useRemote("actors:pickable", (signal) => listActors({ limit: PICKABLE_ACTOR_COUNT }, signal))
  const health = useRemote("health", getHealth)
  return (
    <>
      <h1>Overview</h1>
      {health.status === "success" && health.value.articles === 0 ? (
        <Empty>
          No articles have been ingested yet. Run <code>pnpm ingest &lt;folder&gt;</code> and reload this page.
        </Empty>
      ) : null}
      {health.status === "failure" ? <ErrorMessage error={health.error} what="the API status" retry={health.retry} /> : null}
      <form className="toolbar" aria-label="Chart settings" onSubmit={(e) => e.preventDefault()}>
        <label className="field">
          <span>Interval</span>
          <select value={state.interval} onChange={(e) => isInterval(e.target.value) && go({ interval: e.target.value, drill: null })}>
            <option value="day">Day</option>
            <option value="week">Week</option>
            <option value="month">Month</option>
          </select>
        </label>
        <DateRangeFields from={state.from} to={state.to} onChange={(from, to) => go({ from, to, drill: null }, true)} />
        <label className="field">
          <span>Keyword</span>
          <input type="search" name="q" value={state.q} placeholder="e.g. peace" onChange={(e) => go({ q: e.target.value, drill: null }, true)} />
        </label>
      </form>

      <section className="panel" aria-labelledby="statements-chart-title">
        <div className="panel-head">
          <h2 id="statements-chart-title">Statements per actor over time</h2>
          <p className="muted small">Click a point to read the statements behind it.</p>
        </div>
        <StatementPanel state={state} ranked={actors.status === "success" ? actors.value.items : []} go={go} />
        {actors.status === "failure" ? <ErrorMessage error={actors.error} what="the actor list for choosing lines" retry={actors.retry} /> : null}
      </section>

      <section className="panel" aria-labelledby="attacks-chart-title">
        <div className="panel-head">
          <h2 id="attacks-chart-title">Attack reports over time</h2>
          <p className="muted small">Bars count reports and distinct incidents; lines show people killed and injured. Click a bar for its incidents.</p>
        </div>
        <AttackPanel state={state} go={go} />
      </section>
    </>
  )
}

const byIdName = (ranked: ReadonlyArray<ActorSummary>, id: string) => ranked.find((a) => a.id === id)?.name ?? id

type Go = (patch: Partial<OverviewState>, replace?: boolean) => void

const ActorPicker = (props: {
  readonly ranked: ReadonlyArray<ActorSummary>
  readonly charted: ReadonlyArray<{ readonly id: string; readonly name: string; readonly color: string | null }>
  readonly onChange: (ids: ReadonlyArray<string>) => void
}) => {
  const byId = new Map<string, ActorSummary>(props.ranked.map((a) => [a.id, a]))
  const top = topActorIds(props.ranked, PICKABLE_ACTOR_COUNT).map((id) => byId.get(id)!)
  const charted = props.charted.map((a) => a.id)
  const extra = props.charted.filter((c) => !top.some((a) => a.id === c.id))
  const onChange = props.onChange
  if (top.length === 0 && extra.length === 0) return null
  const colorOf = (id: string) => props.charted.find((c) => c.id === id)?.color ?? null
  const swatch = (id: string) => {
    const color = colorOf(id)
    return color === null ? null : <span className="swatch swatch-line" style={{ color }} aria-hidden="true" />
  }
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...charted, id] : charted.filter((x) => x !== id)
    onChange(next)
  }
  return (
    <fieldset className="actor-picker">
      <legend>Actors charted</legend>
      {top.map((a) => (
        <label key={a.id} className="chip">
          <input type="checkbox" checked={charted.includes(a.id)} onChange={(e) => toggle(a.id, e.target.checked)} />
          {swatch(a.id)}
          <span title={`${a.statementCount} statements in all`}>
            {a.name} <span className="muted">({a.statementCount})</span>
          </span>
        </label>
      ))}
      {extra.map((c) => (
        <label key={c.id} className="chip">
          <input type="checkbox" checked onChange={() => toggle(c.id, false)} />
          {swatch(c.id)}
          <span>{c.name}</span>
        </label>
      ))}
    </fieldset>
  )
}

const StatementPanel = ({ state, ranked, go }: { readonly state: OverviewState; readonly ranked: ReadonlyArray<ActorSummary>; readonly go: Go }) => {
  // with no actors chosen the API charts the most quoted actors in the range
  const query = statementSeriesQueryOf(state.actors, state.interval, state.from, state.to, state.q)
  const series = useRemote(`series:statements:${JSON.stringify(query)}`, (signal) => statementSeries(query, signal))
  const drill = state.drill?.chart === "statements" ? state.drill : null
  const lines = useMemo(() => (series.status === "success" ? statementRows(series.value).lines : null), [series])
  const chartedActors =
    lines !== null
      ? lines.map((l) => ({ id: l.actorId, name: l.actorName, color: l.color }))
      : state.actors.map((id) => ({ id, name: byIdName(ranked, id), color: null }))
  const charted = chartedActors.map((a) => a.id)
  return (
    <>
      <ActorPicker ranked={ranked} charted={chartedActors} onChange={(ids) => go({ actors: ids, drill: null })} />
      {series.status === "loading" ? <Loading what="the statement series" /> : null}
      {series.status === "failure" ? <ErrorMessage error={series.error} what="the statement series" retry={series.retry} /> : null}
      {series.status === "success" ? (
        series.value.buckets.length === 0 || series.value.series.length === 0 ? (
          <Empty>
            No statements in this period{charted.length > 0 ? " for the actors charted" : ""}
            {state.q.trim() === "" ? "" : ` containing “${state.q.trim()}”`}.
          </Empty>
        ) : (
          <StatementFrequencyChart
            series={series.value}
            selected={drill === null ? null : { bucket: drill.bucket, actor: drill.actor }}
            onSelect={(bucket, actor) => go({ drill: { chart: "statements", bucket, actor } })}
          />
        )
      ) : null}
      {drill === null ? null : (
        <StatementDrilldown
          key={`${drill.bucket}:${drill.actor ?? ""}`}
          state={state}
          bucket={drill.bucket}
          actors={drill.actor === null ? charted : [drill.actor]}
          actorName={drill.actor === null ? null : (series.status === "success" ? series.value.series.find((s) => s.actorId === drill.actor)?.actorName : undefined) ?? drill.actor}
          onClose={() => go({ drill: null })}
        />
      )}
    </>
  )
}

const StatementDrilldown = (props: {
  readonly state: OverviewState
  readonly bucket: IsoDate
  readonly actors: ReadonlyArray<string>
  readonly actorName: string | null
  readonly onClose: () => void
}) => {
  const range = clampRange(bucketRange(props.bucket, props.state.interval), props.state)
  const q = props.state.q.trim()
  const title = `Statements ${props.actorName === null ? "" : `by ${props.actorName} `}${q === "" ? "" : `about “${q}” `}in ${bucketLabel(props.bucket, props.state.interval)}`
  const only = props.actors.length === 1 ? props.actors[0] : undefined
  return (
    <Suspense fallback={<Loading what="statements" />}>
      <BucketStatements title={title} range={range} actors={props.actors} q={q} onClose={props.onClose} />
      {only === undefined ? null : (
        <p className="small">
          <Link
            to={{ page: "overlay", state: { ...emptyOverlay, actor: only, q, interval: props.state.interval, from: props.state.from, to: props.state.to, bucket: props.bucket } }}
            data-testid="drill-overlay-link"
          >
            {props.actorName === null ? "Set these statements" : `Set ${props.actorName}'s statements`} against reported attacks on one time axis →
          </Link>
        </p>
      )}
    </Suspense>
  )
}

const AttackPanel = ({ state, go }: { readonly state: OverviewState; readonly go: Go }) => {
  const query = incidentSeriesQueryOf(state.interval, state.from, state.to)
  const series = useRemote(`series:incidents:${JSON.stringify(query)}`, (signal) => incidentSeries(query, signal))
  const drill = state.drill?.chart === "incidents" ? state.drill : null
  return (
    <>
      {series.status === "loading" ? <Loading what="the attack series" /> : null}
      {series.status === "failure" ? <ErrorMessage error={series.error} what="the attack series" retry={series.retry} /> : null}
      {series.status === "success" ? (
        series.value.points.length === 0 ? (
          <Empty>No attacks reported in this period.</Empty>
        ) : (
          <AttackReportsChart series={series.value} selected={drill?.bucket ?? null} onSelect={(bucket) => go({ drill: { chart: "incidents", bucket } })} />
        )
      ) : null}
      {drill === null ? null : <IncidentDrilldown key={drill.bucket} state={state} bucket={drill.bucket} onClose={() => go({ drill: null })} />}
    </>
  )
}

const IncidentDrilldown = ({ state, bucket, onClose }: { readonly state: OverviewState; readonly bucket: IsoDate; readonly onClose: () => void }) => (
  <Suspense fallback={<Loading what="incidents" />}>
    <BucketIncidents title={`Incidents in ${bucketLabel(bucket, state.interval)}`} range={clampRange(bucketRange(bucket, state.interval), state)} onClose={onClose} />
  </Suspense>
)
