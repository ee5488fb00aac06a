import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatHlc } from '@shared/sync/hlc';
import { decodeClocks, encodeClocks } from '@shared/sync/row-clocks';

const clock = fc.record({
  ms: fc.integer({ min: 0, max: 4_000_000_000_000 }),
  counter: fc.integer({ min: 0, max: 999_999 }),
  deviceId: fc.constantFrom('deva1', 'devb2', 'c0ffee1234ab'),
}).map(formatHlc);

describe('compact per-field clocks', () => {
  it('decode(encode(clocks)) gives back every field clock, whatever the fields and clocks', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), clock), (clocks) => {
        expect(decodeClocks(encodeClocks(clocks))).toEqual(clocks);
      }),
      { numRuns: 500 },
    );
  });

  it('a row written in one commit stores one base clock plus a counter per field', () => {
    const base = { ms: Date.UTC(2026, 10, 1), deviceId: 'laptop1' };
    const clocks = Object.fromEntries(['title', 'status', 'rank', 'estimate'].map((f, i) => [f, formatHlc({ ...base, counter: i })]));
    clocks.status = formatHlc({ ms: base.ms + 5000, counter: 0, deviceId: 'desktop2' });
    const text = encodeClocks(clocks);
    expect(text.length).toBeLessThan(JSON.stringify(clocks).length / 1.8);
    expect(text.split('desktop2').length).toBe(2);
    expect(encodeClocks({ ...clocks })).toBe(text);
  });
});
