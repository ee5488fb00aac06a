import { afterEach, describe, expect, it } from 'vitest';
import { formatHlc, hlcMs } from '@shared/sync/hlc';
import { FUTURE_LIMIT_MS } from '@shared/sync/op';
import { parseBackup } from '@shared/backup/format';
import { asSetAside } from '@shared/sync/set-aside';
import type { Workspace } from '@shared/domain';
import { openSession } from '../../../renderer/data/session';
import { buildBackup, restoreBackup } from '../../../renderer/features/backup/backup';
import { applyAheadAnyway } from '../../../renderer/data/set-aside-store';
import { freshDb } from '../data/test-db';
import { BASE_TIME, Device } from './device';

const DAY = 86_400_000;
const devices: Device[] = [];
afterEach(() => devices.splice(0).forEach((d) => d.close()));
const laptop = (id: string, ws = 'own1') => {
  const d = new Device(id, ws);
  devices.push(d);
  return d;
};
const workspace = (id: string): Workspace => ({ id, workspaceId: id, name: 'Team', createdAt: '2026-05-04', deleted: false }) as unknown as Workspace;

describe("a device's own edits are never set aside (issue 15, item 2)", () => {
  it('after the wall clock steps back three days, new edits apply, stay monotonic, and are in the backup', async () => {
    const a = laptop('stepback1');
    // The write path dates against the real wall clock, so the laptop's runs on real time.
    const real = Date.now() - BASE_TIME;
    a.skew = real + 3 * DAY; // the laptop's clock ran three days ahead...
    const [early] = await a.edit([{ rowId: 'i1', field: 'title', value: 'written while ahead' }]);
    a.skew = real; // ...and was corrected
    const created = await a.edit([
      { entity: 'workspaces', rowId: 'own1', field: 'name', value: 'New team' },
      { entity: 'workspaces', rowId: 'own1', field: 'createdAt', value: '2026-05-04' },
    ]);
    const [late] = await a.edit([{ rowId: 'i1', field: 'title', value: 'after the step back' }]);

    // The clock runs ahead of wall time rather than go back: every new op sorts after the old ones.
    expect(hlcMs(late.hlc)).toBeGreaterThan(Date.now() + FUTURE_LIMIT_MS);
    expect(late.hlc > early.hlc && created.every((op) => op.hlc > early.hlc)).toBe(true);
    // Applied and visible, nothing set aside.
    expect(await a.row('i1')).toMatchObject({ title: 'after the step back' });
    expect(await a.row('own1', 'workspaces')).toMatchObject({ name: 'New team' });
    expect(await a.db.quarantine.count()).toBe(0);
    // In the backup, and a restore elsewhere brings them back (dated ahead there, so set aside, shown).
    const backup = parseBackup('team.json', JSON.stringify(await buildBackup({ db: a.db, clock: a.clock }, workspace('own1'))));
    expect(backup.ops.map((op) => op.id)).toEqual(expect.arrayContaining([late.id, ...created.map((op) => op.id)]));
  });

  it('a restart after the step back never hands out a clock below the last one it issued', async () => {
    const db = freshDb();
    const first = await openSession(db, () => BASE_TIME + 3 * DAY);
    first.clock.tick();
    const op = first.clock.current();
    await db.meta.put({ key: 'clock', value: op });
    db.close();
    const again = await openSession(db, () => BASE_TIME);
    expect(again.clock.tick() > (op as string)).toBe(true);
    db.close();
  });

  it("a remote op naming this laptop, dated past its clock, is set aside and does not stop this laptop's pushes", async () => {
    const victim = laptop('victim01');
    await victim.edit([{ rowId: 'i1', field: 'title', value: 'mine' }]);
    const forgedClock = formatHlc({ ms: BASE_TIME + 2 * 3_600_000, counter: 0, deviceId: 'victim01' });
    const forged = { id: forgedClock, hlc: forgedClock, deviceId: 'victim01', workspaceId: 'own1', entity: 'items', rowId: 'i1', field: 'title', value: 'forged', schemaVersion: 1 };
    await victim.store.applyRemote('own1', [forged], 'test/', {});
    const [record] = (await victim.db.quarantine.toArray()).map(asSetAside);
    expect(record).toMatchObject({ id: forgedClock, code: 'forged_own', deviceId: 'victim01' });
    expect(await victim.row('i1')).toMatchObject({ title: 'mine' });
    // Its real edits are still the ones waiting to be pushed, in order, after the marker.
    const [next] = await victim.edit([{ rowId: 'i2', field: 'title', value: 'next' }]);
    const unsent = await victim.store.ownOpsAfter('own1', '', 10);
    expect(unsent.map((op) => op.id)).not.toContain(forgedClock);
    expect(unsent.map((op) => op.id)).toContain(next.id);
  });

  it('restoring a backup with ops dated ahead sets them aside, then "apply anyway" applies them', async () => {
    const maker = laptop('maker001', 'own2');
    // restoreBackup dates against the real wall clock: three days past it.
    maker.skew = Date.now() - BASE_TIME + 3 * DAY;
    await maker.edit([{ rowId: 'i9', field: 'title', value: 'from the future' }]);
    const text = JSON.stringify(await buildBackup({ db: maker.db, clock: maker.clock }, workspace('own2')));
    const other = laptop('other001', 'own2');
    await restoreBackup({ db: other.db, clock: other.clock }, 'team.json', text);
    expect((await other.db.quarantine.toArray()).map(asSetAside)).toEqual([expect.objectContaining({ code: 'ahead', deviceId: 'maker001' })]);
    expect(await other.row('i9')).toBeUndefined();
    expect(await applyAheadAnyway(other.db, other.clock, 'own2')).toBe(1);
    expect(await other.row('i9')).toMatchObject({ title: 'from the future' });
    expect(await other.db.quarantine.count()).toBe(0);
    // Its clock did not leap three days ahead with it.
    expect(hlcMs(other.clock.tick())).toBeLessThan(Date.now() + DAY);
  });
});
