import { afterEach, describe, expect, it } from 'vitest';
import { nodeFs, tempFolder } from '../sync-folder/node-fs';
import { BASE_TIME, Device } from './device';
import { opsForRow } from '../../../renderer/data/op-log';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function pair() {
  const folder = tempFolder();
  const time = { now: BASE_TIME };
  const [ada, grace] = [new Device('ada1', 'wsoff', time), new Device('grace1', 'wsoff', time)];
  cleanups.push(() => {
    ada.close();
    grace.close();
    folder.remove();
  });
  return { ada, grace, time, fs: nodeFs(folder.path, { fsync: false }) };
}

describe('two people edit the same item offline', () => {
  it('different fields: both changes are kept everywhere', async () => {
    const { ada, grace, fs } = pair();
    await ada.edit([{ rowId: 'i1', field: 'title', value: 'Label images' }, { rowId: 'i1', field: 'points', value: 3 }]);
    await ada.folderEngine(fs).sync();
    await grace.folderEngine(fs).sync();
    await ada.edit([{ rowId: 'i1', field: 'points', value: 8 }]);
    await grace.edit([{ rowId: 'i1', field: 'status', value: 'doing' }]);
    for (const d of [ada, grace, ada]) await d.folderEngine(fs).sync();
    for (const d of [ada, grace]) expect(await d.row('i1')).toMatchObject({ title: 'Label images', points: 8, status: 'doing' });
  });

  it('the same field: the later edit wins everywhere, and the op log holds both', async () => {
    const { ada, grace, time, fs } = pair();
    await ada.edit([{ rowId: 'i1', field: 'title', value: 'original' }]);
    await ada.folderEngine(fs).sync();
    await grace.folderEngine(fs).sync();
    const [first] = await grace.edit([{ rowId: 'i1', field: 'title', value: 'Grace, earlier' }]);
    time.now += 60_000;
    const [second] = await ada.edit([{ rowId: 'i1', field: 'title', value: 'Ada, a minute later' }]);
    // Grace syncs first, Ada second: delivery order does not decide, the clock does.
    for (const d of [grace, ada, grace]) await d.folderEngine(fs).sync();
    for (const d of [ada, grace]) {
      expect(await d.row('i1')).toMatchObject({ title: 'Ada, a minute later' });
      const history = await opsForRow(d.db, 'items', 'i1');
      expect(history.filter((op) => op.field === 'title').map((op) => op.value)).toEqual(['original', 'Grace, earlier', 'Ada, a minute later']);
      expect(history.map((op) => op.id)).toEqual(expect.arrayContaining([first.id, second.id]));
    }
  });
});
