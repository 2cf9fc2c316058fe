/** A chart legend as an HTML list (readable by screen readers, wraps on phones), in the order the caller gives. */
export interface LegendEntry {
  readonly key: string
  readonly label: string
  readonly color: string
  readonly shape: "line" | "dashed" | "bar"
  readonly detail?: string
}

export const SeriesLegend = ({ entries, label }: { readonly entries: ReadonlyArray<LegendEntry>; readonly label: string }) => (
  <ul className="series-legend" aria-label={label}>
    {entries.map((e) => (
      <li key={e.key}>
        <span className={`swatch swatch-${e.shape}`} style={{ color: e.color }} aria-hidden="true" />
        {e.label}
        {e.detail === undefined ? null : <span className="muted"> {e.detail}</span>}
      </li>
    ))}
  </ul>
)
