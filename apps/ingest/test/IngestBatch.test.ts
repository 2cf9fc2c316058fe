import { Article, ArticleExtraction, parseArticleText } from "@wirewatch/domain"
import { EXTRACTOR_VERSION, extractArticle } from "@wirewatch/extract"
import { ArticleRepository, SqliteStoreLive } from "@wirewatch/store"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Either, Layer } from "effect"
import * as fs from "node:fs/promises"
import * as os from "node:os"
import * as path from "node:path"
import { findArticleFiles } from "../src/ArticleFiles.ts"
import { ArticleExtractorInProcess } from "../src/ArticleExtractor.ts"
import type { FileOutcome } from "../src/FileOutcome.ts"
import { ingestBatch } from "../src/IngestBatch.ts"
import { outdatedArticles, reprocessArticles } from "../src/Reprocess.ts"
import { ArticleExtractorPool } from "../src/ArticleExtractorPool.ts"
import { syntheticCorpus, writeCorpus } from "../src/index.ts"

/** A fresh temp folder with a real SQLite file, and the layers ingest runs on. */
const workspace = Effect.acquireRelease(
  Effect.promise(() => fs.mkdtemp(path.join(os.tmpdir(), "wirewatch-batch-"))),
  (dir) => Effect.promise(() => fs.rm(dir, { recursive: true, force: true }))
)
const layerFor = (dir: string) => Layer.merge(SqliteStoreLive({ filename: path.join(dir, "w.db") }), ArticleExtractorInProcess)

const collect = () => {
  const outcomes: Array<FileOutcome> = []
  return { outcomes, options: { onOutcome: (o: FileOutcome) => Effect.sync(() => void outcomes.push(o)) } }
}

describe("ingestBatch", () => {
  it.scoped("adds every new article in input order, and adds nothing the second time", () =>
    Effect.gen(function* () {
      const dir = yield* workspace
      yield* writeCorpus(path.join(dir, "in"), { articles: 30, seed: 21 })
      const files = yield* findArticleFiles([path.join(dir, "in")])
      yield* Effect.gen(function* () {
        const first = collect()
        const summary = yield* ingestBatch(files, first.options)
        expect(first.outcomes.map((o) => o._tag)).toEqual(Array(30).fill("Added"))
        expect(first.outcomes.map((o) => path.basename(o.file))).toEqual(files.map((f) => path.basename(f.path)))
        const statements = first.outcomes.reduce((n, o) => n + (o._tag === "Added" ? o.statements : 0), 0)
        expect(summary).toMatchObject({ files: 30, added: 30, unchanged: 0, failed: 0, statements })
        expect(statements).toBeGreaterThan(30)

        const second = collect()
        const again = yield* ingestBatch(files, second.options)
        expect(again).toMatchObject({ files: 30, added: 0, unchanged: 30, failed: 0, statements: 0, incidents: 0 })
        const repository = yield* ArticleRepository
        expect((yield* repository.articleVersions()).length).toBe(30)
      }).pipe(Effect.provide(layerFor(dir)))
    }),
    // The first extraction loads the extractor's data: seconds on a busy machine.
    60_000
  )

  it.scoped("stores identical content under two names once", () =>
    Effect.gen(function* () {
      const dir = yield* workspace
      const [a] = [...syntheticCorpus({ articles: 1, seed: 5 })]
      yield* Effect.promise(() => fs.writeFile(path.join(dir, "one.txt"), a!.text))
      yield* Effect.promise(() => fs.writeFile(path.join(dir, "copy.txt"), a!.text))
      const { outcomes, options } = collect()
      const summary = yield* ingestBatch(yield* findArticleFiles([dir]), options).pipe(Effect.provide(layerFor(dir)))
      expect(outcomes.map((o) => o._tag)).toEqual(["Added", "Unchanged"])
      expect(summary).toMatchObject({ added: 1, unchanged: 1 })
    })
  )
})

describe("reprocessArticles", () => {
  it.scoped("re-extracts articles stored by an older extractor and leaves current ones alone", () =>
    Effect.gen(function* () {
      const dir = yield* workspace
      const articles = [...syntheticCorpus({ articles: 3, seed: 8 })]
      yield* Effect.gen(function* () {
        const repository = yield* ArticleRepository
        for (const [i, a] of articles.entries()) {
          const parsed = parseArticleText(a.fileName, a.text)
          if (Either.isLeft(parsed)) return yield* parsed.left
          const current = extractArticle(parsed.right)
          const stored = i === 0
            ? new ArticleExtraction({ ...current, article: new Article({ ...current.article, extractorVersion: "0.0.1-old" }) })
            : current
          yield* repository.saveExtraction(stored)
        }
        const { outcomes, options } = collect()
        const summary = yield* reprocessArticles(yield* outdatedArticles, options)
        expect(outcomes).toHaveLength(1)
        expect(outcomes[0]).toMatchObject({ _tag: "Replaced", file: articles[0]!.fileName })
        expect(summary).toMatchObject({ files: 1, replaced: 1, failed: 0 })
        const versions = yield* repository.articleVersions()
        expect(versions.map((v) => v.extractorVersion)).toEqual([EXTRACTOR_VERSION, EXTRACTOR_VERSION, EXTRACTOR_VERSION])
        const nothing = collect()
        expect(yield* outdatedArticles).toEqual([])
      }).pipe(Effect.provide(layerFor(dir)))
    })
  )
})

describe("extraction in worker threads", () => {
  it.scoped("gives the same outcomes as extraction in process", () =>
    Effect.gen(function* () {
      const dir = yield* workspace
      yield* writeCorpus(path.join(dir, "in"), { articles: 12, seed: 33 })
      const files = yield* findArticleFiles([path.join(dir, "in")])
      const run = (sub: string, extractor: typeof ArticleExtractorInProcess) =>
        Effect.gen(function* () {
          const { outcomes, options } = collect()
          yield* ingestBatch(files, options)
          const repository = yield* ArticleRepository
          const details = yield* Effect.forEach(outcomes, (o) => (o._tag === "Added" ? repository.getArticle(o.articleId) : Effect.die(o)))
          return { outcomes, details }
        }).pipe(Effect.provide(Layer.merge(SqliteStoreLive({ filename: path.join(dir, sub, "w.db") }), extractor)))
      const inProcess = yield* run("a", ArticleExtractorInProcess)
      const pooled = yield* run("b", ArticleExtractorPool(2))
      expect(pooled.outcomes).toEqual(inProcess.outcomes)
      expect(pooled.details).toEqual(inProcess.details)
    })
  , 60_000)
})
