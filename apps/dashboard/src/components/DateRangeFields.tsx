/** "From" and "To" day inputs that only report complete, real dates (or null when cleared). */
import type { IsoDate } from "@wirewatch/domain"
import { isIsoDate } from "@wirewatch/domain/plain"

const dateOrNull = (value: string): IsoDate | null => (isIsoDate(value) ? value : null)

export const DateRangeFields = ({
  from,
  to,
  onChange
}: {
  readonly from: IsoDate | null
  readonly to: IsoDate | null
  readonly onChange: (from: IsoDate | null, to: IsoDate | null) => void
}) => (
  <>
    <label className="field">
      <span>From</span>
      <input type="date" name="from" value={from ?? ""} max={to ?? undefined} onChange={(e) => onChange(dateOrNull(e.target.value), to)} />
    </label>
    <label className="field">
      <span>To</span>
      <input type="date" name="to" value={to ?? ""} min={from ?? undefined} onChange={(e) => onChange(from, dateOrNull(e.target.value))} />
    </label>
  </>
)
