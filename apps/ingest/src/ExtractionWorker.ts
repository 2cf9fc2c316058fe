/** The body of an extraction worker thread: extracts each article it is sent and posts back the encoded extraction (or the error). */
import { ArticleExtraction, type ParsedArticleFile } from "@wirewatch/domain"
import { extractArticle } from "@wirewatch/extract"
import { Schema } from "effect"
import { parentPort } from "node:worker_threads"

/** A job from the pool. */
export interface ExtractionJob {
  readonly id: number
  readonly parsed: ParsedArticleFile
}

/** The answer to a job: the extraction in its encoded (plain) form, or why it failed. */
export type ExtractionReply =
  | { readonly id: number; readonly ok: true; readonly extraction: typeof ArticleExtraction.Encoded }
  | { readonly id: number; readonly ok: false; readonly detail: string }

const encode = Schema.encodeSync(ArticleExtraction)

if (parentPort !== null) {
  const port = parentPort
  port.on("message", (job: ExtractionJob) => {
    let reply: ExtractionReply
    try {
      reply = { id: job.id, ok: true, extraction: encode(extractArticle(job.parsed)) }
    } catch (e) {
      reply = { id: job.id, ok: false, detail: e instanceof Error ? e.message : String(e) }
    }
    port.postMessage(reply)
  })
}
