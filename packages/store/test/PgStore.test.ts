import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { ArticleRepository, PgStoreLive } from "../src/index.ts"

describe("PgStoreLive", () => {
  it.live("fails with StoreError naming the server, without its password, when it cannot connect", () =>
    Effect.gen(function* () {
      const error = yield* Effect.flip(Effect.provide(ArticleRepository, PgStoreLive({ url: "postgres://wirewatch:s3cret@127.0.0.1:1/nowhere" })))
      expect(error._tag).toBe("StoreError")
      expect(error.operation).toBe("open the PostgreSQL store postgres://wirewatch:***@127.0.0.1:1/nowhere")
      expect(error.message).not.toContain("s3cret")
    }))
})
