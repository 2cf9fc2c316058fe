/** Runs an async step over a list with at most `limit` steps at once (so a drill-down does not fire twenty requests together), keeping the order. */
export const mapConcurrently = async <A, B>(items: ReadonlyArray<A>, limit: number, step: (item: A) => Promise<B>): Promise<Array<B>> => {
  const out = new Array<B>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++
      out[i] = await step(items[i]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return out
}
