/** "Attack reports over time": reports and distinct incidents as bars, killed and injured as lines; a click drills in. */
import type { IncidentSeries, IsoDate } from "@wirewatch/domain"
import { Bar, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { LazyDetails } from "../components/LazyDetails.tsx"
import { ActiveBucketProbe, useActiveBucket } from "./ActiveBucket.tsx"
import { bucketLabel, bucketTick, spansYears } from "./bucketRange.ts"
import { SeriesLegend, type LegendEntry } from "./SeriesLegend.tsx"

const COLORS = { reports: "#5b7da8", incidents: "#a9bfdc", killed: "#b3261e", injured: "#c77c00" } as const

const LEGEND: ReadonlyArray<LegendEntry> = [
  { key: "reports", label: "Reports", color: COLORS.reports, shape: "bar", detail: "(left axis)" },
  { key: "incidents", label: "Distinct incidents", color: COLORS.incidents, shape: "bar", detail: "(left axis)" },
  { key: "killed", label: "Killed", color: COLORS.killed, shape: "line", detail: "(right axis)" },
  { key: "injured", label: "Injured", color: COLORS.injured, shape: "dashed", detail: "(right axis)" }
]

export interface AttackReportsChartProps {
  readonly series: IncidentSeries
  readonly onSelect: (bucket: IsoDate) => void
  readonly selected: IsoDate | null
}

export const AttackReportsChart = ({ series, onSelect, selected }: AttackReportsChartProps) => {
  const interval = series.interval
  const rows = series.points as Array<(typeof series.points)[number]>
  const multiYear = spansYears(rows.map((r) => r.bucket))
  const keyboard = useActiveBucket(onSelect)
  // a bar knows its own bucket even when the click comes before any hover (touch, quick clicks)
  const onBarClick = (_: unknown, index: number) => {
    const row = rows[index]
    if (row !== undefined) onSelect(row.bucket)
  }
  return (
    <div className="chart" data-testid="attack-chart">
      <figure className="chart-box" onKeyDown={keyboard.onKeyDown} aria-label={`Bar chart of attack reports and distinct incidents per ${interval}, with people killed and injured. Focus it and use the arrow keys to move between buckets, Enter to list what is behind one. The data table lists the same numbers.`}>
        <ResponsiveContainer width="100%" height={320}>
          <ComposedChart
            data={rows}
            margin={{ top: 8, right: 4, bottom: 4, left: 0 }}
            onClick={(state) => {
              const label = state?.activeLabel
              if (typeof label === "string") onSelect(label as IsoDate)
            }}
            className="clickable-chart"
          >
            <XAxis dataKey="bucket" tickFormatter={(b: string) => bucketTick(b, interval, multiYear)} minTickGap={16} tick={{ fontSize: 12 }} />
            <YAxis yAxisId="count" allowDecimals={false} width={36} tick={{ fontSize: 12 }} />
            <YAxis yAxisId="toll" orientation="right" allowDecimals={false} width={40} tick={{ fontSize: 12 }} />
            <ActiveBucketProbe into={keyboard.active} />
            <Tooltip labelFormatter={(b) => bucketLabel(String(b), interval)} />
            <Bar yAxisId="count" dataKey="reports" name="Reports" fill={COLORS.reports} isAnimationActive={false} maxBarSize={48} cursor="pointer" onClick={onBarClick} />
            <Bar yAxisId="count" dataKey="incidents" name="Distinct incidents" fill={COLORS.incidents} isAnimationActive={false} maxBarSize={48} cursor="pointer" onClick={onBarClick} />
            <Line yAxisId="toll" type="linear" dataKey="killed" name="Killed" stroke={COLORS.killed} strokeWidth={2} dot={false} isAnimationActive={false} />
            <Line yAxisId="toll" type="linear" dataKey="injured" name="Injured" stroke={COLORS.injured} strokeWidth={2} strokeDasharray="4 3" dot={false} isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </figure>
      <SeriesLegend label="Series" entries={LEGEND} />
      <LazyDetails className="chart-data" summary="Data table">
        {() => (
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">Attack reports per {interval}; periods without reports are left out</caption>
              <thead>
                <tr>
                  <th scope="col">{interval === "day" ? "Day" : interval === "week" ? "Week" : "Month"}</th>
                  <th scope="col" className="num">Reports</th>
                  <th scope="col" className="num">Incidents</th>
                  <th scope="col" className="num">Killed</th>
                  <th scope="col" className="num">Injured</th>
                  <th scope="col">
                    <span className="visually-hidden">Drill down</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.filter((p) => p.reports > 0 || p.incidents > 0).map((p) => (
                  <tr key={p.bucket} aria-current={selected === p.bucket ? "true" : undefined}>
                    <th scope="row">{bucketLabel(p.bucket, interval)}</th>
                    <td className="num">{p.reports}</td>
                    <td className="num">{p.incidents}</td>
                    <td className="num">{p.killed}</td>
                    <td className="num">{p.injured}</td>
                    <td>
                      <button type="button" className="link-button" onClick={() => onSelect(p.bucket)}>
                        Show incidents
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </LazyDetails>
    </div>
  )
}
