import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { startApi } from "../src/index.ts"

describe("startApi", () => {
  it("serves over HTTP on the bound port, then closes the server and the store", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wirewatch-api-server-"))
    try {
      const api = await startApi({ dbFile: join(dir, "empty.db"), port: 0, host: "127.0.0.1" })
      expect(api.url).toBe(`http://127.0.0.1:${api.port}`)
      const res = await fetch(`${api.url}/health`)
      expect(res.status).toBe(200)
      expect(await res.json()).toEqual({ status: "ok", articles: 0 })
      await api.close()
      await expect(fetch(`${api.url}/health`)).rejects.toThrow()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it("fails at start, naming the file, when the database cannot be opened", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wirewatch-api-server-"))
    try {
      const garbage = join(dir, "garbage.db")
      writeFileSync(garbage, "not a database at all, ".repeat(100))
      await expect(startApi({ dbFile: garbage, port: 0, host: "127.0.0.1" })).rejects.toThrow(garbage)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
