import { SqliteStoreLive } from "@wirewatch/store"
import { ManagedRuntime } from "effect"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest"
import { makeApp } from "../src/App.ts"

// A file that is not a SQLite database: the real store fails on it, as it would on a corrupted disk.
const dir = mkdtempSync(join(tmpdir(), "wirewatch-api-broken-"))
const dbFile = join(dir, "not-a-database.db")
writeFileSync(dbFile, "this is not a database, ".repeat(100))
const runtime = ManagedRuntime.make(SqliteStoreLive({ filename: dbFile }))
const app = makeApp(runtime)
const logged = vi.spyOn(console, "error").mockImplementation(() => undefined)

beforeAll(() => logged.mockClear())
afterAll(async () => {
  logged.mockRestore()
  await runtime.dispose()
  rmSync(dir, { recursive: true, force: true })
})

describe("a store failure", () => {
  it("is a 500 with a generic JSON body that names no file or SQL, and is logged", async () => {
    for (const path of ["/health", "/statements", "/articles/0123456789abcdef"]) {
      const res = await app.request(path)
      expect(res.status).toBe(500)
      const text = await res.text()
      expect(JSON.parse(text)).toEqual({
        error: "InternalError",
        message: "the server failed to answer this request; the failure is logged"
      })
      expect(text).not.toContain(dir)
    }
    expect(logged).toHaveBeenCalled()
    const log = logged.mock.calls.map((call) => call.join(" ")).join("\n")
    expect(log).toContain("GET /statements failed: store failed to open the SQLite store")
  })

  it("does not hide a bad query: decoding comes first", async () => {
    const res = await app.request("/statements?kind=loud")
    expect(res.status).toBe(400)
  })
})
