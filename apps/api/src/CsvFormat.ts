/** CSV renderings of responses (`?format=csv`): which rows a response holds, flattened into columns and escaped per RFC 4180. */
import { Schema } from "effect"

/** `?format=`: JSON by default; CSV where the endpoint says what its rows are. */
export const ResponseFormat = Schema.Literal("json", "csv")
export type ResponseFormat = typeof ResponseFormat.Type

/** How an encoded response becomes CSV rows, and the cursor of the next page if it is one page of a list. */
export interface CsvRows<I> {
  readonly rows: (encoded: I) => ReadonlyArray<unknown>
  readonly nextCursor?: (encoded: I) => string | null
}

/** A page of a list: its items are the rows. */
export const pageRows: CsvRows<{ readonly items: ReadonlyArray<unknown>; readonly nextCursor: string | null }> = {
  rows: (page) => page.items,
  nextCursor: (page) => page.nextCursor
}

/**
 * One row's cells: nested objects become dotted columns (`place.name`), lists of plain values are joined with
 * `; `, lists of objects are kept as JSON, null is an empty cell.
 */
const cellsOf = (value: unknown, prefix: string, cells: Map<string, string>): void => {
  if (value === null || value === undefined) {
    cells.set(prefix, "")
  } else if (Array.isArray(value)) {
    cells.set(
      prefix,
      value.every((v) => v === null || typeof v !== "object") ? value.map((v) => String(v ?? "")).join("; ") : JSON.stringify(value)
    )
  } else if (typeof value === "object") {
    for (const [key, v] of Object.entries(value)) cellsOf(v, prefix === "" ? key : `${prefix}.${key}`, cells)
  } else {
    cells.set(prefix, String(value))
  }
}

/** A spreadsheet would run a cell starting with one of these as a formula; a leading `'` keeps it text. */
const FORMULA_START = /^[=+\-@\t\r]/

const escapeCell = (cell: string, isText: boolean): string => {
  const safe = isText && FORMULA_START.test(cell) ? `'${cell}` : cell
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** The CSV text of `rows`: a header of every column seen, in first-seen order, then one line per row (CRLF line ends); empty when there are no rows. */
export const csvOf = (rows: ReadonlyArray<unknown>): string => {
  if (rows.length === 0) return ""
  const columns: Array<string> = []
  const seen = new Set<string>()
  const flat = rows.map((row) => {
    const cells = new Map<string, string>()
    cellsOf(row, "", cells)
    for (const column of cells.keys()) {
      if (!seen.has(column)) {
        seen.add(column)
        columns.push(column)
      }
    }
    return cells
  })
  const isNumeric = (cell: string) => /^-?\d+(\.\d+)?$/.test(cell)
  const lines = [
    columns.map((c) => escapeCell(c, true)).join(","),
    ...flat.map((cells) =>
      columns
        .map((column) => {
          const cell = cells.get(column) ?? ""
          return escapeCell(cell, !isNumeric(cell))
        })
        .join(",")
    )
  ]
  return lines.map((line) => `${line}\r\n`).join("")
}
