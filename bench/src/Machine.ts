/** The machine and moment a benchmark ran on, so its figures can be compared with others'. */
import * as os from "node:os"

export interface Machine {
  readonly cpu: string
  readonly cores: number
  readonly memoryGiB: number
  readonly os: string
  readonly node: string
  /** One-minute load average when the run started: figures on a busy machine are lower. */
  readonly loadAtStart: number
  readonly date: string
}

export const describeMachine = (now: Date = new Date()): Machine => ({
  cpu: os.cpus()[0]?.model.trim() ?? "unknown",
  cores: os.availableParallelism(),
  memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  node: process.version,
  loadAtStart: Math.round(os.loadavg()[0]! * 100) / 100,
  date: now.toISOString()
})

export const machineLine = (m: Machine): string =>
  `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}, load ${m.loadAtStart} at start, ${m.date}`
