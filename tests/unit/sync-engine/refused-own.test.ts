import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinDevice, startTestServer, type TestServer } from '../server/helpers/test-server';
import { Device } from './device';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

describe('an own change the server refuses as invalid', () => {
  it('is kept on the laptop, shown and retried, while the rest of its changes sync', async () => {
    await server.admin.createWorkspace('refusals', 'refused1');
    const [a, b] = [new Device('laptopaa', 'refused1'), new Device('laptopbb', 'refused1')];
    try {
      const [ta, tb] = [await joinDevice(server.url, server.admin, 'refused1', a.deviceId), await joinDevice(server.url, server.admin, 'refused1', b.deviceId)];
      // A 300 KB description is fine on this laptop, but over the 256 KB a field may carry between laptops.
      const [huge] = await a.edit([{ rowId: 'i1', field: 'description', value: 'x'.repeat(300 * 1024) }]);
      await a.edit([{ rowId: 'i2', field: 'title', value: 'small and fine' }]);
      const engine = a.serverEngine(server.url, ta.token);
      const status = await engine.sync();
      expect(status.problems.map((p) => p.code)).toEqual(['refused']);
      expect(status.problems[0].message).toMatch(/refused 1 of this laptop's change as invalid; it is kept here and retried/);
      expect(status.pending).toBe(1);
      expect(await a.row('i1')).toMatchObject({ description: huge.value });
      await b.serverEngine(server.url, tb.token).sync();
      expect(await b.row('i2')).toMatchObject({ title: 'small and fine' });
      expect(await b.row('i1')).toBeUndefined();
      // Retried on the next sync (still refused), never lost.
      expect((await engine.sync()).pending).toBe(1);
    } finally {
      a.close();
      b.close();
    }
  });
});

describe('a pull page holding ops an older server stored unchecked', () => {
  it('sets the bad ones aside and applies the rest; the cursor moves on', async () => {
    await server.admin.createWorkspace('legacy', 'legacy01');
    const reader = new Device('readerr1', 'legacy01');
    const writer = new Device('writerr1', 'legacy01');
    try {
      const token = (await joinDevice(server.url, server.admin, 'legacy01', reader.deviceId)).token;
      const [honest] = await writer.edit([{ rowId: 'i1', field: 'title', value: 'honest' }]);
      const clk = { ...honest, id: honest.id.replace(/:000000:/, ':000001:'), hlc: honest.hlc.replace(/:000000:/, ':000001:'), field: '_clk', value: 'broken' };
      // Stored straight into the database, as a server without the validator would have.
      await server.storage.appendOps('legacy01', [clk, 'junk', honest].map((op, i) => ({ id: `legacy-${i}`, json: JSON.stringify(op) })));
      const status = await reader.serverEngine(server.url, token).sync();
      expect(status.problems.map((p) => p.code)).toEqual(['quarantined']);
      expect(status.quarantined).toBe(2);
      expect(await reader.row('i1')).toMatchObject({ title: 'honest' });
      expect((await reader.serverEngine(server.url, token).sync()).quarantined).toBe(2);
    } finally {
      reader.close();
      writer.close();
    }
  });
});
