import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import { ArticleRepository, PgStoreLive } from "../src/index.ts"
import { createTestDatabase, pgUnreachable } from "../testing/PgTestDatabase.ts"

describe("PgStoreLive", () => {
  it.live("fails with StoreError naming the server, without its password, when it cannot connect", () =>
    Effect.gen(function* () {
      const error = yield* Effect.flip(Effect.provide(ArticleRepository, PgStoreLive({ url: "postgres://wirewatch:s3cret@127.0.0.1:1/nowhere" })))
      expect(error._tag).toBe("StoreError")
      expect(error.operation).toBe("open the PostgreSQL store postgres://wirewatch:***@127.0.0.1:1/nowhere")
      expect(error.message).not.toContain("s3cret")
    }))

  // Several `ingest --watch` workers started together on a new database all migrate it at once; the losers of the
  // race to create the migrations table used to fail ("duplicate key ... pg_type_typname_nsp_index") and exit 1.
  it.skipIf(pgUnreachable !== undefined)("opens in four processes' worth of stores started together on a new database", async () => {
    for (let round = 0; round < 2; round++) {
      const db = await createTestDatabase("migrate_race")
      try {
        const opened = await Promise.allSettled(
          [1, 2, 3, 4].map(() => Effect.runPromise(Effect.scoped(Effect.as(Layer.build(PgStoreLive({ url: db.url })), "opened"))))
        )
        expect(opened.map((r) => (r.status === "fulfilled" ? r.value : String(r.reason)))).toEqual(["opened", "opened", "opened", "opened"])
        expect(await db.scalar(`SELECT max(migration_id) FROM wirewatch_migrations`)).toBeGreaterThanOrEqual(4)
      } finally {
        await db.drop()
      }
    }
  }, 120_000)
})
