/** Checks a figure against a target of issue 6 and says the result in words a reader can check. */
import type { Verdict } from "./Measurement.ts"

/** `1234.5` → `1,235` (digits decimals, thousands separated); `n/a` for null or NaN. */
export const formatNumber = (value: number | null, digits = 0): string =>
  value === null || Number.isNaN(value)
    ? "n/a"
    : value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits })

const measuredText = (value: number | null, unit: string, digits: number): string =>
  value === null || Number.isNaN(value) ? "not measured" : `${formatNumber(value, digits)} ${unit}`.trim()

/** Met when the figure reaches the floor. */
export const atLeast = (target: string, value: number | null, floor: number, unit: string, digits = 0): Verdict => ({
  target,
  measured: measuredText(value, unit, digits),
  met: value === null || Number.isNaN(value) ? null : value >= floor
})

/** Met when the figure stays strictly under the ceiling. */
export const below = (target: string, value: number | null, ceiling: number, unit: string, digits = 0): Verdict => ({
  target,
  measured: measuredText(value, unit, digits),
  met: value === null || Number.isNaN(value) ? null : value < ceiling
})

/** Met when the figure does not exceed the ceiling. */
export const atMost = (target: string, value: number | null, ceiling: number, unit: string, digits = 0): Verdict => ({
  target,
  measured: measuredText(value, unit, digits),
  met: value === null || Number.isNaN(value) ? null : value <= ceiling
})

/** How much a per-article cost may grow from the small run to the large one and still count as flat. */
export const FLAT_TOLERANCE = 1.2

/** Per-article cost at the large size over the small one; flat when at most FLAT_TOLERANCE. */
export const flatGrowth = (target: string, small: number | null, large: number | null, unit: string, digits = 2): Verdict => {
  if (small === null || large === null || !(small > 0) || Number.isNaN(large)) return { target, measured: "not measured", met: null }
  const ratio = large / small
  return {
    target,
    measured: `${formatNumber(small, digits)} → ${formatNumber(large, digits)} ${unit} (×${ratio.toFixed(2)})`,
    met: ratio <= FLAT_TOLERANCE
  }
}

/** The word printed for a verdict. */
export const verdictWord = (v: Verdict): string => (v.met === null ? "not measured" : v.met ? "met" : "NOT met")
