/**
 * Dates as Jira and Linear write them in CSV exports. A parsed date keeps both the instant (ISO 8601,
 * UTC) and the calendar date as written, because due dates are days, not instants.
 */
export interface SourceDate {
  iso: string;
  date: string;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  // German-language Jira instances write these instead.
  mär: 3, mai: 5, okt: 10, dez: 12,
};

const JIRA_DATE =
  /^(\d{1,2})\/([^/\s]{3,4})\/(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;
const JS_DATE =
  /^(?:[A-Za-z]{3},? )?([A-Za-z]{3}) (\d{1,2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT([+-])(\d{2}):?(\d{2})(?: \(.*\))?$/;

/**
 * Jira's export format `28/Jun/16 9:27 AM` (also 4-digit years, 24-hour times, dates alone) and
 * ISO-like `2016-07-05 07:53:01.71`. The file carries no zone, so times are read as UTC: a re-import
 * gives the same instants on any machine.
 */
export function parseJiraDate(text: string): SourceDate | null {
  const m = JIRA_DATE.exec(text.trim());
  if (!m) return parseIsoDate(text);
  const [, d, mon, y, h = '0', min = '0', s = '0', meridiem] = m;
  const month = MONTHS[mon.toLowerCase().replace(/\.$/, '')];
  if (!month) return null;
  let year = Number(y);
  if (y.length === 2) year += year < 70 ? 2000 : 1900;
  let hour = Number(h);
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0);
  }
  return build(year, month, Number(d), hour, Number(min), Number(s), 0, 0);
}

/** Linear's `Sat Feb 11 2023 01:51:47 GMT+0000 (GMT)` (JavaScript's Date#toString) and ISO 8601. */
export function parseLinearDate(text: string): SourceDate | null {
  const m = JS_DATE.exec(text.trim());
  if (!m) return parseIsoDate(text);
  const [, mon, d, y, h, min, s, sign, oh, om] = m;
  const month = MONTHS[mon.toLowerCase()];
  if (!month) return null;
  const offset = (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  return build(Number(y), month, Number(d), Number(h), Number(min), Number(s), 0, offset);
}

export function parseIsoDate(text: string): SourceDate | null {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', min = '0', s = '0', frac = '0', zone] = m;
  let offset = 0;
  if (zone && zone !== 'Z') {
    const digits = zone.replace(':', '');
    offset = (digits.startsWith('-') ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  }
  const ms = Math.round(Number(`0.${frac}`) * 1000);
  return build(Number(y), Number(mo), Number(d), Number(h), Number(min), Number(s), ms, offset);
}

/** Builds from wall-clock parts at a UTC offset (minutes), refusing impossible dates like 31/Feb. */
function build(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number, offset: number): SourceDate | null {
  if (hour > 23 || minute > 59 || second > 59) return null;
  const wall = new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms));
  if (wall.getUTCFullYear() !== year || wall.getUTCMonth() !== month - 1 || wall.getUTCDate() !== day) return null;
  const date = wall.toISOString().slice(0, 10);
  return { iso: new Date(wall.getTime() - offset * 60_000).toISOString(), date };
}
