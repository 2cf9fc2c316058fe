import { ArticleRepository, SqliteStoreLive } from "@wirewatch/store"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import * as fs from "node:fs/promises"
import * as os from "node:os"
import * as path from "node:path"
import { findArticleFiles } from "../src/ArticleFiles.ts"
import { ArticleExtractorInProcess } from "../src/ArticleExtractor.ts"
import { ArticleExtractorPool } from "../src/ArticleExtractorPool.ts"
import type { FileOutcome } from "../src/FileOutcome.ts"
import { ingestBatch } from "../src/IngestBatch.ts"
import { syntheticCorpus } from "../src/index.ts"

const workspace = Effect.acquireRelease(
  Effect.promise(() => fs.mkdtemp(path.join(os.tmpdir(), "wirewatch-groups-"))),
  (dir) => Effect.promise(() => fs.rm(dir, { recursive: true, force: true }))
)

/**
 * Eleven files in name order: nine articles, a file with no date line (the 4th) and, in a later group, a copy of
 * the 2nd article under another name (the 8th).
 */
const writeFiles = (dir: string) =>
  Effect.promise(async () => {
    const articles = [...syntheticCorpus({ articles: 9, seed: 41 })]
    const contents = articles.map((a) => a.text)
    contents.splice(3, 0, "no date line here\n")
    contents.splice(7, 0, articles[1]!.text)
    await fs.mkdir(path.join(dir, "in"))
    await Promise.all(contents.map((text, i) => fs.writeFile(path.join(dir, "in", `f${String(i).padStart(2, "0")}.txt`), text)))
  })

describe("ingestBatch in groups", () => {
  for (const [name, extractor] of [["in process", ArticleExtractorInProcess], ["in worker threads", ArticleExtractorPool(2)]] as const) {
    it.scoped(`a bad file mid-group and a copy in a later group lose nothing else; outcomes keep input order (${name})`, () =>
      Effect.gen(function* () {
        const dir = yield* workspace
        yield* writeFiles(dir)
        const files = yield* findArticleFiles([path.join(dir, "in")])
        yield* Effect.gen(function* () {
          const outcomes: Array<FileOutcome> = []
          // Groups of 4: the bad file is in the first group, the copy in the second, the last group is short.
          const summary = yield* ingestBatch(files, { onOutcome: (o) => Effect.sync(() => void outcomes.push(o)) }, 4)
          expect(outcomes.map((o) => path.basename(o.file))).toEqual(files.map((f) => path.basename(f.path)))
          expect(outcomes.map((o) => o._tag)).toEqual([
            "Added", "Added", "Added", "Failed", "Added", "Added", "Added", "Unchanged", "Added", "Added", "Added"
          ])
          expect(summary).toMatchObject({ files: 11, added: 9, unchanged: 1, failed: 1 })
          const repository = yield* ArticleRepository
          expect(yield* repository.countArticles()).toBe(9)
          // Again: every article is found stored before extraction; the bad file fails again.
          const again: Array<FileOutcome> = []
          const second = yield* ingestBatch(files, { onOutcome: (o) => Effect.sync(() => void again.push(o)) }, 4)
          expect(second).toMatchObject({ files: 11, added: 0, unchanged: 10, failed: 1 })
        }).pipe(Effect.provide(Layer.merge(SqliteStoreLive({ filename: path.join(dir, "w.db") }), extractor)))
      }), 60_000)
  }
})
