/** The overlay: how often one actor spoke (optionally of one thing) against the attacks reported on a country or place, on one time axis. */
import type { IsoDate } from "@wirewatch/domain"
import { isInterval } from "@wirewatch/domain/plain"
import { useMemo } from "react"
import { incidentSeries, listActors, statementSeries } from "../api/client.ts"
import { incidentSeriesQueryOf, statementSeriesQueryOf } from "../api/queries.ts"
import { useRemote } from "../api/useRemote.ts"
import { bucketLabel, bucketRange, clampRange } from "../charts/bucketRange.ts"
import { OverlayChart } from "../charts/OverlayChart.tsx"
import { overlayRows } from "../charts/overlayRows.ts"
import { ActorOption } from "../components/ActorOption.tsx"
import { DateRangeFields } from "../components/DateRangeFields.tsx"
import { Empty, ErrorMessage, Loading } from "../components/RemoteStatus.tsx"
import { BucketIncidents } from "../drilldown/BucketIncidents.tsx"
import { BucketStatements } from "../drilldown/BucketStatements.tsx"
import { DrilldownFrame } from "../drilldown/DrilldownFrame.tsx"
import { navigateTo } from "../state/navigation.ts"
import type { OverlayState } from "../state/urlState.ts"

const PICKABLE_ACTORS = 40

/** "attacks on Kyiv, Ukraine", "attacks in Ukraine", "all reported attacks". */
const attackLabelOf = (s: OverlayState): string => {
  const where = [s.place.trim(), s.country.trim()].filter((x) => x !== "").join(", ")
  return where === "" ? "all reported attacks" : `attacks on ${where}`
}

export default function Overlay({ state }: { readonly state: OverlayState }) {
  const go = (patch: Partial<OverlayState>, replace = false) => navigateTo({ page: "overlay", state: { ...state, ...patch } }, { replace })
  const actors = useRemote("actors:overlay", (signal) => listActors({ limit: PICKABLE_ACTORS }, signal))
  // until the reader picks one, the most quoted actor is drawn
  const actorId = state.actor ?? (actors.status === "success" ? (actors.value.items[0]?.id ?? null) : null)
  const listed = actors.status === "success" ? actors.value.items : []
  return (
    <>
      <h1>Statements against attacks</h1>
      <p className="lede">
        One actor's statements and the attacks reported on a place, on one time axis. Drag the handles under the chart to zoom; click a week to read
        the statements and attack reports behind it.
      </p>
      <form className="toolbar" aria-label="Overlay settings" onSubmit={(e) => e.preventDefault()}>
        <label className="field">
          <span>Actor</span>
          <select value={actorId ?? ""} onChange={(e) => go({ actor: e.target.value === "" ? null : e.target.value, bucket: null })}>
            {actorId === null ? <option value="">(loading actors)</option> : null}
            {actorId !== null && !listed.some((a) => a.id === actorId) ? (
              // an actor beyond the top ones (a link chose it) is named once the list has come without it
              actors.status === "success" ? <ActorOption id={actorId} /> : <option value={actorId}>{actorId}</option>
            ) : null}
            {listed.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.statementCount})
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Keyword</span>
          <input type="search" name="q" value={state.q} placeholder="e.g. peace" onChange={(e) => go({ q: e.target.value, bucket: null }, true)} />
        </label>
        <label className="field">
          <span>Country</span>
          <input type="search" name="country" value={state.country} placeholder="e.g. Ukraine" onChange={(e) => go({ country: e.target.value, bucket: null }, true)} />
        </label>
        <label className="field">
          <span>Place</span>
          <input type="search" name="place" value={state.place} placeholder="e.g. Kyiv" onChange={(e) => go({ place: e.target.value, bucket: null }, true)} />
        </label>
        <label className="field">
          <span>Interval</span>
          <select value={state.interval} onChange={(e) => isInterval(e.target.value) && go({ interval: e.target.value, bucket: null })}>
            <option value="day">Day</option>
            <option value="week">Week</option>
            <option value="month">Month</option>
          </select>
        </label>
        <DateRangeFields from={state.from} to={state.to} onChange={(from, to) => go({ from, to, bucket: null }, true)} />
      </form>
      {actors.status === "failure" ? <ErrorMessage error={actors.error} what="the actor list" retry={actors.retry} /> : null}
      {actors.status === "success" && actorId === null ? <Empty>No actors yet: ingest some articles first.</Empty> : null}
      {actorId === null ? (actors.status === "loading" ? <Loading what="actors" /> : null) : <OverlayPanel state={state} actorId={actorId} go={go} />}
    </>
  )
}

const OverlayPanel = ({ state, actorId, go }: { readonly state: OverlayState; readonly actorId: string; readonly go: (patch: Partial<OverlayState>, replace?: boolean) => void }) => {
  const sQuery = statementSeriesQueryOf([actorId], state.interval, state.from, state.to, state.q)
  const iQuery = incidentSeriesQueryOf(state.interval, state.from, state.to, { country: state.country, place: state.place })
  const said = useRemote(`overlay:statements:${JSON.stringify(sQuery)}`, (signal) => statementSeries(sQuery, signal))
  const attacks = useRemote(`overlay:incidents:${JSON.stringify(iQuery)}`, (signal) => incidentSeries(iQuery, signal))
  const rows = useMemo(
    () => (said.status === "success" && attacks.status === "success" ? overlayRows(said.value, attacks.value, actorId) : null),
    [said, attacks, actorId]
  )
  const actorName = (said.status === "success" ? said.value.series.find((s) => s.actorId === actorId)?.actorName : undefined) ?? actorId
  const attackLabel = attackLabelOf(state)
  const q = state.q.trim()
  return (
    <section className="panel" aria-labelledby="overlay-title">
      <div className="panel-head">
        <h2 id="overlay-title">
          {actorName}
          {q === "" ? "" : ` on “${q}”`} vs {attackLabel}
        </h2>
      </div>
      {said.status === "loading" || attacks.status === "loading" ? <Loading what="the two series" /> : null}
      {said.status === "failure" ? <ErrorMessage error={said.error} what="the statement series" retry={said.retry} /> : null}
      {attacks.status === "failure" ? <ErrorMessage error={attacks.error} what="the attack series" retry={attacks.retry} /> : null}
      {rows === null ? null : rows.length === 0 || rows.every((r) => r.statements === 0 && r.reports === 0) ? (
        <Empty>
          Neither statements by {actorName}
          {q === "" ? "" : ` containing “${q}”`} nor {attackLabel} in this period.
        </Empty>
      ) : (
        <OverlayChart
          // a new series starts with a new brush window
          key={`${JSON.stringify(sQuery)}|${JSON.stringify(iQuery)}`}
          rows={rows}
          interval={state.interval}
          actorName={actorName}
          keyword={state.q}
          attackLabel={attackLabel}
          selected={state.bucket}
          onSelect={(bucket) => go({ bucket })}
          onZoom={(from, last) => go({ from, to: bucketRange(last, state.interval).to, bucket: null })}
        />
      )}
      {state.bucket === null ? null : <OverlayDrilldown state={state} bucket={state.bucket} actorId={actorId} actorName={actorName} attackLabel={attackLabel} onClose={() => go({ bucket: null })} />}
    </section>
  )
}

const OverlayDrilldown = (props: {
  readonly state: OverlayState
  readonly bucket: IsoDate
  readonly actorId: string
  readonly actorName: string
  readonly attackLabel: string
  readonly onClose: () => void
}) => {
  const { state, bucket } = props
  const range = clampRange(bucketRange(bucket, state.interval), state)
  const when = bucketLabel(bucket, state.interval)
  const q = state.q.trim()
  return (
    <DrilldownFrame title={`In ${when}`} testId="overlay-drilldown" className="overlay-drill" onClose={props.onClose}>
      <div className="overlay-drill-columns">
        <BucketStatements key={`s:${bucket}`} title={`What ${props.actorName} said${q === "" ? "" : ` about “${q}”`}`} range={range} actors={[props.actorId]} q={q} />
        <BucketIncidents key={`i:${bucket}`} title={`Reported ${props.attackLabel}`} range={range} where={{ country: state.country, place: state.place }} />
      </div>
    </DrilldownFrame>
  )
}
