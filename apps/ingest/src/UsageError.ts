/** A command line that cannot be run as typed: unknown flag, bad value, or missing argument. */
import { Schema } from "effect"

export class UsageError extends Schema.TaggedError<UsageError>()("UsageError", {
  detail: Schema.String
}) {
  override get message(): string {
    return this.detail
  }
}
