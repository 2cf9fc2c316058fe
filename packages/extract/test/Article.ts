/** Builds parsed articles from invented text for unit tests (never real corpus text). */
import { Either } from "effect"
import { type IsoDate, type ParsedArticleFile, parseArticleText } from "@wirewatch/domain"
import { extractArticle } from "../src/index.ts"

export const articleOf = (date: string, ...paragraphs: Array<string>): ParsedArticleFile => {
  const parsed = parseArticleText("invented.txt", ` date ${date as IsoDate} ${paragraphs.join("\n\n")}`)
  if (Either.isLeft(parsed)) throw new Error(parsed.left.message)
  return parsed.right
}

export const extract = (date: string, ...paragraphs: Array<string>) => extractArticle(articleOf(date, ...paragraphs))
