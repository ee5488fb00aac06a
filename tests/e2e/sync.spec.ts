import { expect, test } from '@playwright/test';
import { createWorkspace, expectAccessible, screen } from './helpers';
import { laptop, openSync, startSyncServer, type SyncServer } from './sync-server';

/**
 * Two laptops (two browser contexts, each with its own IndexedDB) sync through a real sync
 * server started here, exactly as `npm run server` runs it. The server does not send CORS
 * headers (the desktop app calls it from the main process), so this browser runs without the
 * same-origin check for fetch; the WebSocket nudge needs no such exception.
 */

let server: SyncServer;
let serverUrl = '';

test.beforeAll(async () => {
  server = await startSyncServer();
  serverUrl = server.url;
});

test.afterAll(() => server?.stop());

const admin = (path: string, body: unknown) => server.admin(path, body);

test('two laptops sync through a server; an edit shows up on the other within a second', async ({ browser }) => {
  const a = await laptop(browser);
  await createWorkspace(a, 'Vision team');
  await openSync(a);
  await expect(a.getByTestId('sync-status')).toHaveText(/Sync is off/);
  const workspaceId = (await a.locator('.sync-view code').first().textContent())!.trim();
  await screen(a, 'sync-setup');
  await expectAccessible(a, 'sync view before connecting');

  // The team's admin creates the workspace on the server and invites both laptops.
  await admin('/v1/workspaces', { id: workspaceId, name: 'Vision team' });
  const inviteA = await admin(`/v1/workspaces/${workspaceId}/invites`, {});
  const inviteB = await admin(`/v1/workspaces/${workspaceId}/invites`, {});

  const connect = a.getByRole('form', { name: 'Connect to server' });
  await connect.getByLabel('Server address').fill(serverUrl);
  await connect.getByLabel('Invite code or access token').fill(inviteA.code);
  await connect.getByRole('button', { name: 'Connect to server' }).click();
  await expect(a.getByTestId('sync-status')).toHaveText(/Synced with 127\.0\.0\.1:\d+ just now · no local changes waiting/);
  await expect(a.getByTestId('sync-status')).toHaveText(/live updates on/);
  await screen(a, 'sync-settings');
  await expectAccessible(a, 'sync settings');

  // The second laptop joins with its own invite code and gets the workspace.
  const b = await laptop(browser);
  await openSync(b);
  const join = b.getByRole('form', { name: 'Join from server' });
  await join.getByLabel('Server address').fill(serverUrl);
  await join.getByLabel('Invite code or access token').fill(inviteB.code);
  await join.getByRole('button', { name: 'Join from server' }).click();
  await expect(b.getByRole('heading', { level: 2, name: 'Vision team' })).toBeVisible();
  await expect(b.getByTestId('sync-status')).toHaveText(/live updates on/);
  await expectAccessible(b, 'sync view after joining');

  // An edit on A (renaming the workspace in Settings) reaches B through the nudge.
  await a.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Settings/ }).click();
  await a.locator('#workspace-name').fill('Vision team (shared)');
  const started = Date.now();
  await a.getByRole('button', { name: 'Rename' }).click();
  await expect(b.getByRole('heading', { level: 2, name: 'Vision team (shared)' })).toBeVisible({ timeout: 5_000 });
  const elapsed = Date.now() - started;
  console.log(`edit on laptop A visible on laptop B after ${elapsed} ms`);
  expect(elapsed).toBeLessThan(1_500);

  // And back: B's edit reaches A.
  await b.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Settings/ }).click();
  await b.locator('#workspace-name').fill('Vision team (edited on B)');
  await b.getByRole('button', { name: 'Rename' }).click();
  await expect(a.locator('#workspace-name')).toHaveValue('Vision team (edited on B)', { timeout: 5_000 });
});

/** An op as another laptop's app would push it (the clock string is the id, and names the device). */
function remoteOp(workspaceId: string, deviceId: string, field: string, value: unknown, counter: number) {
  const hlc = `${String(Date.now()).padStart(15, '0')}:${String(counter).padStart(6, '0')}:${deviceId}`;
  return { id: hlc, hlc, deviceId, workspaceId, entity: 'workspaces', rowId: workspaceId, field, value, schemaVersion: 1 };
}

async function joinAs(workspaceId: string, deviceId: string): Promise<(ops: unknown[]) => Promise<Response>> {
  const invite = await admin(`/v1/workspaces/${workspaceId}/invites`, {});
  const redeemed = await fetch(`${serverUrl}/v1/invites/redeem`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: invite.code, deviceId }),
  });
  const { token } = (await redeemed.json()) as { token: string };
  return (ops) =>
    fetch(`${serverUrl}/v1/workspaces/${workspaceId}/ops`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ops }),
    });
}

test('a hostile op pushed to the server is set aside and shown, while honest edits still arrive', async ({ browser }) => {
  const a = await laptop(browser);
  await createWorkspace(a, 'Trust team');
  await openSync(a);
  const workspaceId = (await a.locator('.sync-view code').first().textContent())!.trim();
  await admin('/v1/workspaces', { id: workspaceId, name: 'Trust team' });
  const invite = await admin(`/v1/workspaces/${workspaceId}/invites`, {});
  const connect = a.getByRole('form', { name: 'Connect to server' });
  await connect.getByLabel('Server address').fill(serverUrl);
  await connect.getByLabel('Invite code or access token').fill(invite.code);
  await connect.getByRole('button', { name: 'Connect to server' }).click();
  await expect(a.getByTestId('sync-status')).toHaveText(/live updates on/);

  // The server itself refuses what it can tell is illegal: a write to the row's clocks.
  const hostile = await joinAs(workspaceId, 'hostile01');
  const refused = await hostile([remoteOp(workspaceId, 'hostile01', '_clk', 'broken', 0)]);
  expect(refused.status).toBe(400);
  // A value only the app's schema can judge gets through the server: the workspace name as an object.
  expect((await hostile([remoteOp(workspaceId, 'hostile01', 'name', { evil: true }, 1)])).status).toBe(200);
  const honest = await joinAs(workspaceId, 'honest001');
  expect((await honest([remoteOp(workspaceId, 'honest001', 'name', 'Trust team (renamed by a teammate)', 0)])).status).toBe(200);

  await expect(a.getByRole('heading', { level: 2, name: 'Trust team (renamed by a teammate)' })).toBeVisible({ timeout: 5_000 });
  const panel = a.getByTestId('set-aside');
  await expect(panel).toContainText('1 change was received but set aside, not applied');
  await expect(panel.getByRole('row', { name: /hostile01/ })).toContainText('a value this field cannot hold');
  await expect(a.getByRole('list', { name: 'Sync problems' })).toContainText('from hostile01');
  await screen(a, 'sync-set-aside');
  await expectAccessible(a, 'sync view with set-aside ops');

  const download = a.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export set-aside ops…' }).click();
  const saved = await download;
  const exported = JSON.parse(await streamText(await saved.createReadStream())) as { ops: { deviceId: string; code: string }[] };
  expect(exported.ops).toEqual([expect.objectContaining({ deviceId: 'hostile01', code: 'bad_value' })]);
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  return text;
}
