import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatHlc } from '@shared/sync/hlc';
import type { Op } from '@shared/sync/op';
import { decodeOps, encodeOps } from '../../../renderer/data/op-batch-codec';

const op = (counter: number, rowId: string, field: string, value: unknown, deviceId = 'dev00001'): Op => {
  const hlc = formatHlc({ ms: 1_790_000_000_000, counter, deviceId });
  return { id: hlc, hlc, deviceId, workspaceId: 'ws1', entity: counter % 2 ? 'items' : 'risks', rowId, field, value, schemaVersion: 1 + (counter % 2) };
};

describe('op batch codec', () => {
  it('gives back every op of a packed batch, value for value, whatever the rows, fields and values', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.boolean(), fc.array(fc.string()), fc.dictionary(fc.string(), fc.integer()));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('r1', 'r2', 'r3'), fc.string({ minLength: 1 }), value, fc.constantFrom('dev00001', 'dev00002')), { maxLength: 60 }), (specs) => {
        const ops = specs.map(([rowId, field, v, device], i) => op(i, rowId, field, v, device));
        const encoded = encodeOps(ops, 'ws1');
        expect(encoded.packed).toBeDefined();
        const decoded = decodeOps({ ...encoded, workspaceId: 'ws1' });
        const byId = (a: Op, b: Op) => (a.id < b.id ? -1 : 1);
        expect(decoded.sort(byId)).toEqual([...ops].sort(byId));
      }),
    );
  });

  it('packs an import-sized batch in a third of the bytes of the op objects', () => {
    const ops = Array.from({ length: 2200 }, (_, i) => op(i, `row${Math.floor(i / 22)}`, `field${i % 22}`, `value ${i}`));
    expect(encodeOps(ops, 'ws1').packed!.length * 3).toBeLessThan(JSON.stringify(ops).length);
  });

  it('keeps plain JSON for a batch with an op that does not pack, losing nothing', () => {
    const good = op(1, 'r1', 'title', 'a');
    const misfits: Op[] = [
      { ...op(2, 'r1', 'title', 'b'), id: good.id },
      { ...op(3, 'r1', 'title', 'c'), deviceId: 'someoneelse' },
      { ...op(4, 'r1', 'title', 'd'), workspaceId: 'ws2' },
      { ...op(5, 'r1', 'title', 'e'), extra: 1 } as Op,
    ];
    for (const misfit of misfits) {
      const encoded = encodeOps([good, misfit], 'ws1');
      expect(encoded.packed).toBeUndefined();
      expect(decodeOps({ ...encoded, workspaceId: 'ws1' })).toEqual([good, misfit]);
    }
    expect(decodeOps({ ops: [good], workspaceId: 'ws1' })).toEqual([good]);
  });
});
