import { describe, expect, it } from 'vitest';
import { makeBackup, parseBackup } from '@shared/backup/format';
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
