/** Failures of ingesting that the domain does not define: a path that is not there, a file that cannot be read, an extractor crash. */
import { Schema } from "effect"

/** A path given on the command line (or the inbox) does not exist. */
export class MissingPathError extends Schema.TaggedError<MissingPathError>()("MissingPathError", {
  path: Schema.String
}) {
  override get message(): string {
    return `no such file or folder: ${this.path}`
  }
}

/** The file exists but could not be read (permissions, vanished meanwhile, a folder named *.txt). */
export class FileReadError extends Schema.TaggedError<FileReadError>()("FileReadError", {
  file: Schema.String,
  detail: Schema.String
}) {
  override get message(): string {
    return `${this.file}: cannot read: ${this.detail}`
  }
}

/** The extractor failed on one article (a bug, not a property of the input): the article is skipped, the batch goes on. */
export class ExtractionError extends Schema.TaggedError<ExtractionError>()("ExtractionError", {
  file: Schema.String,
  detail: Schema.String
}) {
  override get message(): string {
    return `${this.file}: extraction failed: ${this.detail}`
  }
}
