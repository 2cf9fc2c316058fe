/** The API's settings beyond address and SQLite file: DATABASE_URL (PostgreSQL), the upload inbox and the write token, from the environment. */
import { isAbsolute, resolve } from "node:path"
import { repoRoot } from "./ApiConfig.ts"

export interface WriteSettings {
  /** DATABASE_URL: PostgreSQL instead of the SQLite file when set. */
  readonly databaseUrl: string | undefined
  /** WIREWATCH_INBOX (absolute): where `POST /articles` writes files for the ingest workers. */
  readonly inbox: string
  /** WIREWATCH_API_TOKEN: unset means the write routes refuse every request. */
  readonly token: string | undefined
}

export const writeSettingsFrom = (env: Readonly<Record<string, string | undefined>>, cwd: string): WriteSettings => {
  const rawInbox = env["WIREWATCH_INBOX"]?.trim() || undefined
  const token = env["WIREWATCH_API_TOKEN"]?.trim() || undefined
  return {
    databaseUrl: env["DATABASE_URL"]?.trim() || undefined,
    inbox: rawInbox === undefined ? resolve(repoRoot, "inbox") : isAbsolute(rawInbox) ? rawInbox : resolve(cwd, rawInbox),
    token
  }
}
