/** `pnpm ingest --watch` worker processes for tests: started as a user would, stopped with SIGTERM or killed with SIGKILL. */
import { spawn, type ChildProcess } from "node:child_process"
import * as path from "node:path"
import { fileURLToPath } from "node:url"

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
const bin = path.join(appDir, "src", "bin", "ingest.ts")

export interface WorkerProcess {
  readonly id: string
  readonly process: ChildProcess
  readonly output: () => string
  /** Resolves with the exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>
  /** SIGTERM, then the exit code (fails the test if it does not exit within `ms`). */
  readonly stop: (ms?: number) => Promise<number | null>
  readonly kill: () => Promise<void>
}

/** Starts `ingest --watch dir` as worker `id` with the environment given (DATABASE_URL or WIREWATCH_DB among it). */
export const startWorker = (id: string, dir: string, env: Record<string, string>): WorkerProcess => {
  // node with tsx's loader, not the tsx CLI: the CLI runs the program in a child process that a SIGKILL would miss.
  const child = spawn(process.execPath, ["--import", "tsx", bin, "--watch", dir, "--quiet"], {
    cwd: appDir,
    env: { ...process.env, WIREWATCH_WORKER_ID: id, WIREWATCH_POLL_MS: "300", ...env },
    stdio: ["ignore", "pipe", "pipe"]
  })
  let out = ""
  child.stdout?.on("data", (b: Buffer) => (out += b.toString()))
  child.stderr?.on("data", (b: Buffer) => (out += b.toString()))
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)))
  return {
    id,
    process: child,
    output: () => out,
    exited,
    stop: async (ms = 30_000) => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM")
      const timer = new Promise<never>((_, fail) => setTimeout(() => fail(new Error(`worker ${id} did not stop within ${ms} ms\n${out}`)), ms).unref())
      return Promise.race([exited, timer])
    },
    kill: async () => {
      child.kill("SIGKILL")
      await exited
    }
  }
}

/** Polls `check` until it returns true (a check that throws, e.g. before the workers created the tables, is false), or fails after `ms` with `describe()`. */
export const waitUntil = async (check: () => Promise<boolean>, ms: number, describe: () => Promise<string> | string): Promise<void> => {
  const deadline = Date.now() + ms
  for (;;) {
    if (await check().catch(() => false)) return
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms: ${await Promise.resolve(describe()).catch(String)}`)
    await new Promise((r) => setTimeout(r, 250))
  }
}
