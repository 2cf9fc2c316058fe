import { describe, expect, it } from "@effect/vitest"
import { ConfigProvider, Effect, Exit } from "effect"
import { loadIngestConfig } from "../src/Config.ts"
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

  it.effect("refuses unknown flags and --reprocess with paths", () =>
    Effect.gen(function* () {
      const unknown = yield* Effect.exit(loadIngestConfig(["--fast"]).pipe(withEnv({})))
      expect(Exit.isFailure(unknown) && String(unknown.cause)).toContain("--fast")
      const both = yield* Effect.exit(loadIngestConfig(["--reprocess", "a.txt"]).pipe(withEnv({})))
      expect(both).toEqual(Exit.fail(new UsageError({ detail: "--reprocess re-extracts stored articles and takes no paths" })))
    })
  )
})
