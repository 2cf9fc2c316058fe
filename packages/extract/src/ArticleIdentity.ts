/** The content-derived identity of an article file: the same text always gets the same id. */
import { createHash } from "node:crypto"
import type { ArticleId } from "@wirewatch/domain"

/** First 16 hex characters of the SHA-256 of the file text. */
export const articleIdOf = (text: string): ArticleId => createHash("sha256").update(text, "utf8").digest("hex").slice(0, 16) as ArticleId
