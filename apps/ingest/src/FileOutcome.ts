/** What ingesting one file did: added, unchanged (already stored), replaced (re-extracted), or failed with the reason. */
import type { ArticleId, ArticleParseError, NotFound, StoreError } from "@wirewatch/domain"
import { Data } from "effect"
import type { ExtractionError, FileReadError } from "./IngestErrors.ts"

/** Why one file was not ingested. */
export type FileFailure = ArticleParseError | FileReadError | ExtractionError | StoreError | NotFound

export interface Counts {
  readonly statements: number
  readonly incidents: number
  /** Incident reports linked to an incident an earlier article reported. */
  readonly linked: number
}

export type FileOutcome = Data.TaggedEnum<{
  Added: { readonly file: string; readonly articleId: ArticleId } & Counts
  Replaced: { readonly file: string; readonly articleId: ArticleId } & Counts
  Unchanged: { readonly file: string; readonly articleId: ArticleId }
  Failed: { readonly file: string; readonly failure: FileFailure }
}>

export const FileOutcome = Data.taggedEnum<FileOutcome>()
