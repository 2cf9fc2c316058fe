/** The content-derived identity of an article file: the same text always gets the same id. */
import * as crypto from "node:crypto"
import type { ArticleId } from "@wirewatch/domain"

/** crypto.hash (Node 20.12+) digests in one call, without a Hash object per article; older Nodes make one. */
const sha256Hex: (text: string) => string =
  typeof crypto.hash === "function"
    ? (text) => crypto.hash("sha256", text, "hex")
    : (text) => crypto.createHash("sha256").update(text, "utf8").digest("hex")

/** First 16 hex characters of the SHA-256 of the file text (UTF-8). */
export const articleIdOf = (text: string): ArticleId => sha256Hex(text).slice(0, 16) as ArticleId
