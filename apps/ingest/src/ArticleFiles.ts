/** Finds the article files to ingest: named files as they are, folders searched recursively for `*.txt`, in a stable order. */
import { Effect } from "effect"
import * as fs from "node:fs/promises"
import * as path from "node:path"
import { FileReadError, MissingPathError } from "./IngestErrors.ts"

/** One file to ingest: where it is, and how reports name it. */
export interface ArticleFileRef {
  readonly path: string
  /** The path relative to the working directory when it lies below it (as the user would type it), else absolute. */
  readonly displayName: string
}

const displayNameOf = (absolute: string): string => {
  const relative = path.relative(process.cwd(), absolute)
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : absolute
}

const isArticleName = (name: string): boolean => name.toLowerCase().endsWith(".txt")

/** Every `*.txt` below `dir`, sorted by path; hidden files and folders are skipped. */
const filesBelow = (dir: string): Effect.Effect<ReadonlyArray<string>, FileReadError> =>
  Effect.tryPromise({
    try: async () => {
      const found: Array<string> = []
      const walk = async (folder: string): Promise<void> => {
        const entries = await fs.readdir(folder, { withFileTypes: true })
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        for (const entry of entries) {
          if (entry.name.startsWith(".")) continue
          const full = path.join(folder, entry.name)
          if (entry.isDirectory()) await walk(full)
          else if ((entry.isFile() || entry.isSymbolicLink()) && isArticleName(entry.name)) found.push(full)
        }
      }
      await walk(dir)
      return found
    },
    catch: (e) => new FileReadError({ file: displayNameOf(dir), detail: e instanceof Error ? e.message : String(e) })
  })

/**
 * The article files under the given paths, each once, in the order given (folders sorted).
 * Fails with MissingPathError naming the first path that does not exist, before anything is ingested.
 */
export const findArticleFiles = (
  paths: ReadonlyArray<string>
): Effect.Effect<ReadonlyArray<ArticleFileRef>, MissingPathError | FileReadError> =>
  Effect.gen(function* () {
    const seen = new Set<string>()
    const files: Array<ArticleFileRef> = []
    for (const given of paths) {
      const absolute = path.resolve(given)
      const stat = yield* Effect.tryPromise({
        try: () => fs.stat(absolute),
        catch: () => new MissingPathError({ path: given })
      })
      const found = stat.isDirectory() ? yield* filesBelow(absolute) : [absolute]
      for (const file of found) {
        if (seen.has(file)) continue
        seen.add(file)
        files.push({ path: file, displayName: displayNameOf(file) })
      }
    }
    return files
  })
