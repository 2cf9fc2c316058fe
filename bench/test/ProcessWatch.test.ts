import { describe, expect, it } from "vitest"
import { processTree, statCpuSeconds, statusKilobytes } from "../src/ProcessWatch.ts"
import { parseBenchOptions } from "../src/BenchOptions.ts"

describe("reading /proc", () => {
  it("reads kB fields of /proc/<pid>/status as bytes", () => {
    const status = "Name:\tnode\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\n"
    expect(statusKilobytes(status, "VmRSS")).toBe(102400 * 1024)
    expect(statusKilobytes(status, "VmHWM")).toBe(204800 * 1024)
    expect(statusKilobytes(status, "VmSwap")).toBe(0)
  })

  it("adds utime and stime of a stat line whose command has spaces and parentheses", () => {
    const stat = "1234 (node (main) x) S 1 1234 1234 0 -1 4194304 100 0 0 0 250 50 0 0 20 0 11 0 100 0 0"
    expect(statCpuSeconds(stat)).toBe(3)
  })

  it("finds this process in its own tree", () => {
    expect(processTree(process.pid)).toContain(process.pid)
  })
})

describe("bench options", () => {
  it("runs everything by default and ingest along with api", () => {
    const all = parseBenchOptions([])
    expect("error" in all ? [] : [...all.only].sort()).toEqual(["api", "dashboard", "extract", "growth", "ingest", "peer"])
    const api = parseBenchOptions(["--quick", "--only", "api"])
    expect("error" in api ? null : [api.quick, [...api.only].sort()]).toEqual([true, ["api", "ingest"]])
  })

  it("names an unknown measurement", () => {
    expect(parseBenchOptions(["--only", "extract,speed"])).toEqual({ error: "--only: unknown measurement speed (known: extract, peer, ingest, api, dashboard, growth)" })
  })
})
