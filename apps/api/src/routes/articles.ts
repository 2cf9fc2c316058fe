/** `/articles` and `/articles/:id`: stored articles as a paged list, and one article with everything extracted from it. */
import { ArticleDetail, ArticleQuery, ArticleSummary, Page } from "@wirewatch/domain"
import { ArticleRepository } from "@wirewatch/store"
import { Effect } from "effect"
import { pageRows } from "../CsvFormat.ts"
import { endpoint } from "../Endpoint.ts"
import { NoQuery } from "../QueryDecoding.ts"

export const articleEndpoints = [
  endpoint({
    path: "/articles",
    summary: "Articles, newest first, filtered by publication date and title keyword.",
    query: ArticleQuery,
    response: Page(ArticleSummary),
    run: (query) => Effect.flatMap(ArticleRepository, (repo) => repo.listArticles(query)),
    csv: pageRows
  }),
  endpoint({
    path: "/articles/:id",
    summary: "One article's text with its actors, mentions, statements and incident reports, each with its span.",
    query: NoQuery,
    response: ArticleDetail,
    run: (_, params) => Effect.flatMap(ArticleRepository, (repo) => repo.getArticle(params["id"] ?? ""))
  })
]
