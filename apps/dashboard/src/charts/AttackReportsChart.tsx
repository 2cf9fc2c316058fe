/** "Attack reports over time": reports and distinct incidents as bars, killed and injured as lines; a click drills in. */
import type { IncidentSeries, IsoDate } from "@wirewatch/domain"
import { Bar, Brush, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { bucketLabel, bucketTick } from "./bucketRange.ts"

export interface AttackReportsChartProps {
  readonly series: IncidentSeries
  readonly onSelect: (bucket: IsoDate) => void
  readonly selected: IsoDate | null
}

export const AttackReportsChart = ({ series, onSelect, selected }: AttackReportsChartProps) => {
  const interval = series.interval
  const rows = series.points as Array<(typeof series.points)[number]>
  return (
    <div className="chart" data-testid="attack-chart">
      <div className="chart-box" role="img" aria-label={`Bar chart of attack reports and distinct incidents per ${interval}, with people killed and injured. The table below lists the same numbers.`}>
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
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e3e6ea" />
            <XAxis dataKey="bucket" tickFormatter={(b: string) => bucketTick(b, interval)} minTickGap={16} tick={{ fontSize: 12 }} />
            <YAxis yAxisId="count" allowDecimals={false} width={36} tick={{ fontSize: 12 }} />
            <YAxis yAxisId="toll" orientation="right" allowDecimals={false} width={40} tick={{ fontSize: 12 }} />
            <Tooltip labelFormatter={(b) => bucketLabel(String(b), interval)} />
            <Legend wrapperStyle={{ fontSize: 13 }} />
            <Bar yAxisId="count" dataKey="reports" name="Reports" fill="#5b7da8" isAnimationActive={false} cursor="pointer" />
            <Bar yAxisId="count" dataKey="incidents" name="Distinct incidents" fill="#9fb6d3" isAnimationActive={false} cursor="pointer" />
            <Line yAxisId="toll" type="monotone" dataKey="killed" name="Killed" stroke="#b3261e" strokeWidth={2} dot={false} isAnimationActive={false} />
            <Line yAxisId="toll" type="monotone" dataKey="injured" name="Injured" stroke="#e69f00" strokeWidth={2} strokeDasharray="4 3" dot={false} isAnimationActive={false} />
            {rows.length > 30 ? <Brush dataKey="bucket" height={22} travellerWidth={8} stroke="#8a94a3" tickFormatter={(b: string) => bucketTick(b, interval)} /> : null}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <details className="chart-data">
        <summary>Data table</summary>
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">Attack reports per {interval}</caption>
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
              {rows.map((p) => (
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
      </details>
    </div>
  )
}
