/** Turns the watched folder's article files into queue jobs: new or changed files (by size and mtime, then content hash) are enqueued, each version once. */
import { MAX_ARTICLE_BYTES, type StoreError } from "@wirewatch/domain"
import { fileContentHash, JobQueue } from "@wirewatch/store"
import { Effect } from "effect"
import * as fs from "node:fs"
import { findArticleFiles } from "../ArticleFiles.ts"
import type { FileReadError, MissingPathError } from "../IngestErrors.ts"
import { isInsideRoots } from "./IngestRoots.ts"

/** What the scanner remembers of each file it enqueued, so an unchanged file is not read again. */
export type SeenFiles = Map<string, string>

export interface ScanResult {
  /** Files found. */
  readonly files: number
  /** Files read and offered to the queue (new or changed since the last scan). */
  readonly offered: number
  /** Files skipped because they lie outside the ingest roots (symlinks out of them). */
  readonly outside: ReadonlyArray<string>
}

/** The content key of a file too large to be an article: not worth reading; the worker fails it as too large. */
const tooLargeKey = (stat: fs.Stats): string => `too-large:${stat.size}:${stat.mtimeMs}`

/** Scans `dir` once and enqueues its new or changed files; files outside `roots` are left alone. */
export const scanFolder = (
  dir: string,
  roots: ReadonlyArray<string>,
  seen: SeenFiles
): Effect.Effect<ScanResult, StoreError | MissingPathError | FileReadError, JobQueue> =>
  Effect.gen(function* () {
    const queue = yield* JobQueue
    const files = yield* findArticleFiles([dir])
    const jobs: Array<{ kind: "ingest"; path: string; contentHash: string }> = []
    const stamps: Array<[string, string]> = []
    const outside: Array<string> = []
    for (const file of files) {
      let stat: fs.Stats
      try {
        stat = fs.statSync(file.path)
      } catch {
        continue // vanished since the listing
      }
      const stamp = `${stat.size}:${stat.mtimeMs}`
      if (seen.get(file.path) === stamp) continue
      if (!isInsideRoots(file.path, roots)) {
        outside.push(file.displayName)
        seen.set(file.path, stamp)
        continue
      }
      let contentHash: string
      if (stat.size > MAX_ARTICLE_BYTES) contentHash = tooLargeKey(stat)
      else {
        try {
          contentHash = fileContentHash(fs.readFileSync(file.path))
        } catch {
          continue // unreadable now; the next scan tries again
        }
      }
      jobs.push({ kind: "ingest", path: file.path, contentHash })
      stamps.push([file.path, stamp])
    }
    if (jobs.length > 0) yield* queue.enqueue(jobs)
    // Remembered only once enqueued: a failed enqueue is retried by the next scan.
    for (const [path, stamp] of stamps) seen.set(path, stamp)
    return { files: files.length, offered: jobs.length, outside }
  })
