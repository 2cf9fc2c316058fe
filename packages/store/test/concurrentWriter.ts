/** A separate process for the concurrency test: saves `count` articles (ids `<prefix><n>`) into the SQLite file given. */
import { Article, ArticleExtraction, type ArticleId } from "@wirewatch/domain"
import { Effect } from "effect"
import { ArticleRepository, SqliteStoreLive } from "../src/index.ts"
import { article1 } from "./fixtures.ts"

const [filename, prefix, count] = process.argv.slice(2) as [string, string, string]

const program = Effect.gen(function* () {
  const repo = yield* ArticleRepository
  for (let i = 0; i < Number(count); i++) {
    const id = `${prefix}${i.toString(16).padStart(15, "0")}` as ArticleId
    // Every article names the same actors, so writers contend for the same actor rows.
    yield* repo.saveExtraction(ArticleExtraction.make({ ...article1, article: Article.make({ ...article1.article, id }), statements: [], incidents: [] }))
  }
})

Effect.runPromise(program.pipe(Effect.provide(SqliteStoreLive({ filename })))).then(
  () => process.exit(0),
  (error) => {
    console.error(String(error))
    process.exit(1)
  }
)
