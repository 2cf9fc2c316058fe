/** "Statements per actor over time": one line per actor; clicking a point (or a table button) drills into that bucket. */
import type { Interval, IsoDate, StatementSeries } from "@wirewatch/domain"
import { useMemo } from "react"
import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { LazyDetails } from "../components/LazyDetails.tsx"
import { ActiveBucketProbe, useActiveBucket } from "./ActiveBucket.tsx"
import { bucketLabel, bucketTick, spansYears } from "./bucketRange.ts"
import { SeriesLegend } from "./SeriesLegend.tsx"
import { statementRows } from "./statementSeriesRows.ts"

export interface StatementFrequencyChartProps {
  readonly series: StatementSeries
  /** Called with the bucket clicked and the actor whose point was clicked (null: all charted actors). */
  readonly onSelect: (bucket: IsoDate, actorId: string | null) => void
  readonly selected: { readonly bucket: IsoDate; readonly actor: string | null } | null
}

export const StatementFrequencyChart = ({ series, onSelect, selected }: StatementFrequencyChartProps) => {
  const { rows, lines } = useMemo(() => statementRows(series), [series])
  const interval: Interval = series.interval
  const multiYear = spansYears(rows.map((r) => r.bucket))
  const keyboard = useActiveBucket((bucket) => onSelect(bucket, null))
  const names = useMemo(() => new Map(lines.map((l) => [l.actorId, l.actorName])), [lines])
  return (
    <div className="chart" data-testid="statement-chart">
      <figure className="chart-box" onKeyDown={keyboard.onKeyDown} aria-label={`Line chart of statements per ${interval} for ${lines.map((l) => l.actorName).join(", ")}. Focus it and use the arrow keys to move between buckets, Enter to list what is behind one. The data table lists the same numbers.`}>
        <ResponsiveContainer width="100%" height={320}>
          <LineChart
            data={rows as unknown as Array<Record<string, unknown>>}
            margin={{ top: 8, right: 16, bottom: 4, left: 0 }}
            onClick={(state) => {
              const label = state?.activeLabel
              if (typeof label === "string") onSelect(label as IsoDate, null)
            }}
            className="clickable-chart"
          >
            <XAxis dataKey="bucket" tickFormatter={(b: string) => bucketTick(b, interval, multiYear)} minTickGap={16} tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} width={36} tick={{ fontSize: 12 }} />
            <ActiveBucketProbe into={keyboard.active} />
            <Tooltip labelFormatter={(b) => bucketLabel(String(b), interval)} itemSorter={(item) => -Number(item.value ?? 0)} />
            {lines.map((l) => (
              <Line
                key={l.actorId}
                type="linear"
                dataKey={l.actorId}
                name={l.actorName}
                stroke={l.color}
                strokeWidth={2}
                dot={(props) =>
                  // only buckets with statements get a dot, so sparse series read as events, not as flat zero lines
                  Number(props.value) > 0 ? <circle key={props.index} cx={props.cx} cy={props.cy} r={3} fill={l.color} /> : <g key={props.index} />
                }
                activeDot={(props) => (
                  <circle
                    cx={props.cx}
                    cy={props.cy}
                    r={6}
                    fill={l.color}
                    stroke="#fff"
                    strokeWidth={2}
                    style={{ cursor: "pointer" }}
                    onClick={(event) => {
                      event.stopPropagation()
                      const bucket = (props.payload as { bucket?: unknown } | undefined)?.bucket
                      if (typeof bucket === "string") onSelect(bucket as IsoDate, l.actorId)
                    }}
                  />
                )}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <SeriesLegend
        label="Actors"
        entries={lines.map((l) => ({ key: l.actorId, label: l.actorName, color: l.color, shape: "line", detail: `(${l.total})` }))}
      />
      <LazyDetails className="chart-data" summary="Data table">
        {() => (
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">Statements per {interval} and actor; periods without statements are left out</caption>
              <thead>
                <tr>
                  <th scope="col">{interval === "day" ? "Day" : interval === "week" ? "Week" : "Month"}</th>
                  {lines.map((l) => (
                    <th scope="col" key={l.actorId} className="num">
                      {l.actorName}
                    </th>
                  ))}
                  <th scope="col">
                    <span className="visually-hidden">Drill down</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.filter((row) => lines.some((l) => Number(row[l.actorId]) > 0)).map((row) => (
                  <tr key={row.bucket} aria-current={selected?.bucket === row.bucket ? "true" : undefined}>
                    <th scope="row">{bucketLabel(row.bucket, interval)}</th>
                    {lines.map((l) => (
                      <td key={l.actorId} className="num">
                        {row[l.actorId]}
                      </td>
                    ))}
                    <td>
                      <button type="button" className="link-button" onClick={() => onSelect(row.bucket as IsoDate, null)}>
                        Show statements
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </LazyDetails>
      {selected === null ? null : (
        <p className="visually-hidden" aria-live="polite">
          Showing statements {selected.actor === null ? "" : `by ${names.get(selected.actor) ?? selected.actor} `}in {bucketLabel(selected.bucket, interval)}
        </p>
      )}
    </div>
  )
}
