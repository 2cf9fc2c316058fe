import { describe, expect, it } from "@effect/vitest"
import { ArticleExtraction } from "@wirewatch/domain"
import Database from "better-sqlite3"
import { Effect } from "effect"
import { spawn } from "node:child_process"
import { existsSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { join } from "node:path"
import { ArticleRepository, migrations, SqliteStoreLive } from "../src/index.ts"
import { article1, ids } from "./fixtures.ts"
import { tempStores } from "./store.ts"

const stores = tempStores("sqlite")

describe("SqliteStoreLive", () => {
  it.live("creates the folder and file, migrates, and keeps data across reopenings", () =>
    Effect.gen(function* () {
      const filename = join(stores.dir, "nested", "deeper", "wirewatch.db")
      const save = Effect.flatMap(ArticleRepository, (repo) => repo.saveExtraction(article1))
      expect((yield* Effect.provide(save, SqliteStoreLive({ filename }))).status).toBe("inserted")
      expect(existsSync(filename)).toBe(true)
      // Reopening runs the migrations again as a no-op and finds the article.
      const again = yield* Effect.provide(save, SqliteStoreLive({ filename }))
      expect(again.status).toBe("unchanged")
      const db = new Database(filename, { readonly: true })
      try {
        expect(db.pragma("journal_mode", { simple: true })).toBe("wal")
        expect(db.prepare("SELECT migration_id, name FROM wirewatch_migrations").all()).toEqual(
          Object.keys(migrations).map((key) => ({ migration_id: Number.parseInt(key, 10), name: key.replace(/^\d+_/, "") }))
        )
        expect(db.prepare("SELECT count(*) AS n FROM statements WHERE article_id = ?").get(ids.a1)).toEqual({ n: 3 })
      } finally {
        db.close()
      }
    }))

  it.live("enforces foreign keys: a statement by an actor nobody stored is refused", () =>
    Effect.gen(function* () {
      const orphan = ArticleExtraction.make({ ...article1, actors: [], mentions: [] })
      const error = yield* Effect.flip(
        Effect.flatMap(ArticleRepository, (repo) => repo.saveExtraction(orphan)).pipe(Effect.provide(stores.fresh()))
      )
      expect(error._tag).toBe("StoreError")
      expect(error.message).toMatch(/FOREIGN KEY/i)
    }))

  it.live("fails with StoreError when the file cannot be opened", () =>
    Effect.gen(function* () {
      const notAFolder = join(stores.dir, "plain-file")
      writeFileSync(notAFolder, "x")
      const error = yield* Effect.flip(Effect.provide(ArticleRepository, SqliteStoreLive({ filename: join(notAFolder, "store.db") })))
      expect(error._tag).toBe("StoreError")
      expect(error.operation).toContain("open the SQLite store")
    }))
})

describe("SqliteStoreLive across processes", () => {
  it.live(
    "writers in three processes on one fresh file all succeed: they wait for each other instead of failing",
    () =>
      Effect.gen(function* () {
        const filename = join(stores.dir, "shared", "wirewatch.db")
        const writer = fileURLToPath(new URL("./concurrentWriter.ts", import.meta.url))
        const run = (prefix: string) =>
          Effect.async<{ code: number | null; stderr: string }>((resume) => {
            const child = spawn(process.execPath, ["--import", "tsx", writer, filename, prefix, "60"], { stdio: ["ignore", "ignore", "pipe"] })
            let stderr = ""
            child.stderr.on("data", (chunk) => (stderr += String(chunk)))
            child.on("close", (code) => resume(Effect.succeed({ code, stderr })))
          })
        const outcomes = yield* Effect.all([run("a"), run("b"), run("c")], { concurrency: "unbounded" })
        expect(outcomes).toEqual([0, 1, 2].map(() => ({ code: 0, stderr: "" })))
        const zelensky = yield* Effect.flatMap(ArticleRepository, (repo) =>
          Effect.all([repo.listArticles({ limit: 1000 }), repo.getActor(ids.zelensky)])
        ).pipe(Effect.provide(SqliteStoreLive({ filename })))
        expect(zelensky[0].items).toHaveLength(180)
        expect(zelensky[1].articleCount).toBe(180)
      }),
    60_000
  )
})
