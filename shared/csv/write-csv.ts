import Papa from 'papaparse';

/**
 * Cell starts a spreadsheet would run as a formula (CSV injection), and the apostrophe itself so
 * a reader that strips one leading apostrophe gets every text back as it was.
 */
export const FORMULA_START = /^[=+\-@\t\r']/;

/**
 * The one CSV writer: papaparse's `unparse` (RFC 4180 quoting, CRLF lines) with its formula
 * escaping, which puts a leading apostrophe before such cells.
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return Papa.unparse({ fields: [...header], data: rows.map((row) => [...row]) }, { newline: '\r\n', escapeFormulae: FORMULA_START });
}
