/**
 * The routes that write, each behind the bearer token: `POST /articles` puts an article file in the inbox and queues it
 * for the ingest workers (the API never extracts); `POST /reprocess` queues re-extraction; `GET /jobs/:id` says how a job went.
 */
import { MAX_ARTICLE_BYTES, parseArticleBytes, type StoreError } from "@wirewatch/domain"
import { fileContentHash, JobQueue } from "@wirewatch/store"
import { Effect, Either, type ManagedRuntime } from "effect"
import type { Hono } from "hono"
import { bodyLimit } from "hono/body-limit"
import { inboxFileName, writeToInbox } from "../InboxUpload.ts"
import { requireWriteToken } from "../WriteAccess.ts"

/** A runtime holding the job queue (the API's runtime, when its store provides one). */
export type QueueRuntime = ManagedRuntime.ManagedRuntime<JobQueue, StoreError>

export interface WriteOptions {
  readonly runtime: QueueRuntime
  /** The folder uploads are written to; the ingest workers watch it. */
  readonly inbox: string
  /** WIREWATCH_API_TOKEN; undefined: every write is refused (403). */
  readonly token: string | undefined
}

const internal = { error: "InternalError", message: "the server failed to answer this request; the failure is logged" } as const

/**
 * Mounts the write routes. Without options there are none (404); with options but no token they refuse (403): either
 * way the API is read-only by default.
 */
export const mountWriteRoutes = (app: Hono, options: WriteOptions | undefined): void => {
  if (options === undefined) return
  const guard = requireWriteToken(options.token)
  const limit = bodyLimit({
    maxSize: MAX_ARTICLE_BYTES,
    onError: (c) => c.json({ error: "PayloadTooLarge", message: `an article file is at most ${MAX_ARTICLE_BYTES} bytes` }, 413)
  })

  app.post("/articles", guard, limit, async (c) => {
    const bytes = new Uint8Array(await c.req.arrayBuffer())
    const contentHash = fileContentHash(bytes)
    const name = inboxFileName(c.req.query("name"), contentHash)
    const parsed = parseArticleBytes(name, bytes)
    if (Either.isLeft(parsed)) return c.json({ error: "InvalidArticle", issues: [`${parsed.left.problem}: ${parsed.left.detail}`] }, 400)
    try {
      const file = await writeToInbox(options.inbox, name, bytes)
      const [jobId] = await options.runtime.runPromise(
        Effect.flatMap(JobQueue, (q) => q.enqueue([{ kind: "ingest", path: file, contentHash }]))
      )
      return c.json({ jobId, file: name, state: "queued" }, 202)
    } catch (error) {
      console.error("POST /articles failed:", error)
      return c.json(internal, 500)
    }
  })

  app.post("/reprocess", guard, limit, async (c) => {
    try {
      // One request per second at most is a new job; a repeat within it is the same job.
      const [jobId] = await options.runtime.runPromise(
        Effect.flatMap(JobQueue, (q) => q.enqueue([{ kind: "reprocess", path: "", contentHash: new Date().toISOString().slice(0, 19) }]))
      )
      return c.json({ jobId, state: "queued" }, 202)
    } catch (error) {
      console.error("POST /reprocess failed:", error)
      return c.json(internal, 500)
    }
  })

  app.get("/jobs/:id", async (c) => {
    const id = c.req.param("id")
    if (!/^\d{1,15}$/.test(id)) return c.json({ error: "InvalidQuery", issues: ["id: expected a job number"] }, 400)
    try {
      const job = await options.runtime.runPromise(Effect.flatMap(JobQueue, (q) => q.get(Number(id))))
      if (job === undefined) return c.json({ error: "NotFound", message: `no job ${id}` }, 404)
      return c.json({ id: job.id, kind: job.kind, state: job.state, attempts: job.attempts, outcome: job.outcome, error: job.error })
    } catch (error) {
      console.error(`GET /jobs/${id} failed:`, error)
      return c.json(internal, 500)
    }
  })
}
