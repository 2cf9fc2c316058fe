import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll } from "vitest"
import { ArticleRepository, describeStore, JobQueue, StoreFromEnv } from "../src/index.ts"

const dir = mkdtempSync(join(tmpdir(), "wirewatch-store-env-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe("StoreFromEnv", () => {
  it("names the database chosen, without a password", () => {
    expect(describeStore({ sqliteFile: "/d/w.db" })).toBe("SQLite /d/w.db")
    expect(describeStore({ databaseUrl: " ", sqliteFile: "/d/w.db" })).toBe("SQLite /d/w.db")
    expect(describeStore({ databaseUrl: "postgres://ww:pw@db:5432/news", sqliteFile: "/d/w.db" })).toBe("PostgreSQL postgres://ww:***@db:5432/news")
  })

  it.live("opens SQLite without DATABASE_URL, with the repository and the job queue on it", () =>
    Effect.gen(function* () {
      const repository = yield* ArticleRepository
      const queue = yield* JobQueue
      expect(yield* repository.countArticles()).toBe(0)
      expect(yield* queue.counts()).toEqual({ queued: 0, running: 0, done: 0, failed: 0 })
    }).pipe(Effect.provide(StoreFromEnv({ databaseUrl: undefined, sqliteFile: join(dir, "a.db") }))))

  it.live("refuses a DATABASE_URL that is not PostgreSQL instead of falling back to SQLite", () =>
    Effect.gen(function* () {
      const error = yield* Effect.flip(Effect.provide(ArticleRepository, StoreFromEnv({ databaseUrl: "mysql://x@y/z", sqliteFile: join(dir, "b.db") })))
      expect(error._tag).toBe("StoreError")
      expect(error.message).toMatch(/DATABASE_URL must start with postgres:\/\//)
    }))

  it.live("chooses PostgreSQL for a postgres:// url (an unreachable one fails naming it)", () =>
    Effect.gen(function* () {
      const error = yield* Effect.flip(Effect.provide(ArticleRepository, StoreFromEnv({ databaseUrl: "postgresql://ww:pw@127.0.0.1:1/none", sqliteFile: join(dir, "c.db") })))
      expect(error.operation).toBe("open the PostgreSQL store postgresql://ww:***@127.0.0.1:1/none")
    }))
})
