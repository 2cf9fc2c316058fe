import { describe, expect, it } from "@effect/vitest"
import { Effect, Exit } from "effect"
import * as fs from "node:fs/promises"
import * as os from "node:os"
import * as path from "node:path"
import { findArticleFiles } from "../src/ArticleFiles.ts"
import { MissingPathError } from "../src/IngestErrors.ts"

const tree = async (files: ReadonlyArray<string>): Promise<string> => {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "wirewatch-files-"))
  for (const f of files) {
    await fs.mkdir(path.dirname(path.join(root, f)), { recursive: true })
    await fs.writeFile(path.join(root, f), " date 2024-01-01 x")
  }
  return root
}

describe("findArticleFiles", () => {
  it.effect("finds *.txt recursively in sorted order, skipping other and hidden files", () =>
    Effect.gen(function* () {
      const root = yield* Effect.promise(() => tree(["b.txt", "a.txt", "notes.md", "sub/deep/c.TXT", "sub/d.txt", ".hidden/e.txt", ".f.txt"]))
      const files = yield* findArticleFiles([root])
      expect(files.map((f) => path.relative(root, f.path))).toEqual(["a.txt", "b.txt", "sub/d.txt", "sub/deep/c.TXT"])
      yield* Effect.promise(() => fs.rm(root, { recursive: true }))
    })
  )

  it.effect("takes a named file whatever its extension, and lists a file given twice once", () =>
    Effect.gen(function* () {
      const root = yield* Effect.promise(() => tree(["x.article", "y.txt"]))
      const files = yield* findArticleFiles([path.join(root, "x.article"), root, path.join(root, "y.txt")])
      expect(files.map((f) => path.basename(f.path))).toEqual(["x.article", "y.txt"])
      yield* Effect.promise(() => fs.rm(root, { recursive: true }))
    })
  )

  it.effect("fails naming a path that does not exist", () =>
    Effect.gen(function* () {
      const root = yield* Effect.promise(() => tree(["y.txt"]))
      const missing = path.join(root, "nope")
      const exit = yield* Effect.exit(findArticleFiles([root, missing]))
      expect(exit).toEqual(Exit.fail(new MissingPathError({ path: missing })))
      yield* Effect.promise(() => fs.rm(root, { recursive: true }))
    })
  )

  it.effect("names files relative to the working directory when below it", () =>
    Effect.gen(function* () {
      const files = yield* findArticleFiles(["test/ArticleFiles.test.ts"])
      expect(files[0]!.displayName).toBe(path.join("test", "ArticleFiles.test.ts"))
    })
  )
})
