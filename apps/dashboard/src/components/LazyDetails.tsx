/** A disclosure whose content is only built once opened: a chart's data table can have thousands of rows. */
import { useState, type ReactNode } from "react"

export const LazyDetails = ({ summary, className, children }: { readonly summary: string; readonly className?: string; readonly children: () => ReactNode }) => {
  const [open, setOpen] = useState(false)
  return (
    <details className={className} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open ? children() : null}
    </details>
  )
}
