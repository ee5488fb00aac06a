import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SprintlabBridge } from '@shared/ipc';
import { SyncView } from '../../../renderer/features/sync/SyncView';
import { startWorkspaceSync } from '../../../renderer/features/sync/sync-service';
import { useSyncStore } from '../../../renderer/features/sync/sync-slice';
import { sessionWithWorkspace } from '../support/session';
import { Device } from '../../unit/sync-engine/device';
import { desktopBridge } from '../../unit/sync-folder/desktop-laptop';
import { nodeFs, tempFolder } from '../../unit/sync-folder/node-fs';
import { writeBeat } from '@shared/meetings/folder-presence';
import { usePresence } from '../../../renderer/data/presence';

// The desktop app: window.sprintlab with folder sync served by the real main-process service.
const desktop = vi.hoisted(() => ({ platform: null as Partial<SprintlabBridge> | null }));
vi.mock('../../../renderer/platform', () => ({
  getPlatform: () => desktop.platform,
  isDesktop: () => true,
}));

let folder = '';
let userData = '';
let workspaceId = '';
const cleanups: (() => unknown)[] = [];
beforeEach(async () => {
  const root = tempFolder('sprintlab-folder-status-');
  folder = join(root.path, 'Team Sync');
  mkdirSync(folder);
  userData = join(root.path, 'userData');
  const { bridge, close } = desktopBridge(userData, folder);
  desktop.platform = { folderSync: bridge };
  cleanups.push(root.remove, close);
  ({ workspaceId } = await sessionWithWorkspace());
});
afterEach(async () => {
  await startWorkspaceSync(null);
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A meeting view on this laptop: says who it is, lists who else is here. */
function InMeeting() {
  const here = usePresence('poker:s1', 'm-ada');
  return <p data-testid="here">{here.join(',') || 'nobody'}</p>;
}

describe('Settings → Sync with a shared folder in the desktop app', () => {
  it('carries meeting presence through the folder, and names a presence file it refuses', async () => {
    // Grace's laptop is already in the meeting, and someone dropped garbage beside her file.
    await writeBeat(nodeFs(folder), workspaceId, { type: 'presence-beat', deviceId: 'laptopg', beat: 1, rooms: [{ room: 'poker:s1', memberId: 'm-grace' }] });
    writeFileSync(join(folder, workspaceId, 'presence', 'laptopz.json'), '{"type":"presence-beat"');
    render(<><InMeeting /><SyncView /></>);
    expect(screen.getByTestId('here')).toHaveTextContent('nobody');
    await userEvent.click(await screen.findByRole('button', { name: 'Choose folder…' }));
    await waitFor(() => expect(screen.getByTestId('here')).toHaveTextContent('m-grace'));
    const refused = await screen.findByRole('list', { name: 'Refused presence files' });
    expect(refused).toHaveTextContent('presence/laptopz.json — not JSON');
    // This laptop wrote its own beat for Grace's laptop to read.
    const own = readdirSync(join(folder, workspaceId, 'presence')).filter((n) => n !== 'laptopg.json' && n !== 'laptopz.json');
    expect(own).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(folder, workspaceId, 'presence', own[0]), 'utf8')).rooms).toEqual([{ room: 'poker:s1', memberId: 'm-ada' }]);
  });


  it('shows the folder, the last sync, what other laptops wrote, damaged files, and an unreachable folder', async () => {
    render(<SyncView />);
    await userEvent.click(await screen.findByRole('button', { name: 'Choose folder…' }));
    await waitFor(() => expect(screen.getByTestId('sync-status')).toHaveTextContent(/^Synced with the folder "Team Sync" just now/));
    const panel = screen.getByTestId('folder-status');
    expect(within(panel).getByText(folder)).toBeInTheDocument();
    expect(within(panel).getByText('just now')).toBeInTheDocument();
    expect(within(panel).getByText('No other laptop has written to this folder yet.')).toBeInTheDocument();

    // Another laptop writes two segments; the second arrives damaged.
    const other = new Device('laptopx', workspaceId);
    cleanups.push(() => other.close());
    for (const title of ['from x', 'second from x']) {
      await other.edit([{ rowId: `x-${title}`, field: 'title', value: title }]);
      await other.folderEngine(nodeFs(folder)).sync();
    }
    const dir = join(folder, workspaceId, 'devices/laptopx');
    const second = readdirSync(dir).filter((n) => n.startsWith('0000000002-'))[0];
    writeFileSync(join(dir, second), readFileSync(join(dir, second), 'utf8').replace('second', 'SECOND'));

    await userEvent.click(screen.getByRole('button', { name: /Sync now/ }));
    const row = await within(panel).findByRole('row', { name: /laptopx/ });
    expect(row).toHaveTextContent('laptopx21 of 2');
    expect(within(panel).getByRole('list', { name: 'Damaged or skipped files' })).toHaveTextContent(`devices/laptopx/${second}`);
    expect(await screen.findByRole('list', { name: 'Sync problems' })).toHaveTextContent(/cannot be used.*checksum/);

    // The drive goes away: unreachable, and nothing is deleted.
    renameSync(folder, `${folder} (unmounted)`);
    cleanups.push(() => renameSync(`${folder} (unmounted)`, folder));
    await userEvent.click(screen.getByRole('button', { name: /Sync now/ }));
    expect(await within(panel).findByText(/^Unreachable: the folder is missing or empty/)).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Sync problems' })).toHaveTextContent(/Cannot reach the sync folder "Team Sync": the folder is missing/);
  });

  it('after a restart the folder is remembered, with no new choice; a laptop that lost it says how to recover', async () => {
    render(<SyncView />);
    await userEvent.click(await screen.findByRole('button', { name: 'Choose folder…' }));
    await waitFor(() => expect(screen.getByTestId('sync-status')).toHaveTextContent(/^Synced with the folder "Team Sync" just now/));

    // The app restarts: a new main process reads its settings file.
    await startWorkspaceSync(null);
    const restarted = desktopBridge(userData, '/never/asked');
    cleanups.push(restarted.close);
    desktop.platform = { folderSync: restarted.bridge };
    await startWorkspaceSync(workspaceId);
    await waitFor(() => expect(screen.getByTestId('folder-status')).toHaveTextContent(folder));
    await waitFor(() => expect(screen.getByTestId('sync-status')).toHaveTextContent(/^Synced with the folder "Team Sync" just now/));

    // A main process without that setting (a wiped profile) does not pretend: it says what to do.
    await startWorkspaceSync(null);
    const wiped = desktopBridge(join(userData, 'elsewhere'), '/never/asked');
    cleanups.push(wiped.close);
    desktop.platform = { folderSync: wiped.bridge };
    await startWorkspaceSync(workspaceId);
    expect(await screen.findByText(/no longer knows where the folder "Team Sync" is/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Allow access to the folder' })).toBeNull();
  });

  it('keeps the last sync time across a restart, even when the first sync after it cannot reach the folder', async () => {
    render(<SyncView />);
    await userEvent.click(await screen.findByRole('button', { name: 'Choose folder…' }));
    await waitFor(() => expect(screen.getByTestId('sync-status')).toHaveTextContent(/^Synced with the folder "Team Sync" just now/));

    // Restart: the app's in-memory state is gone, and the drive is not mounted yet.
    await startWorkspaceSync(null);
    useSyncStore.setState({ byWorkspace: {} });
    renameSync(folder, `${folder} (unmounted)`);
    cleanups.push(() => renameSync(`${folder} (unmounted)`, folder));
    const restarted = desktopBridge(userData, '/never/asked');
    cleanups.push(restarted.close);
    desktop.platform = { folderSync: restarted.bridge };
    await startWorkspaceSync(workspaceId);
    const panel = screen.getByTestId('folder-status');
    await waitFor(() => expect(within(panel).getByText(/^Unreachable/)).toBeInTheDocument());
    expect(within(panel).getByText('Last sync').nextElementSibling).toHaveTextContent('just now');
  });

  it('names a segment still arriving apart from damaged files, and looks again soon without being told', async () => {
    // A network share sends no file events: only the poll, and the retry of an arriving file, look again.
    const bridge = desktop.platform!.folderSync!;
    desktop.platform = { folderSync: { ...bridge, watch: async () => false, onChanged: () => () => undefined } };
    render(<SyncView />);
    await userEvent.click(await screen.findByRole('button', { name: 'Choose folder…' }));
    await waitFor(() => expect(screen.getByTestId('sync-status')).toHaveTextContent(/^Synced with/));
    const other = new Device('laptopx', workspaceId);
    cleanups.push(() => other.close());
    await other.edit([{ rowId: 'x1', field: 'title', value: 'from x' }]);
    await other.folderEngine(nodeFs(folder)).sync();
    const dir = join(folder, workspaceId, 'devices/laptopx');
    const first = readdirSync(dir).filter((n) => n.startsWith('0000000001-'))[0];
    const full = readFileSync(join(dir, first), 'utf8');
    writeFileSync(join(dir, first), full.slice(0, 25));

    await userEvent.click(screen.getByRole('button', { name: /Sync now/ }));
    const panel = screen.getByTestId('folder-status');
    expect(await within(panel).findByRole('list', { name: 'Files still arriving' })).toHaveTextContent(`devices/laptopx/${first} — still arriving (25 bytes so far)`);
    expect(within(panel).queryByRole('list', { name: 'Damaged or skipped files' })).toBeNull();
    expect(screen.queryByRole('list', { name: 'Sync problems' })).toBeNull();

    // The download completes; nobody clicks: the sync looks again within seconds (the poll is 30 s away).
    writeFileSync(join(dir, first), full);
    await waitFor(() => expect(within(panel).queryByRole('list', { name: 'Files still arriving' })).toBeNull(), { timeout: 9_000 });
    expect(within(panel).getByRole('row', { name: /laptopx/ })).toHaveTextContent('laptopx11 of 1');
  }, 20_000);
});
