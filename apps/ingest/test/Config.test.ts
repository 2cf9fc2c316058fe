import { describe, expect, it } from "@effect/vitest"
import { ConfigProvider, Effect, Exit } from "effect"
import { loadIngestConfig } from "../src/Config.ts"
import { autoWorkerCount } from "../src/ExtractorChoice.ts"
import { UsageError } from "../src/UsageError.ts"

const withEnv = (env: Record<string, string>) => Effect.withConfigProvider(ConfigProvider.fromMap(new Map(Object.entries(env))))

describe("ingest config", () => {
  it.effect("defaults to the inbox and database from the environment", () =>
    Effect.gen(function* () {
      const config = yield* loadIngestConfig([]).pipe(withEnv({ WIREWATCH_INBOX: "/srv/in", WIREWATCH_DB: "/srv/w.db" }))
      expect(config).toMatchObject({ paths: ["/srv/in"], fromInbox: true, db: "/srv/w.db", reprocess: false, quiet: false, json: false })
      const plain = yield* loadIngestConfig([]).pipe(withEnv({}))
      expect(plain).toMatchObject({ paths: ["./inbox"], db: "./data/wirewatch.db" })
    })
  )

  it.effect("takes paths and flags over the environment", () =>
    Effect.gen(function* () {
      const config = yield* loadIngestConfig(["a.txt", "--db", "x.db", "dir", "--quiet", "--json"]).pipe(withEnv({ WIREWATCH_DB: "/srv/w.db" }))
      expect(config).toMatchObject({ paths: ["a.txt", "dir"], fromInbox: false, db: "x.db", quiet: true, json: true })
    })
  )

  it.effect("reads --workers as auto or a thread count", () =>
    Effect.gen(function* () {
      expect((yield* loadIngestConfig([]).pipe(withEnv({}))).workers).toBe("auto")
      expect((yield* loadIngestConfig(["--workers", "3"]).pipe(withEnv({}))).workers).toBe(3)
      const bad = yield* Effect.exit(loadIngestConfig(["--workers", "many"]).pipe(withEnv({})))
      expect(Exit.isFailure(bad)).toBe(true)
      expect(autoWorkerCount(1)).toBe(0)
      expect(autoWorkerCount(2)).toBe(1)
      expect(autoWorkerCount(4)).toBe(3)
      expect(autoWorkerCount(16)).toBe(4)
    })
  )

  it.effect("refuses unknown flags and --reprocess with paths", () =>
    Effect.gen(function* () {
      const unknown = yield* Effect.exit(loadIngestConfig(["--fast"]).pipe(withEnv({})))
      expect(Exit.isFailure(unknown) && String(unknown.cause)).toContain("--fast")
      const both = yield* Effect.exit(loadIngestConfig(["--reprocess", "a.txt"]).pipe(withEnv({})))
      expect(both).toEqual(Exit.fail(new UsageError({ detail: "--reprocess re-extracts stored articles and takes no paths" })))
    })
  )
})
