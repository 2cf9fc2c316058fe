/** One-line descriptions of database failures, for the `detail` of the domain's StoreError. */
import type { SqlError } from "@effect/sql/SqlError"
import { Cause } from "effect"

const messageOf = (u: unknown): string => (u instanceof Error ? u.message : String(u))

/** The library's message with the database's own words, which SqlError keeps in its cause. */
export const sqlErrorDetail = (error: SqlError): string =>
  error.cause === undefined || messageOf(error.cause) === error.message ? error.message : `${error.message}: ${messageOf(error.cause)}`

/** The first failure or defect of a cause (layers nest causes when they retry), without stack traces. */
export const causeDetail = (cause: Cause.Cause<unknown>): string => {
  const squashed = Cause.squash(cause)
  if (Cause.isCause(squashed)) return causeDetail(squashed)
  if (typeof squashed === "object" && squashed !== null && "_tag" in squashed && squashed._tag === "SqlError") {
    return sqlErrorDetail(squashed as SqlError)
  }
  return messageOf(squashed)
}
