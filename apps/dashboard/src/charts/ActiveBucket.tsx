/** Keyboard drill-down for charts: remembers the bucket recharts' arrow-key navigation made active, so Enter can open it. */
import type { IsoDate } from "@wirewatch/domain"
import { useEffect, useRef, type KeyboardEvent, type RefObject } from "react"
import { useActiveTooltipLabel } from "recharts"

/** Rendered inside a chart: copies the active tooltip label into `into`. */
export const ActiveBucketProbe = ({ into }: { readonly into: RefObject<IsoDate | null> }) => {
  const label = useActiveTooltipLabel()
  useEffect(() => {
    into.current = typeof label === "string" ? (label as IsoDate) : null
  }, [label, into])
  return null
}

/** A ref for the probe, and a key handler that selects the active bucket on Enter or Space. */
export const useActiveBucket = (onSelect: (bucket: IsoDate) => void) => {
  const active = useRef<IsoDate | null>(null)
  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.key === "Enter" || event.key === " ") && active.current !== null) {
      event.preventDefault()
      onSelect(active.current)
    }
  }
  return { active, onKeyDown }
}
