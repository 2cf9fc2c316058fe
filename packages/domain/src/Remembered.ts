/**
 * A function of a string whose answers are kept, for pure helpers that hot paths call with the same few keys again
 * and again (words, names, days). The kept answers are dropped all at once when there are `max` of them, so odd
 * inputs cannot grow the memory without end. `compute` must be pure and never return `undefined`.
 */
export const remembered = <V>(compute: (key: string) => V, max: number): ((key: string) => V) => {
  const answers = new Map<string, V>()
  return (key) => {
    let answer = answers.get(key)
    if (answer === undefined) {
      answer = compute(key)
      if (answers.size >= max) answers.clear()
      answers.set(key, answer)
    }
    return answer
  }
}
