/** A count with its noun in the right number: "1 incident", "3 incidents", "0 statements". */
export const countOf = (n: number, singular: string, plural = `${singular}s`): string => `${n} ${n === 1 ? singular : plural}`
