/** Chooses the store backend the way every process does: PostgreSQL when DATABASE_URL is a postgres:// url, else the SQLite file. */
import { StoreError } from "@wirewatch/domain"
import { Layer } from "effect"
import type { ArticleRepository } from "./ArticleRepository.ts"
import type { JobQueue } from "./JobQueue.ts"
import { PgStoreLive } from "./PgStore.ts"
import { SqliteStoreLive } from "./SqliteStore.ts"

export interface StoreChoice {
  /** `DATABASE_URL`; PostgreSQL is used when it is set (postgres:// or postgresql://). */
  readonly databaseUrl?: string | undefined
  /** The SQLite file used otherwise (`WIREWATCH_DB` or the default). */
  readonly sqliteFile: string
}

const isPostgresUrl = (url: string): boolean => /^postgres(ql)?:\/\//i.test(url)

/** The database a choice names, for log lines: the PostgreSQL url without its password, or the SQLite file. */
export const describeStore = ({ databaseUrl, sqliteFile }: StoreChoice): string => {
  const url = databaseUrl?.trim()
  if (url === undefined || url === "") return `SQLite ${sqliteFile}`
  try {
    const parsed = new URL(url)
    if (parsed.password !== "") parsed.password = "***"
    return `PostgreSQL ${parsed.toString()}`
  } catch {
    return "PostgreSQL (unparseable DATABASE_URL)"
  }
}

/** The store layer for a choice; a DATABASE_URL that is not a PostgreSQL url fails with StoreError rather than falling back. */
export const StoreFromEnv = ({ databaseUrl, sqliteFile }: StoreChoice): Layer.Layer<ArticleRepository | JobQueue, StoreError> => {
  const url = databaseUrl?.trim()
  if (url === undefined || url === "") return SqliteStoreLive({ filename: sqliteFile })
  if (!isPostgresUrl(url)) {
    return Layer.fail(new StoreError({ operation: "choose the database", detail: "DATABASE_URL must start with postgres:// or postgresql://" }))
  }
  return PgStoreLive({ url })
}
