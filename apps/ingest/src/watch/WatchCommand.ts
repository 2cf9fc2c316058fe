/** The `pnpm ingest --watch DIR` program: a long-lived worker that scans the folder into the job queue and works the queue until told to stop. */
import { type ArticleRepository, JobQueue } from "@wirewatch/store"
import { Deferred, Effect, Queue } from "effect"
import * as fs from "node:fs"
import type { ArticleExtractor } from "../ArticleExtractor.ts"
import { outcomeLine, outcomeJson } from "../IngestReport.ts"
import { MissingPathError } from "../IngestErrors.ts"
import { UsageError } from "../UsageError.ts"
import { scanFolder, type SeenFiles } from "./FolderScanner.ts"
import { isInsideRoots } from "./IngestRoots.ts"
import { runJobWorker } from "./JobWorker.ts"
import type { WatchSettings } from "./WatchSettings.ts"

export interface WatchOutput {
  readonly out: (line: string) => void
  readonly json: boolean
  readonly quiet: boolean
}

/** Calls `onChange` on any change below `dir` (fs.watch); polling still runs where fs.watch is not available. */
const watchFolder = (dir: string, onChange: () => void) =>
  Effect.acquireRelease(
    Effect.sync(() => {
      try {
        return fs.watch(dir, { recursive: true }, onChange)
      } catch {
        return undefined
      }
    }),
    (watcher) => Effect.sync(() => watcher?.close())
  )

/**
 * Runs until `stop` is done (SIGTERM/SIGINT): then no new job is claimed, the current article is finished and saved,
 * claimed but unstarted jobs are released, and it returns 0.
 */
export const runWatch = (
  settings: WatchSettings,
  stop: Deferred.Deferred<void>,
  output: WatchOutput
): Effect.Effect<number, UsageError | MissingPathError, JobQueue | ArticleRepository | ArticleExtractor> =>
  Effect.scoped(
    Effect.gen(function* () {
      const dir = settings.dir
      if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) return yield* new MissingPathError({ path: dir })
      const roots = settings.roots.length > 0 ? settings.roots : [dir]
      if (!isInsideRoots(dir, roots)) {
        return yield* new UsageError({ detail: `${dir} lies outside the ingest roots (WIREWATCH_INGEST_ROOTS=${settings.roots.join(":")})` })
      }
      const worker = { ...settings, roots }
      const say = (line: string) => Effect.sync(() => output.out(line))
      const wake = yield* Queue.sliding<void>(1)
      const changed = yield* Queue.sliding<void>(1)
      yield* watchFolder(dir, () => Queue.unsafeOffer(changed, undefined))

      yield* say(`worker ${settings.workerId} watching ${dir} (lease ${settings.leaseMs} ms, batch ${settings.batch})`)
      const seen: SeenFiles = new Map()
      const scanOnce = scanFolder(dir, roots, seen).pipe(
        Effect.tap((r) => (r.offered > 0 ? Queue.offer(wake, undefined) : Effect.void)),
        Effect.tap((r) => Effect.forEach(r.outside, (f) => say(`skipped   ${f}: outside the ingest roots`), { discard: true })),
        Effect.catchAll((e) => say(`scan      ${e.message}`))
      )
      yield* scanOnce.pipe(
        // A burst of file events is one rescan; the poll interval catches what fs.watch misses.
        Effect.zipRight(Effect.raceAll([Effect.sleep(settings.pollMs), Queue.take(changed).pipe(Effect.zipRight(Effect.sleep(50)))])),
        Effect.forever,
        Effect.forkScoped
      )

      const tally = yield* runJobWorker(worker, stop, wake, {
        print: say,
        outcome: (o) => (output.quiet ? Effect.void : say(output.json ? outcomeJson(o) : outcomeLine(o)))
      })
      const counts = yield* Effect.either(Effect.flatMap(JobQueue, (q) => q.counts()))
      const left = counts._tag === "Right" ? `; queue: ${counts.right.queued} queued, ${counts.right.running} running, ${counts.right.done} done, ${counts.right.failed} failed` : ""
      yield* say(
        `worker ${settings.workerId} stopped after ${tally.jobs} jobs: ${tally.added} added, ${tally.unchanged} unchanged, ${tally.replaced} replaced, ${tally.failed} failed${left}`
      )
      return 0
    })
  )
