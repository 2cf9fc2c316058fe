/** `/statements`: who said what and when, filtered by speaker, date, kind, keyword and article. */
import { Page, StatementQuery, StatementView } from "@wirewatch/domain"
import { ArticleRepository } from "@wirewatch/store"
import { Effect } from "effect"
import { pageRows } from "../CsvFormat.ts"
import { endpoint } from "../Endpoint.ts"

export const statementEndpoints = [
  endpoint({
    path: "/statements",
    summary: "Statements with their article date, source chain and the span of the words in the article.",
    query: StatementQuery,
    response: Page(StatementView),
    run: (query) => Effect.flatMap(ArticleRepository, (repo) => repo.listStatements(query)),
    csv: pageRows
  })
]
