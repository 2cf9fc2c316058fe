/** The frame of a drill-down under a chart: a region named by its heading, with a Close button when the reader can close it. */
import type { ReactNode } from "react"

export const DrilldownFrame = (props: {
  readonly title: string
  readonly testId: string
  readonly className?: string
  readonly onClose?: (() => void) | undefined
  readonly children: ReactNode
}) => (
  <section className={props.className ?? "drilldown"} aria-label={props.title} data-testid={props.testId}>
    <div className="drilldown-head">
      <h3>{props.title}</h3>
      {props.onClose === undefined ? null : (
        <button type="button" className="button-quiet" onClick={props.onClose}>
          Close
        </button>
      )}
    </div>
    {props.children}
  </section>
)
