/** Where the API listens and which database it reads, from the environment, with every bad value reported by name. */
import { isAbsolute, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { Either } from "effect"

export interface ApiConfig {
  /** Absolute path of the SQLite database file. */
  readonly dbFile: string
  readonly port: number
  readonly host: string
  /** Keep rendered answers between requests (`WIREWATCH_API_CACHE=off` turns it off, e.g. to measure uncached latency). */
  readonly cacheAnswers?: boolean
}

/** The repository root, from this file's place in it (apps/api/src). */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url))

export const DEFAULT_PORT = 8787
export const DEFAULT_HOST = "127.0.0.1"
export const defaultDbFile = resolve(repoRoot, "data", "wirewatch.db")

/**
 * Reads `WIREWATCH_DB`, `PORT`, `HOST` and `WIREWATCH_API_CACHE` (`on`, the default, or `off`). A relative `WIREWATCH_DB` is resolved against `cwd`, which the
 * entry point sets to where the user typed the command (`INIT_CWD` under pnpm), so it means what they typed.
 */
export const apiConfigFrom = (
  env: Readonly<Record<string, string | undefined>>,
  cwd: string
): Either.Either<ApiConfig, string> => {
  const rawPort = env["PORT"]?.trim() || undefined
  const port = rawPort === undefined ? DEFAULT_PORT : Number(rawPort)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    return Either.left(`PORT: expected an integer from 0 to 65535, got ${JSON.stringify(rawPort)}`)
  }
  const host = env["HOST"]?.trim() || DEFAULT_HOST
  const rawDb = env["WIREWATCH_DB"]?.trim() || undefined
  const dbFile = rawDb === undefined ? defaultDbFile : isAbsolute(rawDb) ? rawDb : resolve(cwd, rawDb)
  const rawCache = env["WIREWATCH_API_CACHE"]?.trim().toLowerCase() || "on"
  if (rawCache !== "on" && rawCache !== "off") {
    return Either.left(`WIREWATCH_API_CACHE: expected on or off, got ${JSON.stringify(env["WIREWATCH_API_CACHE"])}`)
  }
  return Either.right({ dbFile, port, host, cacheAnswers: rawCache === "on" })
}
