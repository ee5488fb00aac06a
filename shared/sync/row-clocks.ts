/**
 * Per-field clocks as stored on a row: one string instead of one property per field.
 *
 * A row's fields are mostly written together (its creation, an import, one device's edit), so
 * their clocks share milliseconds and device and differ only in the counter. The string holds
 * one base clock for the row (`<ms>:<device>`, the most common pair) and, per field, either the
 * counter (same ms and device as the base) or the whole clock (an exception). Reading a row for
 * display then deserialises one short string rather than a map of 30-character strings, which
 * is most of what reading a board or a backlog from IndexedDB used to cost.
 *
 * Fields are written in sorted order, so equal clocks always give the same string.
 */
export type FieldClocks = Record<string, string>;

const ENTRY = '\u001e';
const VALUE = '\u001f';
/** Clock layout (shared/sync/hlc.ts): 15 digits of ms, ':', 6 digits of counter, ':', device. */
const MS_END = 15;
const COUNTER_END = 22;

const baseOf = (hlc: string) => hlc.slice(0, MS_END) + hlc.slice(COUNTER_END);

export function encodeClocks(clocks: FieldClocks): string {
  const fields = Object.keys(clocks).sort();
  if (!fields.length) return '';
  // A field name holding a separator is written as JSON: lossless, merely less compact.
  if (fields.some((f) => f.includes(ENTRY) || f.includes(VALUE))) return JSON.stringify(Object.fromEntries(fields.map((f) => [f, clocks[f]])));
  const counts = new Map<string, number>();
  let base = '';
  let best = 0;
  for (const field of fields) {
    const key = baseOf(clocks[field]);
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n > best || (n === best && key < base)) [base, best] = [key, n];
  }
  let out = base;
  for (const field of fields) {
    const hlc = clocks[field];
    out += ENTRY + field + VALUE + (baseOf(hlc) === base ? String(Number(hlc.slice(MS_END + 1, COUNTER_END))) : hlc);
  }
  return out;
}

export function decodeClocks(text: string): FieldClocks {
  const clocks: FieldClocks = {};
  if (!text) return clocks;
  if (text[0] === '{') return JSON.parse(text) as FieldClocks;
  const parts = text.split(ENTRY);
  const base = parts[0];
  const ms = base.slice(0, MS_END);
  const device = base.slice(MS_END);
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i];
    const at = part.indexOf(VALUE);
    const tail = part.slice(at + 1);
    const field = part.slice(0, at);
    const clock = tail.includes(':') ? tail : `${ms}:${tail.padStart(6, '0')}${device}`;
    // "__proto__" would set the object's prototype, not a field (the op validator refuses such
    // fields; rows written before it, or by hand, may still hold one).
    if (field === '__proto__') Object.defineProperty(clocks, field, { value: clock, enumerable: true, writable: true, configurable: true });
    else clocks[field] = clock;
  }
  return clocks;
}
