/** The benchmark's results as a console table, a Markdown document and JSON, all from the same sections. */
import type { Machine } from "./Machine.ts"
import { machineLine } from "./Machine.ts"
import type { Figure, Section, Verdict } from "./Measurement.ts"
import { formatNumber, verdictWord } from "./Verdict.ts"

export interface BenchReport {
  readonly machine: Machine
  /** `full`, or `quick` (smaller sizes: a smoke test, not comparable with the targets). */
  readonly mode: "full" | "quick"
  readonly elapsedSeconds: number
  readonly sections: ReadonlyArray<Section>
}

const valueText = (f: Figure): string => `${formatNumber(f.value, f.digits)}${f.value === null ? "" : f.unit === "" ? "" : ` ${f.unit}`}`

const allVerdicts = (report: BenchReport): Array<Verdict> => report.sections.flatMap((s) => s.verdicts)

/** `7 of 8 targets met` with the unmeasured ones counted apart. */
export const verdictSummary = (verdicts: ReadonlyArray<Verdict>): string => {
  const met = verdicts.filter((v) => v.met === true).length
  const missed = verdicts.filter((v) => v.met === false).length
  const unmeasured = verdicts.filter((v) => v.met === null).length
  return `${met} of ${verdicts.length} targets met${missed > 0 ? `, ${missed} not met` : ""}${unmeasured > 0 ? `, ${unmeasured} not measured` : ""}`
}

/** Pads cells to their column's width; the first column left-aligned, the others right-aligned. */
export const alignColumns = (rows: ReadonlyArray<ReadonlyArray<string>>): Array<string> => {
  const widths: Array<number> = []
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)))
  return rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ").trimEnd())
}

/** A plain-text table for the terminal. */
export const consoleTable = (report: BenchReport): string => {
  const lines: Array<string> = [`Wirewatch bench (${report.mode}) on ${machineLine(report.machine)}`, ""]
  for (const s of report.sections) {
    lines.push(`== ${s.title}`)
    lines.push(...alignColumns(s.figures.map((f) => [`  ${f.label}`, valueText(f)])))
    for (const n of s.notes) lines.push(`  note: ${n}`)
    lines.push("")
  }
  lines.push("== Targets")
  lines.push(...alignColumns(allVerdicts(report).map((v) => [`  ${v.target}`, v.measured, verdictWord(v)])))
  lines.push("", `${verdictSummary(allVerdicts(report))}; bench took ${report.elapsedSeconds.toFixed(0)} s`)
  return lines.join("\n")
}

const escapeCell = (text: string): string => text.replace(/\|/g, "\\|")

/** A Markdown table: header row, separator, body rows. */
export const markdownTable = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>, rightAligned: ReadonlyArray<boolean>): string =>
  [
    `| ${header.map(escapeCell).join(" | ")} |`,
    `|${header.map((_, i) => (rightAligned[i] ? "---:" : "---")).join("|")}|`,
    ...rows.map((r) => `| ${r.map(escapeCell).join(" | ")} |`)
  ].join("\n")

/** The same results as Markdown, for the README and bench/results/latest.md. */
export const markdownReport = (report: BenchReport): string => {
  const verdicts = allVerdicts(report)
  const parts: Array<string> = [
    `Run: \`pnpm bench${report.mode === "quick" ? " --quick" : ""}\` on ${machineLine(report.machine)}; took ${report.elapsedSeconds.toFixed(0)} s.`,
    "",
    markdownTable(
      ["target", "measured", "verdict"],
      verdicts.map((v) => [v.target, v.measured, v.met === false ? "**NOT met**" : verdictWord(v)]),
      [false, true, false]
    ),
    "",
    `${verdictSummary(verdicts)}.`
  ]
  for (const s of report.sections) {
    parts.push("", `### ${s.title}`, "", markdownTable(["figure", "value"], s.figures.map((f) => [f.label, valueText(f)]), [false, true]))
    if (s.notes.length > 0) parts.push("", ...s.notes.map((n) => `- ${n}`))
  }
  return `${parts.join("\n")}\n`
}

/** The results as JSON: machine, every figure with its raw value, every verdict. */
export const jsonReport = (report: BenchReport): string => `${JSON.stringify(report, null, 2)}\n`
