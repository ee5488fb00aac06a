const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML or SVG markup, element content and attribute values alike. Synced text is untrusted. */
export const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => entities[c]);

/** Format a number for people: whole numbers as is, others to at most two decimals. */
export const fmtNumber = (x: number | null | undefined, empty = '–'): string =>
  x === null || x === undefined || !Number.isFinite(x) ? empty : Number.isInteger(x) ? String(x) : String(Number(x.toFixed(Math.abs(x) < 1 ? 3 : 2)));
