/** What a paged list shows below its items: loading, the error with "Try again", the empty message, or the button for the next page. */
import type { ReactNode } from "react"
import type { PagedList } from "../api/useRemote.ts"
import { Empty, ErrorMessage, Loading } from "./RemoteStatus.tsx"

export const PagedListStatus = ({ list, what, empty }: { readonly list: PagedList<unknown>; readonly what: string; readonly empty: ReactNode }) => (
  <>
    {list.status === "loading" ? <Loading what={what} /> : null}
    {list.status === "failure" && list.error !== null ? <ErrorMessage error={list.error} what={what} retry={list.retry} /> : null}
    {list.status === "success" && list.items.length === 0 ? <Empty>{empty}</Empty> : null}
    {list.hasMore && list.status !== "loading" ? (
      <button type="button" className="button load-more" onClick={list.loadMore}>
        Load more {what}
      </button>
    ) : null}
  </>
)
