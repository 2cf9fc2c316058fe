/** Bounds on what a request may carry before any route sees it: a URL (path and query) of at most 8 KiB. */
import type { MiddlewareHandler } from "hono"

/** Longer than any query the dashboard builds (a few hundred actor ids fit), far below what could hurt the server. */
export const MAX_URL_BYTES = 8 * 1024

/** 414 for an over-long URL, whatever the route. (Bodies are limited per route: only uploads take one.) */
export const limitUrlLength: MiddlewareHandler = async (c, next) => {
  const url = new URL(c.req.url)
  if (Buffer.byteLength(url.pathname + url.search) > MAX_URL_BYTES) {
    return c.json({ error: "UriTooLong", message: `a request URL is at most ${MAX_URL_BYTES} bytes` }, 414)
  }
  await next()
}
