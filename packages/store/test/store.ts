/** A fresh SQLite store per call, in a temp folder of the test file's own, removed after the run. */
import { afterAll } from "vitest"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { SqliteStoreLive } from "../src/index.ts"

export const tempStores = (label: string) => {
  const dir = mkdtempSync(join(tmpdir(), `wirewatch-store-${label}-`))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  let n = 0
  return {
    dir,
    /** A store in a new file (in a subfolder that does not exist yet, so the layer must create it). */
    fresh: () => SqliteStoreLive({ filename: join(dir, `db-${++n}`, "store.db") })
  }
}
