/** The API's error bodies and statuses: what a client sees when a query is bad, an id unknown, a route missing, or the server failed. */
import type { InvalidQuery, NotFound, StoreError } from "@wirewatch/domain"
import { Schema } from "effect"

/** 400: the query string does not decode; one line per problem, each naming the parameter. */
export const InvalidQueryBody = Schema.Struct({
  error: Schema.Literal("InvalidQuery"),
  issues: Schema.Array(Schema.String)
}).annotations({ identifier: "InvalidQueryBody" })

/** 404: no such entity, or no such route. */
export const NotFoundBody = Schema.Struct({
  error: Schema.Literal("NotFound"),
  message: Schema.String
}).annotations({ identifier: "NotFoundBody" })

/** 500: something failed on our side; the details go to the log, not to the client. */
export const InternalErrorBody = Schema.Struct({
  error: Schema.Literal("InternalError"),
  message: Schema.String
}).annotations({ identifier: "InternalErrorBody" })

export type ErrorBody = typeof InvalidQueryBody.Type | typeof NotFoundBody.Type | typeof InternalErrorBody.Type

export interface ErrorResponse {
  readonly status: 400 | 404 | 500
  readonly body: ErrorBody
}

/** The failures an endpoint may end with. */
export type EndpointError = InvalidQuery | NotFound | StoreError

export const internalError: ErrorResponse = {
  status: 500,
  body: { error: "InternalError", message: "the server failed to answer this request; the failure is logged" }
}

export const routeNotFound = (method: string, path: string): ErrorResponse => ({
  status: 404,
  body: { error: "NotFound", message: `no route ${method} ${path}` }
})

/** The response for a failure; a StoreError's detail is not shown, because it can name files and SQL. */
export const errorResponseOf = (error: EndpointError): ErrorResponse => {
  switch (error._tag) {
    case "InvalidQuery":
      return { status: 400, body: { error: "InvalidQuery", issues: error.issues } }
    case "NotFound":
      return { status: 404, body: { error: "NotFound", message: error.message } }
    case "StoreError":
      return internalError
  }
}
