/** The body of an extraction worker thread: extracts each article it is sent and posts back the encoded extraction (or the error). */
import type { ArticleExtraction, ParsedArticleFile } from "@wirewatch/domain"
import { extractArticle } from "@wirewatch/extract"
import { parentPort } from "node:worker_threads"

/** A job from the pool. */
export interface ExtractionJob {
  readonly id: number
  readonly parsed: ParsedArticleFile
}

/**
 * The answer to a job: the extraction as posted (the structured clone of the schema values: their fields, without
 * their classes; the domain schemas have no transformations, so this is also their encoded form), or why it failed.
 */
export type ExtractionReply =
  | { readonly id: number; readonly ok: true; readonly extraction: typeof ArticleExtraction.Encoded }
  | { readonly id: number; readonly ok: false; readonly detail: string }

if (parentPort !== null) {
  const port = parentPort
  port.on("message", (job: ExtractionJob) => {
    let reply: ExtractionReply
    try {
      // Posted as is: encoding with the schema first would only copy what the structured clone copies anyway.
      reply = { id: job.id, ok: true, extraction: extractArticle(job.parsed) }
    } catch (e) {
      reply = { id: job.id, ok: false, detail: e instanceof Error ? e.message : String(e) }
    }
    port.postMessage(reply)
  })
}
