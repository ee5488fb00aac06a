import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SyncView, statusLine } from '../../../renderer/features/sync/SyncView';
import { idleSyncState } from '../../../renderer/features/sync/sync-slice';
import { startWorkspaceSync } from '../../../renderer/features/sync/sync-service';
import { session } from '../../../renderer/data/session';
import { sessionWithWorkspace } from '../support/session';
import { request } from 'node:http';
import { SyncClient, type FetchLike } from '@shared/sync/client';
import { startTestServer, ADMIN_TOKEN, type TestServer } from '../../unit/server/helpers/test-server';
import { countOps } from '../../../renderer/data/op-log';

interface Req {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

/** HTTP from Node itself, as the desktop's main process does it (happy-dom's fetch applies CORS). */
function nodeRequest({ url, method, headers, body }: Req): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers as Record<string, string>, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
const nodeFetch: FetchLike = async (url, init) => {
  const res = await nodeRequest({ url, ...init });
  return { status: res.status, text: async () => res.body, headers: { get: (n) => res.headers[n.toLowerCase()] ?? null } };
};

// The desktop bridge's httpRequest against a real sync server.
vi.mock('../../../renderer/platform', () => ({
  getPlatform: () => ({ httpRequest: (r: Req) => nodeRequest(r) }),
  isDesktop: () => false,
}));

let server: TestServer;
let admin: SyncClient;
beforeAll(async () => {
  server = await startTestServer();
  admin = new SyncClient({ baseUrl: server.url, token: ADMIN_TOKEN, fetch: nodeFetch });
});
afterAll(async () => {
  await startWorkspaceSync(null);
  await server?.close();
});

let workspaceId = '';
beforeEach(async () => {
  await startWorkspaceSync(null);
  ({ workspaceId } = await sessionWithWorkspace());
});

describe('Settings → Sync', () => {
  it('says sync is off and offers a folder or a server', async () => {
    render(<SyncView />);
    expect(await screen.findByRole('status')).toHaveTextContent('Sync is off: this workspace lives only on this laptop.');
    expect(await screen.findByRole('heading', { name: 'Shared folder' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Sync server' })).toBeInTheDocument();
    expect(screen.getByText(workspaceId)).toBeInTheDocument();
  });

  it('connects with an invite code, then shows when it synced and what waits', async () => {
    await admin.createWorkspace('Test', workspaceId);
    const invite = await admin.createInvite(workspaceId);
    render(<SyncView />);
    await screen.findByRole('heading', { name: 'Sync server' });
    const form = screen.getByRole('form', { name: 'Connect to server' });
    await userEvent.type(form.querySelector('input[type=url]')!, server.url);
    await userEvent.type(screen.getAllByLabelText('Invite code or access token')[0], invite.code);
    await userEvent.click(screen.getByRole('button', { name: 'Connect to server' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Synced with 127\.0\.0\.1:\d+ just now · no local changes waiting/));
    // The workspace's creation reached the server.
    const pulled: unknown[] = [];
    const token = (await admin.redeemInvite((await admin.createInvite(workspaceId)).code, 'checker1')).token;
    await new SyncClient({ baseUrl: server.url, token, fetch: nodeFetch }).pullOps(workspaceId, { after: 0, store: (ops) => void pulled.push(...ops) });
    expect(pulled).toHaveLength(await countOps(session().db, workspaceId));
  });

  it('explains a refused invite code in plain words and keeps sync off', async () => {
    render(<SyncView />);
    await screen.findByRole('heading', { name: 'Sync server' });
    await userEvent.type(screen.getAllByLabelText('Server address')[0], server.url);
    await userEvent.type(screen.getAllByLabelText('Invite code or access token')[0], 'sli_not-a-real-code');
    await userEvent.click(screen.getByRole('button', { name: 'Connect to server' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That invite code is not valid (it may be used up or expired). Ask for a new one.');
    expect(screen.getByRole('status')).toHaveTextContent('Sync is off');
  });

  it('rejects an address that is not a web address', async () => {
    render(<SyncView />);
    await screen.findByRole('heading', { name: 'Sync server' });
    await userEvent.type(screen.getAllByLabelText('Server address')[0], 'ftp://files.example.com');
    await userEvent.type(screen.getAllByLabelText('Invite code or access token')[0], 'sli_x');
    await userEvent.click(screen.getByRole('button', { name: 'Connect to server' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/must start with https:\/\//);
  });
});

describe('the status line', () => {
  const now = Date.UTC(2026, 4, 4, 12);
  it('names the target, when it last synced and how many changes wait', () => {
    const base = { ...idleSyncState, kind: 'folder' as const, target: 'the folder "Team"' };
    expect(statusLine({ ...base, lastSyncedAt: now - 3 * 60_000, pending: 2 }, now)).toBe(
      'Synced with the folder "Team" 3 minutes ago · 2 local changes waiting',
    );
    expect(statusLine({ ...base, pending: 1 }, now)).toBe('Not synced with the folder "Team" yet · 1 local change waiting');
    expect(statusLine({ ...base, syncing: true }, now)).toMatch(/^Syncing with the folder "Team"…/);
  });
});
