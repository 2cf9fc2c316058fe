/** Child processes for end-to-end tests: run the CLIs as a user would, and serve the API and dashboard on free ports. */
import { spawn, type ChildProcess } from "node:child_process"
import { createServer } from "node:net"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..")
/** An executable installed for the workspace package in `dir` (e.g. `apps/dashboard`), or at the root. */
export const binOf = (name: string, dir = ".") => join(repoRoot, dir, "node_modules", ".bin", name)

export interface RunResult {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Runs a command to completion, capturing its output. */
export const run = (cmd: string, args: ReadonlyArray<string>, options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) =>
  new Promise<RunResult>((done, fail) => {
    const child = spawn(cmd, args, { cwd: options.cwd ?? repoRoot, env: { ...process.env, ...options.env } })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (b: Buffer) => (stdout += b.toString()))
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString()))
    child.on("error", fail)
    child.on("close", (code) => done({ code, stdout, stderr }))
  })

/** A port nobody listens on right now. */
export const freePort = () =>
  new Promise<number>((done, fail) => {
    const server = createServer()
    server.unref()
    server.on("error", fail)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address !== null ? address.port : 0
      server.close(() => done(port))
    })
  })

/** Polls `url` until it answers 2xx, or fails after `timeoutMs` with the server's output. */
export const waitForHttp = async (url: string, server: Server, timeoutMs = 60_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    if (server.process.exitCode !== null) throw new Error(`${url}: server exited early\n${server.output()}`)
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms\n${server.output()}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

export interface Server {
  readonly process: ChildProcess
  readonly output: () => string
  readonly stop: () => Promise<void>
}

/** Starts a long-running server process; `stop` sends SIGTERM and waits for it to exit. */
export const startServer = (cmd: string, args: ReadonlyArray<string>, options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Server => {
  const child = spawn(cmd, args, { cwd: options.cwd ?? repoRoot, env: { ...process.env, ...options.env } })
  let out = ""
  child.stdout?.on("data", (b: Buffer) => (out += b.toString()))
  child.stderr?.on("data", (b: Buffer) => (out += b.toString()))
  return {
    process: child,
    output: () => out,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done()
        child.once("exit", () => done())
        child.kill("SIGTERM")
        setTimeout(() => child.kill("SIGKILL"), 5000).unref()
      })
  }
}
