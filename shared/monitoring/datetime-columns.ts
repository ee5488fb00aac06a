// Date and time columns are not features: Evidently leaves datetime columns out of data drift (a
// later period always "drifts" in time). A CSV carries no types, so a column is taken as datetime
// when every present value is an ISO 8601 date or timestamp — what pandas' `parse_dates` accepts
// without a format, and what exports from MLflow, databases and pandas itself write.
import type { ColumnSample } from './column-sample';

// 2024-03-01, 2024-03-01T12:30, 2024-03-01 12:30:45.123456, with Z or ±hh[:mm]; also 2024-03 (a month).
const ISO_DATETIME = /^(\d{4})-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)?$/;

/** Whether `text` is an ISO 8601 date or date-time with real calendar and clock values. */
export function isIsoDateTime(text: string): boolean {
  const m = ISO_DATETIME.exec(text.trim());
  if (!m) return false;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] !== undefined) {
    const day = Number(m[3]);
    const daysInMonth = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return false;
  }
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || (m[6] !== undefined && Number(m[6]) > 60))) return false;
  return true;
}

/**
 * A column sample of dates or timestamps: text values (a number is never a date here, as in
 * pandas), every one of them ISO 8601. Distinct values are checked, so a million rows of a few
 * thousand days cost a few thousand checks; the first non-date stops the scan.
 */
export function isDatetimeSample(sample: ColumnSample): boolean {
  if (sample.type !== 'cat' || sample.n === 0) return false;
  for (const value of sample.counts.keys()) if (typeof value !== 'string' || !isIsoDateTime(value)) return false;
  return true;
}
