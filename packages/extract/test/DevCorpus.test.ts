import { spawnSync } from "node:child_process"
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { corpusAvailable, corpusDir, SHARED_DIR } from "./SharedCorpus.ts"

/** The levels reached on the dev corpus, rounded down a little: a regression below them fails. */
const FLOORS = {
  "--min-statement-f1": "0.93",
  "--min-speaker-acc": "0.98",
  "--min-attributed-f1": "0.92",
  "--min-incident-f1": "0.90",
  "--min-casualty-acc": "0.98",
  "--min-actor-recall": "0.97"
}

const dev = corpusDir("dev")
const available = corpusAvailable(dev)
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..")

describe.skipIf(!available)("dev corpus quality (pnpm extract + shared/eval/score.mjs)", () => {
  it("stays at or above the reached scores", () => {
    const files = readdirSync(dev).filter((f) => f.endsWith(".txt")).map((f) => join(dev, f))
    const tsx = createRequire(join(repoRoot, "package.json")).resolve("tsx/cli")
    const run = spawnSync(process.execPath, [tsx, "apps/ingest/src/bin/extract.ts", ...files, "--format", "json"], {
      cwd: repoRoot,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024
    })
    expect(run.stderr).toBe("")
    expect(run.status).toBe(0)
    const predictions = join(mkdtempSync(join(tmpdir(), "wirewatch-dev-")), "pred.json")
    writeFileSync(predictions, run.stdout)
    const floors = Object.entries(FLOORS).flat()
    const score = spawnSync(process.execPath, [join(SHARED_DIR, "eval", "score.mjs"), "--gold", dev, "--pred", predictions, ...floors], {
      encoding: "utf8"
    })
    if (score.status !== 0) console.error(score.stdout, score.stderr)
    expect(score.status).toBe(0)
  }, 120_000)
})
