import { Either } from "effect"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { apiConfigFrom, defaultDbFile, repoRoot } from "../src/ApiConfig.ts"

describe("apiConfigFrom", () => {
  it("defaults to 127.0.0.1:8787 and the repository's data/wirewatch.db", () => {
    expect(apiConfigFrom({}, "/somewhere")).toEqual(Either.right({ dbFile: defaultDbFile, port: 8787, host: "127.0.0.1", cacheAnswers: true }))
    expect(defaultDbFile).toBe(join(repoRoot, "data", "wirewatch.db"))
    expect(join(repoRoot, "apps", "api", "src", "ApiConfig.ts")).toBe(new URL("../src/ApiConfig.ts", import.meta.url).pathname)
  })

  it("resolves a relative database path against the directory the user typed the command in", () => {
    const config = apiConfigFrom({ WIREWATCH_DB: "db/news.db", PORT: "9000", HOST: "0.0.0.0" }, "/home/me/work")
    expect(config).toEqual(Either.right({ dbFile: "/home/me/work/db/news.db", port: 9000, host: "0.0.0.0", cacheAnswers: true }))
    expect(apiConfigFrom({ WIREWATCH_DB: "/abs/x.db" }, "/home/me")).toEqual(
      Either.right({ dbFile: "/abs/x.db", port: 8787, host: "127.0.0.1", cacheAnswers: true })
    )
  })

  it("keeps answers unless WIREWATCH_API_CACHE is off, and refuses other values", () => {
    expect(apiConfigFrom({ WIREWATCH_API_CACHE: "off" }, "/")).toMatchObject(Either.right({ cacheAnswers: false }))
    expect(apiConfigFrom({ WIREWATCH_API_CACHE: " ON " }, "/")).toMatchObject(Either.right({ cacheAnswers: true }))
    expect(apiConfigFrom({ WIREWATCH_API_CACHE: "no" }, "/")).toEqual(Either.left('WIREWATCH_API_CACHE: expected on or off, got "no"'))
  })

  it("refuses a port that is not one", () => {
    expect(apiConfigFrom({ PORT: "eighty" }, "/")).toEqual(Either.left('PORT: expected an integer from 0 to 65535, got "eighty"'))
    expect(Either.isLeft(apiConfigFrom({ PORT: "70000" }, "/"))).toBe(true)
  })
})
