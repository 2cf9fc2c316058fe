/** A one-line progress bar on a terminal's stderr for large batches; result lines printed meanwhile clear it first. */

/** Batches this size or smaller finish too soon for a bar to help. */
export const PROGRESS_MIN_FILES = 20

const duration = (ms: number): string => {
  const s = Math.max(0, Math.round(ms / 1000))
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`
}

/** `[##########----------]  5120/10000  51%  830/s  ETA 6s` in `width` columns at most. */
export const renderProgress = (done: number, total: number, elapsedMs: number, width: number): string => {
  const ratio = total === 0 ? 1 : Math.min(1, done / total)
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0
  const eta = rate > 0 ? ((total - done) / rate) * 1000 : 0
  const text = `  ${String(done).padStart(String(total).length)}/${total}  ${String(Math.floor(ratio * 100)).padStart(3)}%  ${Math.round(rate)}/s  ETA ${duration(eta)}`
  const barWidth = Math.max(10, Math.min(40, width - text.length - 2))
  const filled = Math.round(ratio * barWidth)
  return `[${"#".repeat(filled)}${"-".repeat(barWidth - filled)}]${text}`
}

export interface ProgressTerminal {
  readonly isTTY?: boolean
  readonly columns?: number
  write(chunk: string): unknown
}

/** Draws on `terminal` only when it is a TTY and the batch is larger than PROGRESS_MIN_FILES; otherwise every method does nothing. */
export class ProgressBar {
  private done = 0
  private lastDraw = 0
  private shown = false
  private readonly started = performance.now()
  readonly active: boolean

  constructor(private readonly terminal: ProgressTerminal, private readonly total: number) {
    this.active = terminal.isTTY === true && total > PROGRESS_MIN_FILES
  }

  /** One more file done; redraws at most ten times a second, or at once when a printed line cleared the bar. */
  tick(): void {
    this.done++
    if (!this.active) return
    const now = performance.now()
    if (this.shown && now - this.lastDraw < 100 && this.done < this.total) return
    this.lastDraw = now
    this.draw()
  }

  /** Removes the bar so a line can be printed; the next tick draws it again. */
  clear(): void {
    if (this.active && this.shown) {
      this.terminal.write("\r\x1b[2K")
      this.shown = false
    }
  }

  /** Removes the bar for good. */
  finish(): void {
    this.clear()
  }

  private draw(): void {
    this.terminal.write(`\r\x1b[2K${renderProgress(this.done, this.total, performance.now() - this.started, this.terminal.columns ?? 80)}`)
    this.shown = true
  }
}
