/** The overlay chart: one actor's statements as a line against attack reports as bars, on one time axis, with a brush to zoom. */
import type { Interval, IsoDate } from "@wirewatch/domain"
import { useState } from "react"
import { Bar, Brush, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { ActiveBucketProbe, useActiveBucket } from "./ActiveBucket.tsx"
import { bucketLabel, bucketTick, spansYears } from "./bucketRange.ts"
import { initialWindow, type OverlayRow } from "./overlayRows.ts"
import { SeriesLegend } from "./SeriesLegend.tsx"

const COLORS = { statements: "#1f5fbf", reports: "#d9826b", incidents: "#a33b20" } as const
/** How many buckets the brush shows at first (two years of weeks); the handles reach the rest. */
const FIRST_WINDOW = 104

export interface OverlayChartProps {
  readonly rows: ReadonlyArray<OverlayRow>
  readonly interval: Interval
  readonly actorName: string
  /** The keyword the statements were filtered on ("" for none). */
  readonly keyword: string
  readonly attackLabel: string
  readonly selected: IsoDate | null
  readonly onSelect: (bucket: IsoDate) => void
  /** Makes the brushed window the page's date range. */
  readonly onZoom: (from: IsoDate, to: IsoDate) => void
}

interface OverlayTooltipProps {
  readonly active: boolean | undefined
  readonly row: OverlayRow | undefined
  readonly label: unknown
  readonly interval: Interval
  readonly actorName: string
}

const OverlayTooltip = ({ active, row, label, interval, actorName }: OverlayTooltipProps) => {
  if (active !== true || row === undefined) return null
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{bucketLabel(String(label), interval)}</p>
      <p>
        <span style={{ color: COLORS.statements }}>●</span> {actorName}: {row.statements} statement{row.statements === 1 ? "" : "s"}
      </p>
      <p>
        <span style={{ color: COLORS.reports }}>■</span> {row.reports} attack report{row.reports === 1 ? "" : "s"}, {row.incidents} distinct incident{row.incidents === 1 ? "" : "s"}
      </p>
      {row.killed > 0 || row.injured > 0 ? (
        <p>
          {row.killed} killed, {row.injured} injured
        </p>
      ) : null}
      <p className="muted small">Click to list them</p>
    </div>
  )
}

export const OverlayChart = ({ rows, interval, actorName, keyword, attackLabel, selected, onSelect, onZoom }: OverlayChartProps) => {
  const statementsLabel = `Statements by ${actorName}${keyword.trim() === "" ? "" : ` about “${keyword.trim()}”`}`
  const [window, setWindow] = useState(() => initialWindow(rows.length, FIRST_WINDOW))
  const shown = rows.slice(window.startIndex, window.endIndex + 1)
  const multiYear = spansYears(rows.map((r) => r.bucket))
  const keyboard = useActiveBucket(onSelect)
  const data = rows as Array<OverlayRow>
  const said = shown.reduce((n, r) => n + r.statements, 0)
  const reported = shown.reduce((n, r) => n + r.reports, 0)
  const first = shown[0]
  const last = shown[shown.length - 1]
  return (
    <div className="chart" data-testid="overlay-chart">
      <figure
        className="chart-box"
        onKeyDown={keyboard.onKeyDown}
        aria-label={`${statementsLabel} per ${interval} as a line (left axis) and ${attackLabel} as bars (right axis). Focus it and use the arrow keys to move between buckets, Enter to list what is behind one.`}
      >
        <ResponsiveContainer width="100%" height={380}>
          <ComposedChart
            data={data}
            margin={{ top: 8, right: 4, bottom: 4, left: 0 }}
            onClick={(state) => {
              const label = state?.activeLabel
              if (typeof label === "string") onSelect(label as IsoDate)
            }}
            className="clickable-chart"
          >
            <XAxis dataKey="bucket" tickFormatter={(b: string) => bucketTick(b, interval, multiYear)} minTickGap={16} tick={{ fontSize: 12 }} />
            <YAxis yAxisId="said" allowDecimals={false} width={36} tick={{ fontSize: 12, fill: COLORS.statements }} />
            <YAxis yAxisId="attacks" orientation="right" allowDecimals={false} width={36} tick={{ fontSize: 12, fill: COLORS.incidents }} />
            <ActiveBucketProbe into={keyboard.active} />
            <Tooltip
              content={(props) => (
                <OverlayTooltip active={props.active} row={props.payload?.[0]?.payload as OverlayRow | undefined} label={props.label} interval={interval} actorName={actorName} />
              )}
            />
            <Bar yAxisId="attacks" dataKey="reports" name="Attack reports" fill={COLORS.reports} isAnimationActive={false} maxBarSize={40} cursor="pointer" />
            <Bar yAxisId="attacks" dataKey="incidents" name="Distinct incidents" fill={COLORS.incidents} isAnimationActive={false} maxBarSize={40} cursor="pointer" />
            <Line
              yAxisId="said"
              type="linear"
              dataKey="statements"
              name={statementsLabel}
              stroke={COLORS.statements}
              strokeWidth={2.5}
              dot={(props) => (Number(props.value) > 0 ? <circle key={props.index} cx={props.cx} cy={props.cy} r={3.5} fill={COLORS.statements} /> : <g key={props.index} />)}
              activeDot={{ r: 6, stroke: "#fff", strokeWidth: 2, cursor: "pointer" }}
              isAnimationActive={false}
            />
            {selected === null ? null : <ReferenceLine yAxisId="said" x={selected} stroke="#1c2230" strokeDasharray="4 3" ifOverflow="hidden" />}
            {rows.length > 8 ? (
              <Brush
                dataKey="bucket"
                height={28}
                stroke="#5b6b82"
                startIndex={window.startIndex}
                endIndex={window.endIndex}
                tickFormatter={(b: string) => bucketTick(b, interval, multiYear)}
                onChange={(w) => {
                  if (typeof w.startIndex === "number" && typeof w.endIndex === "number") setWindow({ startIndex: w.startIndex, endIndex: w.endIndex })
                }}
              />
            ) : null}
          </ComposedChart>
        </ResponsiveContainer>
      </figure>
      <SeriesLegend
        label="Layers"
        entries={[
          { key: "statements", label: statementsLabel, color: COLORS.statements, shape: "line", detail: "(left axis)" },
          { key: "reports", label: `Reports of ${attackLabel}`, color: COLORS.reports, shape: "bar", detail: "(right axis)" },
          { key: "incidents", label: "Distinct incidents", color: COLORS.incidents, shape: "bar", detail: "(right axis)" }
        ]}
      />
      {first === undefined || last === undefined ? null : (
        <p className="muted small overlay-window" data-testid="overlay-window">
          Shown: {bucketLabel(first.bucket, interval)} to {bucketLabel(last.bucket, interval)} · {said} statement{said === 1 ? "" : "s"}, {reported} attack report
          {reported === 1 ? "" : "s"}.{" "}
          {rows.length > 8 && shown.length < rows.length ? (
            <button type="button" className="link-button" onClick={() => onZoom(first.bucket, last.bucket)}>
              Use this window as the date range
            </button>
          ) : null}
        </p>
      )}
      {selected === null ? null : (
        <p className="visually-hidden" aria-live="polite">
          Showing statements and attacks in {bucketLabel(selected, interval)}
        </p>
      )}
    </div>
  )
}
