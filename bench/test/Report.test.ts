import { describe, expect, it } from "vitest"
import type { Machine } from "../src/Machine.ts"
import { figure } from "../src/Measurement.ts"
import { alignColumns, consoleTable, markdownReport, markdownTable, verdictSummary, type BenchReport } from "../src/Report.ts"
import { atLeast, atMost } from "../src/Verdict.ts"

const machine: Machine = { cpu: "Test CPU", cores: 2, memoryGiB: 8, os: "Linux", node: "v20.0.0", loadAtStart: 0.5, date: "2026-01-01T00:00:00.000Z" }

const report: BenchReport = {
  machine,
  mode: "full",
  elapsedSeconds: 42.4,
  sections: [
    {
      title: "Extraction",
      figures: [figure("wire-2022 articles/s", 2345.6, "articles/s"), figure("wire-2022 MB/s", null, "MB/s", 2)],
      verdicts: [atLeast("extraction ≥ 2,000 articles/s", 2345.6, 2000, "articles/s")],
      notes: ["a | note"]
    },
    { title: "Dashboard", figures: [], verdicts: [atMost("JS ≤ 250 KB", 260, 250, "KB"), atLeast("x", null, 1, "y")], notes: [] }
  ]
}

describe("report", () => {
  it("aligns the first column left and the others right", () => {
    expect(alignColumns([["a", "1"], ["long", "100"]])).toEqual(["a       1", "long  100"])
  })

  it("counts met, missed and unmeasured targets", () => {
    expect(verdictSummary(report.sections.flatMap((s) => s.verdicts))).toBe("1 of 3 targets met, 1 not met, 1 not measured")
  })

  it("builds a Markdown table with escaped pipes and right-aligned number columns", () => {
    expect(markdownTable(["a", "b"], [["x|y", "1"]], [false, true])).toBe("| a | b |\n|---|---:|\n| x\\|y | 1 |")
  })

  it("puts the machine, every verdict and every figure in the Markdown", () => {
    const md = markdownReport(report)
    expect(md).toContain("Test CPU, 2 cores, 8 GiB")
    expect(md).toContain("| extraction ≥ 2,000 articles/s | 2,346 articles/s | met |")
    expect(md).toContain("| JS ≤ 250 KB | 260 KB | **NOT met** |")
    expect(md).toContain("| wire-2022 MB/s | n/a |")
    expect(md).toContain("- a | note")
  })

  it("prints a console table ending with the summary", () => {
    const text = consoleTable(report)
    expect(text).toContain("wire-2022 articles/s  2,346 articles/s")
    expect(text.trimEnd().split("\n").at(-1)).toBe("1 of 3 targets met, 1 not met, 1 not measured; bench took 42 s")
  })
})
