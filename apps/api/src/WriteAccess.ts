/** Who may write: the API is read-only unless WIREWATCH_API_TOKEN is set, and then a write needs `Authorization: Bearer <token>`. */
import type { MiddlewareHandler } from "hono"
import { createHash, timingSafeEqual } from "node:crypto"

/** Compares digests, so neither the token's length nor its prefix shows in the response time. */
const sameToken = (given: string, expected: string): boolean =>
  timingSafeEqual(createHash("sha256").update(given).digest(), createHash("sha256").update(expected).digest())

/**
 * Guards a write route: 403 when the server has no token (writes disabled), 401 with `WWW-Authenticate` when the
 * request's bearer token is missing or wrong.
 */
export const requireWriteToken = (token: string | undefined): MiddlewareHandler => async (c, next) => {
  if (token === undefined || token === "") {
    return c.json({ error: "Forbidden", message: "this API is read-only: writes need WIREWATCH_API_TOKEN set on the server" }, 403)
  }
  const header = c.req.header("Authorization") ?? ""
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header)
  if (match === null || !sameToken(match[1]!, token)) {
    c.header("WWW-Authenticate", 'Bearer realm="wirewatch"')
    return c.json({ error: "Unauthorized", message: "this route writes: send Authorization: Bearer <WIREWATCH_API_TOKEN>" }, 401)
  }
  await next()
}
