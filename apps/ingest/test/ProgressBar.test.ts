import { describe, expect, it } from "vitest"
import { ProgressBar, renderProgress } from "../src/ProgressBar.ts"

const terminal = (isTTY: boolean) => {
  const written: Array<string> = []
  return { written, isTTY, columns: 80, write: (s: string) => written.push(s) }
}

describe("progress bar", () => {
  it("renders done/total, percent, rate and time left within the width", () => {
    const line = renderProgress(250, 1000, 1000, 80)
    expect(line).toContain(" 250/1000")
    expect(line).toContain(" 25%")
    expect(line).toContain("250/s")
    expect(line).toContain("ETA 3s")
    expect(line.length).toBeLessThanOrEqual(80)
    expect(renderProgress(1000, 1000, 60_000, 80)).toMatch(/^\[#+\]/)
  })

  it("draws on a terminal for a batch over 20 files and clears itself", () => {
    const tty = terminal(true)
    const bar = new ProgressBar(tty, 21)
    for (let i = 0; i < 21; i++) bar.tick()
    bar.finish()
    expect(tty.written.some((s) => s.includes("21/21"))).toBe(true)
    expect(tty.written.at(-1)).toBe("\r\x1b[2K")
  })

  it("draws again right after a printed line cleared it", () => {
    const tty = terminal(true)
    const bar = new ProgressBar(tty, 100)
    bar.tick()
    bar.clear()
    bar.tick()
    expect(tty.written).toHaveLength(3)
    expect(tty.written[1]).toBe("\r\x1b[2K")
    expect(tty.written[2]).toContain("2/100")
  })

  it("stays silent when not a terminal or for a small batch", () => {
    const pipe = terminal(false)
    const big = new ProgressBar(pipe, 500)
    for (let i = 0; i < 500; i++) big.tick()
    big.finish()
    const tty = terminal(true)
    const small = new ProgressBar(tty, 20)
    for (let i = 0; i < 20; i++) small.tick()
    small.finish()
    expect(pipe.written).toEqual([])
    expect(tty.written).toEqual([])
  })
})
