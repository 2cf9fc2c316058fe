import { spawn } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const apiDir = fileURLToPath(new URL("..", import.meta.url))
const tsx = join(apiDir, "node_modules", ".bin", "tsx")

describe("src/main.ts", () => {
  it("announces its address, answers, and exits 0 on SIGTERM after closing the store", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wirewatch-api-main-"))
    const child = spawn(tsx, ["src/main.ts"], {
      cwd: apiDir,
      env: { ...process.env, WIREWATCH_DB: join(dir, "w.db"), PORT: "0", HOST: "127.0.0.1" }
    })
    try {
      let output = ""
      child.stderr.on("data", (b: Buffer) => (output += b.toString()))
      const url = await new Promise<string>((done, fail) => {
        child.stdout.on("data", (b: Buffer) => {
          output += b.toString()
          const m = /API listening on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(output)
          if (m !== null) done(m[1]!)
        })
        child.once("exit", (code) => fail(new Error(`exited ${code} before listening:\n${output}`)))
      })
      const res = await fetch(`${url}/health`)
      expect(await res.json()).toEqual({ status: "ok", articles: 0 })
      const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)))
      child.kill("SIGTERM")
      expect(await exited).toBe(0)
      expect(output).toContain("SIGTERM: shutting down")
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL")
      rmSync(dir, { recursive: true, force: true })
    }
  }, 30_000)

  it("refuses a bad PORT with a message naming it, exit code 2", async () => {
    const child = spawn(tsx, ["src/main.ts"], { cwd: apiDir, env: { ...process.env, PORT: "eighty" } })
    let stderr = ""
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString()))
    const code = await new Promise<number | null>((done) => child.once("exit", done))
    expect(code).toBe(2)
    expect(stderr).toContain('PORT: expected an integer from 0 to 65535, got "eighty"')
  }, 30_000)
})
