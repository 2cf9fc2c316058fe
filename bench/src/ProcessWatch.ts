/** Runs a child process and watches it from /proc: wall time, CPU time and peak resident memory of its whole process tree. */
import { spawn } from "node:child_process"
import * as fs from "node:fs"
import { createInterface } from "node:readline"

export interface WatchedRun {
  readonly exitCode: number | null
  readonly signal: NodeJS.Signals | null
  readonly wallSeconds: number
  /** User + system CPU of the tree, last seen before it exited. */
  readonly cpuSeconds: number
  /** The larger of the tree's sampled resident total and any one process's high-water mark (VmHWM). */
  readonly peakRssBytes: number
  /** True when the time budget ran out and the process was stopped. */
  readonly stopped: boolean
  readonly stderr: string
}

const CLOCK_TICKS = 100

const readOr = (file: string): string | null => {
  try {
    return fs.readFileSync(file, "utf8")
  } catch {
    return null
  }
}

/** The pid and every descendant still alive. */
export const processTree = (root: number): Array<number> => {
  const seen: Array<number> = []
  const queue = [root]
  while (queue.length > 0) {
    const pid = queue.pop()!
    if (seen.includes(pid)) continue
    seen.push(pid)
    let tasks: Array<string> = []
    try {
      tasks = fs.readdirSync(`/proc/${pid}/task`)
    } catch {
      continue
    }
    for (const t of tasks) {
      const children = readOr(`/proc/${pid}/task/${t}/children`)
      if (children !== null) for (const c of children.trim().split(/\s+/)) if (c !== "") queue.push(Number(c))
    }
  }
  return seen
}

/** `VmRSS:   12345 kB` → bytes; 0 when the line is missing. */
export const statusKilobytes = (status: string, field: string): number => {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)
  return m === null ? 0 : Number(m[1]) * 1024
}

/** utime + stime in seconds from a /proc/<pid>/stat line (the command name may contain spaces and parentheses). */
export const statCpuSeconds = (stat: string): number => {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS
}

export interface WatchOptions {
  readonly cwd: string
  readonly env: NodeJS.ProcessEnv
  /** Stop the process (SIGTERM, then SIGKILL) after this many seconds. */
  readonly budgetSeconds: number
  /** Each line the process prints on stdout, with the tree's resident memory at the latest sample. */
  readonly onLine?: (line: string, elapsedSeconds: number, rssBytes: number) => void
  readonly sampleMs?: number
}

export const watchProcess = (command: string, args: ReadonlyArray<string>, options: WatchOptions): Promise<WatchedRun> =>
  new Promise((done, fail) => {
    const started = performance.now()
    const elapsed = () => (performance.now() - started) / 1000
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] })
    let peak = 0
    let latest = 0
    const cpuByPid = new Map<number, number>()
    let stopped = false
    let stderr = ""
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr = (stderr + d).slice(-4000)))
    createInterface({ input: child.stdout }).on("line", (line) => options.onLine?.(line, elapsed(), latest))
    const sample = () => {
      if (child.pid === undefined) return
      let total = 0
      for (const pid of processTree(child.pid)) {
        const status = readOr(`/proc/${pid}/status`)
        if (status === null) continue
        total += statusKilobytes(status, "VmRSS")
        peak = Math.max(peak, statusKilobytes(status, "VmHWM"))
        const stat = readOr(`/proc/${pid}/stat`)
        if (stat !== null) cpuByPid.set(pid, statCpuSeconds(stat))
      }
      peak = Math.max(peak, total)
      latest = total
    }
    const timer = setInterval(sample, options.sampleMs ?? 100)
    let killTimer: NodeJS.Timeout | undefined
    const budgetTimer = setTimeout(() => {
      stopped = true
      sample()
      child.kill("SIGTERM")
      killTimer = setTimeout(() => child.kill("SIGKILL"), 5000)
    }, options.budgetSeconds * 1000)
    child.on("error", fail)
    child.on("exit", (exitCode, signal) => {
      const wallSeconds = elapsed()
      clearInterval(timer)
      clearTimeout(budgetTimer)
      if (killTimer !== undefined) clearTimeout(killTimer)
      let cpuSeconds = 0
      for (const c of cpuByPid.values()) cpuSeconds += c
      // the streams may still hold the last lines: let them drain before answering
      child.stdout.on("close", () => done({ exitCode, signal, wallSeconds, cpuSeconds, peakRssBytes: peak, stopped, stderr }))
      if (child.stdout.closed) done({ exitCode, signal, wallSeconds, cpuSeconds, peakRssBytes: peak, stopped, stderr })
    })
  })
