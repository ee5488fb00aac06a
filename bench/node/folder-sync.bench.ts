// Shared-folder sync between two desktop laptops on one real folder (fsync on, as shipped):
// laptop B already holds a 10,000-op history; one edit on A is pushed, lands in the folder, B's
// main-process watcher nudges B, B pulls and stores it. Timed from A's edit until B has the row.
// Also: how long B takes to catch up on the whole 10,000-op history through the same path.
import 'fake-indexeddb/auto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Device } from '../../tests/unit/sync-engine/device';
import { desktopLaptop } from '../../tests/unit/sync-folder/desktop-laptop';
import { tempFolder } from '../../tests/unit/sync-folder/node-fs';
import { report, summarise } from '../lib/measure';

const HISTORY = 10_000;
const RUNS = 30;
const WS = 'ws-bench';

async function until(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 2));
}

export default async function folderSyncBench(): Promise<void> {
  const root = tempFolder('sprintlab-bench-folder-');
  const folder = join(root.path, 'Team Sync');
  mkdirSync(folder);
  const a = await desktopLaptop(new Device('laptopa', WS), join(root.path, 'a'), folder);
  const b = await desktopLaptop(new Device('laptopb', WS), join(root.path, 'b'), folder);
  try {
    for (let i = 0; i < HISTORY; i += 1_000) {
      await a.device.edit(Array.from({ length: 1_000 }, (_, k) => ({ rowId: `r${(i + k) % 2_000}`, field: 'title', value: `title ${i + k}` })));
    }
    const catchUp = performance.now();
    await a.engine.sync();
    await until(async () => (await b.device.row('r1999'))?.title === `title ${HISTORY - 1}`);
    const catchUpMs = performance.now() - catchUp;

    const samples: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const value = `edit ${run}`;
      const start = performance.now();
      await a.device.edit([{ rowId: 'r1', field: 'title', value }]);
      void a.engine.sync(); // as the app's debounced local-change sync does
      await until(async () => (await b.device.row('r1'))?.title === value);
      samples.push(performance.now() - start);
    }
    report(summarise(`folder sync ${HISTORY} ops two laptops: edit on A seen on B through the watcher`, 1, samples, { catch_up_ms: Math.round(catchUpMs), watcher: 'fs.watch recursive', fsync: true }));
  } finally {
    await a.close();
    await b.close();
    root.remove();
  }
}
