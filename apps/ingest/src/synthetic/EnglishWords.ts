/** English wording for news copy: counts in words or digits, capitals, and "a"/"an". */

const ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

/** English words for 0..999 ("forty-five", "one hundred and two"); digits beyond. */
export const numberInWords = (n: number): string => {
  if (n < 20) return ONES[n]!
  if (n < 100) return TENS[Math.floor(n / 10)]! + (n % 10 === 0 ? "" : `-${ONES[n % 10]!}`)
  if (n < 1000) return `${ONES[Math.floor(n / 100)]!} hundred` + (n % 100 === 0 ? "" : ` and ${numberInWords(n % 100)}`)
  return String(n)
}

/** A count inside a sentence: words up to ten (or always, when `spell`), digits above. */
export const countInText = (n: number, spell: boolean): string => (n <= 10 || (spell && n < 100) ? numberInWords(n) : n.toLocaleString("en-US"))

export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

/** "a drone attack", "an Israeli airstrike", "a US airstrike". */
export const withIndefinite = (phrase: string): string => (/^[aeiou]/i.test(phrase) && !/^(US|one|Eu)/.test(phrase) ? `an ${phrase}` : `a ${phrase}`)
