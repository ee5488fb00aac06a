import { describe, expect, it } from 'vitest';
import { formatHlc } from '@shared/sync/hlc';
import { MAX_VALUE_BYTES, validateOp } from '@shared/sync/op-validation';
import { FUTURE_LIMIT_MS } from '@shared/sync/op';

const NOW = Date.UTC(2026, 11, 1);
const hlc = formatHlc({ ms: NOW, counter: 0, deviceId: 'laptopa' });
const op = (over: Record<string, unknown> = {}) => ({
  id: hlc, hlc, deviceId: 'laptopa', workspaceId: 'w1', entity: 'items', rowId: 'i1', field: 'title', value: 'Ship it', schemaVersion: 1, ...over,
});
const check = (input: unknown) => validateOp(input, { now: NOW, checkValues: true, workspaceId: 'w1' });
/** A value nested `depth` levels, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe('the op validator', () => {
  it('applies an honest op and keeps one of an unknown entity for a newer app', () => {
    expect(check(op())).toMatchObject({ kind: 'apply' });
    expect(check(op({ entity: 'futureWidgets', field: 'anything', value: { deep: [1] } }))).toMatchObject({ kind: 'pending' });
  });

  it.each([
    ['_clk', 'owned by the write path'],
    ['id', 'owned by the write path'],
    ['_live', 'owned by the write path'],
    ['_private', 'not a plain name'],
    ['__proto__', 'reserved name'],
    ['constructor', 'reserved name'],
    ['prototype', 'reserved name'],
    ['toString', 'reserved name'],
    ['hasOwnProperty', 'reserved name'],
    ['title; drop', 'not a plain name'],
  ])('refuses writing the field %s', (field, reason) => {
    expect(check(op({ field }))).toMatchObject({ kind: 'set_aside', code: 'reserved_field', reason: expect.stringContaining(reason), deviceId: 'laptopa', id: hlc });
  });

  it('refuses the entity __proto__ and entities that are not plain names', () => {
    expect(check(op({ entity: '__proto__' }))).toMatchObject({ kind: 'set_aside', code: 'reserved_field' });
    expect(check(op({ entity: 'items/../x' }))).toMatchObject({ kind: 'set_aside', code: 'reserved_field' });
  });

  it('refuses moving a row to another workspace, but accepts the creation op that restates it', () => {
    expect(check(op({ field: 'workspaceId', value: 'w2' }))).toMatchObject({ kind: 'set_aside', code: 'reserved_field' });
    expect(check(op({ field: 'workspaceId', value: 'w1' }))).toMatchObject({ kind: 'apply' });
    expect(check(op({ workspaceId: 'w2' }))).toMatchObject({ kind: 'set_aside', reason: 'belongs to workspace w2, not w1' });
  });

  it('binds the id to the clock and the clock to the device', () => {
    const other = formatHlc({ ms: NOW, counter: 1, deviceId: 'laptopa' });
    expect(check(op({ id: other }))).toMatchObject({ kind: 'set_aside', code: 'forged_id' });
    const victim = formatHlc({ ms: NOW, counter: 0, deviceId: 'victim1' });
    expect(check(op({ id: victim, hlc: victim }))).toMatchObject({ kind: 'set_aside', code: 'forged_id', reason: expect.stringContaining('does not belong to device laptopa') });
  });

  it('sets aside ops dated more than a day ahead, and only those', () => {
    const at = (ms: number) => formatHlc({ ms, counter: 0, deviceId: 'laptopa' });
    expect(check(op({ id: at(NOW + FUTURE_LIMIT_MS), hlc: at(NOW + FUTURE_LIMIT_MS) }))).toMatchObject({ kind: 'apply' });
    expect(check(op({ id: at(NOW + FUTURE_LIMIT_MS + 1), hlc: at(NOW + FUTURE_LIMIT_MS + 1) }))).toMatchObject({ kind: 'set_aside', code: 'ahead' });
  });

  it('caps depth without recursing, even 200,000 levels deep', () => {
    expect(check(op({ entity: 'futureWidgets', value: nested(63) }))).toMatchObject({ kind: 'pending' });
    expect(check(op({ entity: 'futureWidgets', value: nested(64) }))).toMatchObject({ kind: 'set_aside', code: 'too_deep' });
    expect(check(op({ entity: 'futureWidgets', value: nested(200_000) }))).toMatchObject({ kind: 'set_aside', code: 'too_deep' });
  });

  it('caps a field value at 256 KB', () => {
    expect(check(op({ value: 'x'.repeat(MAX_VALUE_BYTES - 10) }))).toMatchObject({ kind: 'apply' });
    expect(check(op({ value: 'x'.repeat(4 * 1024 * 1024) }))).toMatchObject({ kind: 'set_aside', code: 'too_large', reason: 'items.title: value larger than 256 KB' });
    expect(check(op({ entity: 'futureWidgets', value: Array.from({ length: 100_000 }, () => 'abc') }))).toMatchObject({ code: 'too_large' });
  });

  it("lets a metric's whole history through (100,000 steps), up to a push's 4 MB", () => {
    const steps = Array.from({ length: 100_000 }, (_, i) => i);
    expect(check(op({ entity: 'metricSeries', field: 'values', value: steps.map((i) => i / 7) }))).toMatchObject({ kind: 'apply' });
    expect(check(op({ entity: 'metricSeries', field: 'steps', value: [...steps, ...steps, ...steps, ...steps, ...steps, ...steps] }))).toMatchObject({ code: 'too_large' });
  });

  it('checks values of known fields against the domain schema; null clears an optional field', () => {
    expect(check(op({ field: 'estimate', value: 'five' }))).toMatchObject({ kind: 'set_aside', code: 'bad_value', reason: expect.stringMatching(/^items\.estimate: /) });
    expect(check(op({ field: 'estimate', value: null }))).toMatchObject({ kind: 'apply' });
    expect(check(op({ field: 'somethingNew', value: { x: 1 } }))).toMatchObject({ kind: 'apply' });
    // A newer format may have widened a field: kept for after the upgrade, not refused.
    expect(check(op({ field: 'estimate', value: 'five', schemaVersion: 2 }))).toMatchObject({ kind: 'pending' });
  });

  it('never throws, whatever arrives', () => {
    const junk: unknown[] = [null, 7, 'op', [op()], {}, Object.create(null), { ...op(), value: undefined }, JSON.parse('{"__proto__":{"id":1}}'), op({ id: 5 })];
    for (const input of junk) expect(check(input)).toMatchObject({ kind: 'set_aside', code: 'malformed' });
  });
});

describe('the op validator and the receiving device', () => {
  const own = { deviceId: 'laptopa', lastClock: formatHlc({ ms: NOW + 5 * 86_400_000, counter: 0, deviceId: 'laptopa' }) };
  it("never sets this device's own ops aside for being ahead, up to the last clock it issued", () => {
    const at = formatHlc({ ms: NOW + 4 * 86_400_000, counter: 0, deviceId: 'laptopa' });
    expect(validateOp(op({ id: at, hlc: at }), { now: NOW, own })).toMatchObject({ kind: 'apply' });
  });
  it('refuses an op naming this device dated past its last clock as forged', () => {
    const at = formatHlc({ ms: NOW + 6 * 86_400_000, counter: 0, deviceId: 'laptopa' });
    expect(validateOp(op({ id: at, hlc: at }), { now: NOW, own })).toMatchObject({ kind: 'set_aside', code: 'forged_own' });
  });
});
