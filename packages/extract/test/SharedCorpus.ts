/** Locates the shared evaluation corpus beside the repository, for tests that read real articles in place (never copied into the repo). */
import { existsSync, readFileSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { Either } from "effect"
import { type ParsedArticleFile, parseArticleBytes } from "@wirewatch/domain"

const repoRoot = (): string => {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, "pnpm-workspace.yaml"))) {
    const up = dirname(dir)
    if (up === dir) return resolve(dirname(fileURLToPath(import.meta.url)), "../../..")
    dir = up
  }
  return dir
}

/** `shared/` sits beside the repository checkout (../shared from the repo root). */
export const SHARED_DIR = process.env["WIREWATCH_SHARED"] ?? resolve(repoRoot(), "../shared")

export const corpusDir = (name: string): string => join(SHARED_DIR, "corpus", name)

/**
 * Whether tests over `dir` should run: yes when present; when absent they are skipped with a visible message,
 * except under CI=true, where the absence is a failure.
 */
export const corpusAvailable = (dir: string): boolean => {
  if (existsSync(dir)) return true
  if (process.env["CI"] === "true") throw new Error(`shared corpus missing under CI: ${dir}`)
  console.warn(`SKIPPED: shared corpus not found at ${dir} (tests over real articles are skipped outside CI)`)
  return false
}

export const readArticle = (path: string): ParsedArticleFile => {
  const parsed = parseArticleBytes(path.split("/").pop()!, readFileSync(path))
  if (Either.isLeft(parsed)) throw new Error(parsed.left.message)
  return parsed.right
}
