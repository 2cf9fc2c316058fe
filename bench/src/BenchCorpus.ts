/** The texts the benchmark runs on: the real wire-2022 corpus read in place, and synthetic articles made by `pnpm gen`. */
import { spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"

/** The repository root, from this file's place in it (bench/src). */
export const repoRoot = fileURLToPath(new URL("../../", import.meta.url))

/** The real articles, beside the clone (never copied into it: they are copyrighted). */
export const wire2022Dir = path.resolve(repoRoot, "..", "shared", "corpus", "wire-2022")

export interface BenchText {
  readonly fileName: string
  readonly text: string
  readonly bytes: number
}

/** Every *.txt file of a folder (not recursive), sorted by name; null when the folder is absent. */
export const readTexts = (dir: string, limit = Number.POSITIVE_INFINITY): Array<BenchText> | null => {
  if (!fs.existsSync(dir)) return null
  return fs
    .readdirSync(dir)
    .filter((n) => n.endsWith(".txt"))
    .sort()
    .slice(0, limit)
    .map((fileName) => {
      const buffer = fs.readFileSync(path.join(dir, fileName))
      return { fileName, text: buffer.toString("utf8"), bytes: buffer.byteLength }
    })
}

/** The command that runs a TypeScript entry point of the repo under Node with tsx's loader, in one process. */
export const tsxCommand = (entry: string, args: ReadonlyArray<string>): { command: string; args: Array<string> } => ({
  command: process.execPath,
  args: ["--import", "tsx", path.join(repoRoot, entry), ...args]
})

/** Writes `articles` synthetic articles into `dir` with `pnpm gen`'s entry point; returns the seconds it took. */
export const generateSynthetic = (dir: string, articles: number, seed: number): number => {
  const started = performance.now()
  const { command, args } = tsxCommand("apps/ingest/src/bin/gen.ts", ["--articles", String(articles), "--seed", String(seed), "--out", dir])
  const run = spawnSync(command, args, { cwd: repoRoot, encoding: "utf8" })
  if (run.status !== 0) throw new Error(`pnpm gen failed (exit ${run.status ?? run.signal}): ${run.stderr}`)
  return (performance.now() - started) / 1000
}

/** Where generated corpora are kept between runs (git-ignored): removing 100,000 files takes longer than making them. */
export const corpusCacheDir = path.join(repoRoot, "bench", "tmp")

/**
 * A folder of `articles` synthetic articles for `seed`, generated on first use and kept for the next runs (a marker
 * file, written last, says it is complete); returns the folder and the seconds spent generating (0 when cached).
 */
export const cachedSynthetic = (articles: number, seed: number): { readonly dir: string; readonly seconds: number } => {
  const dir = path.join(corpusCacheDir, `synthetic-seed${seed}-${articles}`)
  const marker = path.join(dir, ".complete")
  if (fs.existsSync(marker)) return { dir, seconds: 0 }
  fs.rmSync(dir, { recursive: true, force: true })
  const seconds = generateSynthetic(dir, articles, seed)
  fs.writeFileSync(marker, "")
  return { dir, seconds }
}

/** A folder beside `source` with its first `count` files, hard-linked (no copy) and kept like the corpus, for a smaller run on the same articles. */
export const cachedSubset = (source: string, count: number): string => {
  const target = `${source}-first${count}`
  const marker = path.join(target, ".complete")
  if (fs.existsSync(marker)) return target
  fs.rmSync(target, { recursive: true, force: true })
  fs.mkdirSync(target, { recursive: true })
  const names = fs.readdirSync(source).filter((n) => n.endsWith(".txt")).sort().slice(0, count)
  for (const n of names) fs.linkSync(path.join(source, n), path.join(target, n))
  fs.writeFileSync(marker, "")
  return target
}
