import { describe, expect, it } from 'vitest';
import { BackupError, makeBackup, parseBackup } from '@shared/backup/format';
import { formatHlc } from '@shared/sync/hlc';

const hlc = formatHlc({ ms: 1_764_115_200_000, counter: 0, deviceId: 'abcd1234' });
const op = (over: Record<string, unknown> = {}) => ({
  id: hlc, hlc, deviceId: 'abcd1234', workspaceId: 'w1', entity: 'workspaces', rowId: 'w1', field: 'name', value: 'Team', schemaVersion: 1, ...over,
});

describe('backup format', () => {
  it('round-trips a backup', () => {
    const backup = makeBackup('w1', 'Team', [op()]);
    expect(parseBackup('team.json', JSON.stringify(backup))).toEqual(backup);
  });

  it('names the file when it is not JSON', () => {
    expect(() => parseBackup('notes.txt', 'hello')).toThrow(/^notes\.txt: not a JSON file/);
  });

  it('names the path of a malformed op', () => {
    const text = JSON.stringify(makeBackup('w1', 'Team', [op(), op({ hlc: 'yesterday' })]));
    expect(() => parseBackup('team.json', text)).toThrow('team.json: ops[1].hlc: expected a clock value');
  });

  it('checks values against the entity schema', () => {
    const text = JSON.stringify(makeBackup('w1', 'Team', [op({ entity: 'items', field: 'estimate', value: 'five' })]));
    expect(() => parseBackup('team.json', text)).toThrow(/team\.json: ops\[0\]\.value \(items\.estimate\): .*number/i);
  });

  it('refuses a newer format version and another format', () => {
    expect(() => parseBackup('a.json', JSON.stringify({ ...makeBackup('w1', 'T', []), version: 99 }))).toThrow(/a\.json: version: this app reads backup versions up to 1/);
    expect(() => parseBackup('b.json', JSON.stringify({ format: 'other' }))).toThrow(/b\.json: format/);
  });

  it('refuses ops of another workspace', () => {
    const text = JSON.stringify(makeBackup('w1', 'Team', [op({ workspaceId: 'w2' })]));
    expect(() => parseBackup('team.json', text)).toThrow(/ops\[0\]\.workspaceId: belongs to another workspace/);
  });
});

describe('backup format: ops that would damage rows (issue 11)', () => {
  it.each([
    ['__proto__', /ops\[1\] \(workspaces\.__proto__\): field "__proto__" is a reserved name/],
    ['constructor', /ops\[1\] \(workspaces\.constructor\): field "constructor" is a reserved name/],
    ['toString', /ops\[1\] \(workspaces\.toString\): field "toString" is a reserved name/],
    ['_clk', /ops\[1\] \(workspaces\._clk\): field "_clk" is owned by the write path/],
  ])('refuses an op on field %s with a BackupError naming the op, never a TypeError', (field, message) => {
    const later = formatHlc({ ms: 1_764_115_200_001, counter: 0, deviceId: 'abcd1234' });
    const text = JSON.stringify(makeBackup('w1', 'Team', [op(), op({ id: later, hlc: later, field, value: 'x' })]));
    expect(() => parseBackup('team.json', text)).toThrow(BackupError);
    expect(() => parseBackup('team.json', text)).toThrow(message);
  });

  it('refuses forged ids: an id that is not its clock, and a clock of another device', () => {
    const other = formatHlc({ ms: 1_764_115_200_000, counter: 0, deviceId: 'victim99' });
    const notItsClock = JSON.stringify(makeBackup('w1', 'Team', [op({ id: formatHlc({ ms: 9, counter: 0, deviceId: 'abcd1234' }) })]));
    expect(() => parseBackup('team.json', notItsClock)).toThrow(/team\.json: ops\[0\] \(workspaces\.name\): id .* is not its clock/);
    const victim = JSON.stringify(makeBackup('w1', 'Team', [op({ id: other, hlc: other })]));
    expect(() => parseBackup('team.json', victim)).toThrow(/ops\[0\] .*does not belong to device abcd1234/);
  });

  it('refuses an op on the entity __proto__ and a value nested past the cap', () => {
    expect(() => parseBackup('t.json', JSON.stringify(makeBackup('w1', 'T', [op({ entity: '__proto__' })])))).toThrow(/ops\[0\] \(__proto__\.name\): entity "__proto__" is a reserved name/);
    let deep: unknown = 1;
    for (let i = 0; i < 100; i++) deep = [deep];
    expect(() => parseBackup('t.json', JSON.stringify(makeBackup('w1', 'T', [op({ entity: 'futureThings', value: deep })])))).toThrow(/ops\[0\] .*nested deeper than 64 levels/);
  });

  it('carries set-aside ops through a round trip', () => {
    const record = { id: 'bad:1', workspaceId: 'w1', deviceId: 'evil0001', code: 'bad_value' as const, reason: 'items.estimate: expected number', at: 5, op: { junk: true } };
    const backup = makeBackup('w1', 'Team', [op()], new Date(0), [record]);
    expect(parseBackup('team.json', JSON.stringify(backup)).setAside).toEqual([record]);
  });
});
