/** How a `pnpm ingest --watch` worker runs: its name in the queue, lease, poll interval and claim size, from the environment. */
import { Config, Effect } from "effect"
import { hostname } from "node:os"
import { UsageError } from "../UsageError.ts"
import { ingestRootsFrom } from "./IngestRoots.ts"

export interface WatchSettings {
  /** The folder watched for new article files. */
  readonly dir: string
  /** The worker's name in `jobs.claimed_by` (host:pid unless WIREWATCH_WORKER_ID says). */
  readonly workerId: string
  /** How long a claim lasts without renewal; a dead worker's jobs are reclaimed after it. */
  readonly leaseMs: number
  /** How often the folder is rescanned and the queue polled when idle (fs.watch wakes it sooner). */
  readonly pollMs: number
  /** Jobs claimed at once. */
  readonly batch: number
  /** Claims of one job before it is marked failed (a file that kills its worker every time). */
  readonly maxAttempts: number
  /** WIREWATCH_INGEST_ROOTS, resolved; empty: only the watched folder. */
  readonly roots: ReadonlyArray<string>
}

const positive = (name: string, fallback: number) =>
  Config.integer(name).pipe(
    Config.withDefault(fallback),
    Config.validate({ message: `${name} must be a positive integer`, validation: (n) => n > 0 })
  )

/** Reads the worker settings for watching `dir`. */
export const loadWatchSettings = (dir: string): Effect.Effect<WatchSettings, UsageError> =>
  Config.all({
    workerId: Config.string("WIREWATCH_WORKER_ID").pipe(Config.withDefault(`${hostname()}:${process.pid}`)),
    leaseMs: positive("WIREWATCH_JOB_LEASE_MS", 30_000),
    pollMs: positive("WIREWATCH_POLL_MS", 2_000),
    batch: positive("WIREWATCH_JOB_BATCH", 8),
    maxAttempts: positive("WIREWATCH_JOB_MAX_ATTEMPTS", 3),
    roots: Config.string("WIREWATCH_INGEST_ROOTS").pipe(Config.withDefault(""))
  }).pipe(
    Effect.map((s) => ({ ...s, dir, roots: ingestRootsFrom(s.roots) })),
    Effect.mapError((e) => new UsageError({ detail: `bad environment: ${e.message}` }))
  )
