import { describe, expect, it, layer } from "@effect/vitest"
import { Effect, ManagedRuntime } from "effect"
import { join } from "node:path"
import { ArticleRepository, SqliteStoreLive } from "../src/index.ts"
import { article1, article2 } from "./fixtures.ts"
import { describeEachStore, tempStores } from "./store.ts"

const version = Effect.flatMap(ArticleRepository, (repo) => repo.dataVersion())

describeEachStore("dataversion", (stores) => {
  layer(stores.fresh())("data version", (it) => {
    it.effect("changes when the store saves an article", () =>
      Effect.gen(function* () {
        const repo = yield* ArticleRepository
        const before = yield* version
        expect(before).not.toBe("")
        yield* repo.saveExtraction(article1)
        const after = yield* version
        expect(after).not.toBe(before)
        yield* repo.saveExtractions([{ extraction: article2 }])
        expect(yield* version).not.toBe(after)
      }))
  })
})

describe("sqlite data version", () => {
  const { dir } = tempStores("dataversion-2")
  it("stays while nothing is written, and changes when another connection (another process) commits", async () => {
    const file = join(dir, "shared.db")
    const api = ManagedRuntime.make(SqliteStoreLive({ filename: file }))
    const ingest = ManagedRuntime.make(SqliteStoreLive({ filename: file }))
    const v0 = await api.runPromise(version)
    expect(await api.runPromise(version)).toBe(v0)
    await api.runPromise(Effect.flatMap(ArticleRepository, (repo) => repo.listStatements({})))
    expect(await api.runPromise(version)).toBe(v0)
    await ingest.runPromise(Effect.flatMap(ArticleRepository, (repo) => repo.saveExtraction(article1)))
    const v1 = await api.runPromise(version)
    expect(v1).not.toBe(v0)
    expect(await api.runPromise(version)).toBe(v1)
    await ingest.dispose()
    await api.dispose()
  })
})
