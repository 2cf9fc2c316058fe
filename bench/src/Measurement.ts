/** What every measurement hands the report: titled sections of figures, target verdicts and notes. */

/** One figure: a number with its unit, printed with `digits` decimals; null when it could not be measured. */
export interface Figure {
  readonly label: string
  readonly value: number | null
  readonly unit: string
  readonly digits: number
}

/** One target of issue 6, checked against a measured figure. */
export interface Verdict {
  readonly target: string
  /** The figure as measured, with its unit, e.g. "2,310 articles/s". */
  readonly measured: string
  /** null: not measured in this run (skipped or failed). */
  readonly met: boolean | null
}

export interface Section {
  readonly title: string
  readonly figures: ReadonlyArray<Figure>
  readonly verdicts: ReadonlyArray<Verdict>
  /** What a reader needs to read the figures right: skipped inputs, stopped runs, causes of misses. */
  readonly notes: ReadonlyArray<string>
}

export const figure = (label: string, value: number | null, unit: string, digits = 0): Figure => ({ label, value, unit, digits })
