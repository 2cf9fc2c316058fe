import { execFile } from "node:child_process"
import * as fs from "node:fs/promises"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { Article, ArticleExtraction, parseArticleText } from "@wirewatch/domain"
import { EXTRACTOR_VERSION, extractArticle } from "@wirewatch/extract"
import { ArticleRepository, SqliteStoreLive } from "@wirewatch/store"
import { Effect, Either } from "effect"
import { syntheticArticle } from "../src/index.ts"

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const tsx = path.join(appDir, "node_modules", ".bin", "tsx")
const bin = path.join(appDir, "src", "bin", "ingest.ts")
const genBin = path.join(appDir, "src", "bin", "gen.ts")

interface Run {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Runs `pnpm ingest` as the user would, from `cwd`, with its own database. */
const ingest = (cwd: string, args: ReadonlyArray<string>, env: Record<string, string> = {}, script = bin): Promise<Run> =>
  new Promise((resolve) => {
    execFile(tsx, [script, ...args], { cwd, env: { ...process.env, WIREWATCH_DB: path.join(cwd, "data", "w.db"), ...env }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : -1, stdout, stderr }))
  })

const article = (seed: number, index: number) => syntheticArticle(seed, index, "2022-01-01", "2025-06-30").text

let work: string
beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), "wirewatch-cli-"))
})
afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true })
})

const folder = async (name: string, files: Record<string, string | Uint8Array>): Promise<string> => {
  const dir = path.join(work, name)
  await fs.mkdir(dir, { recursive: true })
  for (const [file, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, file)), { recursive: true })
    await fs.writeFile(path.join(dir, file), content)
  }
  return dir
}

describe("pnpm ingest", () => {
  it("stores the good file, reports each bad one with its name and problem, and exits 1", async () => {
    const dir = await folder("mixed", {
      "inbox/good.txt": article(1, 0),
      "inbox/binary.txt": new Uint8Array([0x20, 0x64, 0x61, 0x74, 0x65, 0x00, 0x01, 0xff, 0x00, 0x10]),
      "inbox/latin1.txt": Buffer.from(" date 2024-03-01 Caf\xe9 owner said the strike hit the square.", "latin1"),
      "inbox/nodate.txt": "Officials said the talks would continue.\n",
      "inbox/empty.txt": " date 2024-03-01 \n\n  \n"
    })
    const first = await ingest(dir, [])
    expect(first.code).toBe(1)
    const lines = first.stdout.trim().split("\n")
    expect(lines).toHaveLength(6)
    expect(lines).toContainEqual(expect.stringMatching(/^added {5}inbox\/good\.txt {2}\d+ statements?, \d+ incidents?/))
    expect(lines).toContainEqual(expect.stringMatching(/^failed {4}inbox\/binary\.txt: .*\(binary\)$/))
    expect(lines).toContainEqual(expect.stringMatching(/^failed {4}inbox\/latin1\.txt: .*\(not-utf8\)$/))
    expect(lines).toContainEqual(expect.stringMatching(/^failed {4}inbox\/nodate\.txt: .*\(missing-date-line\)$/))
    expect(lines).toContainEqual(expect.stringMatching(/^failed {4}inbox\/empty\.txt: .*\(empty-body\)$/))
    expect(lines[5]).toMatch(/^5 files: 1 added, 0 unchanged, 4 failed; \d+ statements?, \d+ incidents?.* in \d+\.\ds$/)

    const again = await ingest(dir, [])
    expect(again.code).toBe(1)
    expect(again.stdout).toMatch(/^unchanged inbox\/good\.txt$/m)
    expect(again.stdout).toMatch(/^5 files: 0 added, 1 unchanged, 4 failed; 0 statements, 0 incidents in/m)

    const good = await ingest(dir, ["inbox/good.txt"])
    expect(good).toMatchObject({ code: 0, stderr: "" })
    expect(good.stdout).toMatch(/^unchanged inbox\/good\.txt\n1 file: 0 added, 1 unchanged, 0 failed/)
  }, 120_000)

  it("ingests a folder recursively, prints JSON lines for scripts, and shows no bar when stderr is not a terminal", async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 24; i++) files[`corpus/${i % 3 === 0 ? "a" : i % 3 === 1 ? "b/c" : "."}/syn-${i}.txt`] = article(2, i)
    const dir = await folder("tree", files)
    const run = await ingest(dir, ["--json", "corpus"])
    expect(run.code).toBe(0)
    expect(run.stderr).toBe("")
    const records = run.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(records).toHaveLength(25)
    expect(records.slice(0, 24).every((r) => r.type === "file" && r.status === "added" && typeof r.articleId === "string")).toBe(true)
    expect(new Set(records.slice(0, 24).map((r) => r.file))).toEqual(new Set(Object.keys(files).map((f) => path.normalize(f))))
    expect(records[24]).toMatchObject({ type: "summary", files: 24, added: 24, unchanged: 0, failed: 0 })

    const quiet = await ingest(dir, ["--quiet", "corpus"])
    expect(quiet.code).toBe(0)
    expect(quiet.stdout).toMatch(/^24 files: 0 added, 24 unchanged, 0 failed; 0 statements, 0 incidents in \d+\.\ds\n$/)
  }, 120_000)

  it("names a missing path and exits 1 without ingesting anything", async () => {
    const dir = await folder("missing", { "one.txt": article(3, 0) })
    const run = await ingest(dir, ["one.txt", "no-such-dir"])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain("no such file or folder: no-such-dir")
    expect(run.stdout).toBe("")
    const inbox = await ingest(dir, [], { WIREWATCH_INBOX: "absent-inbox" })
    expect(inbox.code).toBe(1)
    expect(inbox.stderr).toContain("absent-inbox")
  }, 120_000)

  it("takes --db over WIREWATCH_DB and explains a bad command line with exit 2", async () => {
    const dir = await folder("dbflag", { "one.txt": article(4, 0) })
    const run = await ingest(dir, ["--db", "elsewhere/x.db", "one.txt"])
    expect(run.code).toBe(0)
    await expect(fs.stat(path.join(dir, "elsewhere", "x.db"))).resolves.toBeDefined()
    await expect(fs.stat(path.join(dir, "data", "w.db"))).rejects.toThrow()
    const bad = await ingest(dir, ["--frobnicate"])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain("--frobnicate")
    expect(bad.stderr).toContain("Usage: pnpm ingest")
    const help = await ingest(dir, ["--help"])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain("--reprocess")
  }, 120_000)

  it("--reprocess replaces extractions made by an older extractor version", async () => {
    const dir = await folder("reprocess", {})
    const db = path.join(dir, "data", "w.db")
    const text = article(6, 0)
    await Effect.runPromise(
      Effect.gen(function* () {
        const parsed = parseArticleText("old.txt", text)
        if (Either.isLeft(parsed)) return yield* parsed.left
        const current = extractArticle(parsed.right)
        const repository = yield* ArticleRepository
        yield* repository.saveExtraction(
          new ArticleExtraction({ ...current, article: new Article({ ...current.article, extractorVersion: "0.0.1-old" }) })
        )
      }).pipe(Effect.provide(SqliteStoreLive({ filename: db })))
    )
    const run = await ingest(dir, ["--reprocess"])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^replaced {2}old\.txt {2}\d+ statements?, \d+ incidents?/)
    expect(run.stdout).toMatch(/^1 file: 0 added, 1 replaced, 0 unchanged, 0 failed/m)
    const versions = await Effect.runPromise(
      Effect.flatMap(ArticleRepository, (r) => r.articleVersions()).pipe(Effect.provide(SqliteStoreLive({ filename: db })))
    )
    expect(versions.map((v) => v.extractorVersion)).toEqual([EXTRACTOR_VERSION])
    const again = await ingest(dir, ["--reprocess"])
    expect(again.stdout).toMatch(/^0 files: 0 added, 0 unchanged, 0 failed/)
  }, 120_000)
})

describe("pnpm gen", () => {
  it("writes the same bytes for the same seed and refuses a bad date with exit 2", async () => {
    const dir = await folder("gen", {})
    const a = await ingest(dir, ["--articles", "5", "--seed", "4", "--out", "a", "--from", "2023-01-01", "--to", "2023-12-31"], {}, genBin)
    const b = await ingest(dir, ["--articles", "5", "--seed", "4", "--out", "b", "--from", "2023-01-01", "--to", "2023-12-31"], {}, genBin)
    expect(a.code).toBe(0)
    expect(a.stdout).toMatch(/^wrote 5 articles to a /)
    expect(b.code).toBe(0)
    const names = (await fs.readdir(path.join(dir, "a"))).sort()
    expect(names).toEqual(["syn-000001.txt", "syn-000002.txt", "syn-000003.txt", "syn-000004.txt", "syn-000005.txt"])
    for (const name of names) {
      const [x, y] = await Promise.all([fs.readFile(path.join(dir, "a", name)), fs.readFile(path.join(dir, "b", name))])
      expect(x.equals(y)).toBe(true)
      expect(x.toString("utf8")).toMatch(/^ ?date 2023-\d\d-\d\d[ \n]/)
    }
    const bad = await ingest(dir, ["--articles", "5", "--out", "c", "--to", "2023-02-30"], {}, genBin)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain("--to must be a date")
  }, 120_000)
})
