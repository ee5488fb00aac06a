import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { parseDeepLink, type DesktopEvent, type SprintlabBridge, type UpdateStatus } from '@shared/ipc';
import { runAction } from '../../../renderer/kernel/actions/registry';
import { useAppStore } from '../../../renderer/kernel/store';
import { buildBackup } from '../../../renderer/features/backup/backup';
import { OpenedBackupDialog } from '../../../renderer/features/backup/OpenedBackupDialog';
import { DesktopNotices } from '../../../renderer/features/desktop/DesktopNotices';
import { ItemLinkListener } from '../../../renderer/entities/items/ItemLinkListener';
import { openItem } from '../../../renderer/entities/items/item-slice';
import { openItemId } from '../../../renderer/entities/items/item-links';
import { useDialogs } from '../../../renderer/kernel/dialogs/dialog-stack';
import { UpdatesPanel } from '../../../renderer/features/settings/UpdatesPanel';
import { createBrowserPlatform } from '../../../renderer/platform';
import { freshSession, sessionWithWorkspace } from '../support/session';
import { seedItems, workspaceOf } from '../backlog/support';

/** window.sprintlab as the desktop preload gives it, with a way to send events from "main". */
function installDesktopBridge(status: UpdateStatus = { autoCheck: false, state: { status: 'idle' } }) {
  const listeners = new Set<(event: DesktopEvent) => void>();
  const bridge: SprintlabBridge = {
    ...createBrowserPlatform(window),
    onDesktopEvent: (callback) => {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    getUpdateStatus: vi.fn(async () => status),
    setUpdateAutoCheck: vi.fn(async (autoCheck: boolean) => ({ autoCheck, state: { status: 'checking' as const } })),
    checkForUpdates: vi.fn(async () => status),
    installUpdate: vi.fn(async () => status),
    openLogsFolder: vi.fn(async () => '/home/ana/.config/Sprintlab/logs'),
  };
  (window as { sprintlab?: SprintlabBridge }).sprintlab = bridge;
  const send = (event: DesktopEvent) => act(() => listeners.forEach((listener) => listener(event)));
  return { bridge, send };
}

const toasts = () => useAppStore.getState().toasts.map((t) => t.message);

afterEach(() => {
  delete (window as { sprintlab?: unknown }).sprintlab;
});

describe('a backup opened from the file manager', () => {
  let content: string;
  beforeEach(async () => {
    const { session, workspaceId } = await sessionWithWorkspace();
    content = JSON.stringify(await buildBackup(session, await workspaceOf(workspaceId)));
    await freshSession(); // another computer: nothing restored yet
  });

  it('is offered for restore, and restored only when the user agrees', async () => {
    const { send } = installDesktopBridge();
    render(<OpenedBackupDialog />);
    send({ type: 'open-backup', name: 'test-2026-12-01.sprintlab', content });
    expect(screen.getByRole('dialog', { name: 'Restore this backup?' })).toHaveTextContent('test-2026-12-01.sprintlab');
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(useAppStore.getState().workspaceId).toBeNull();

    send({ type: 'open-backup', name: 'test-2026-12-01.sprintlab', content });
    fireEvent.click(screen.getByRole('button', { name: 'Restore backup' }));
    await waitFor(() => expect(toasts()).toContain('Restored Test from test-2026-12-01.sprintlab'));
    expect(useAppStore.getState().workspaceId).not.toBeNull();
  });

  it('refuses a damaged file with its name, restoring nothing', async () => {
    const { send } = installDesktopBridge();
    render(<OpenedBackupDialog />);
    send({ type: 'open-backup', name: 'broken.sprintlab', content: '{"format":"sprintlab-backup"' });
    fireEvent.click(screen.getByRole('button', { name: 'Restore backup' }));
    await waitFor(() => expect(toasts().join('\n')).toMatch(/^Nothing was restored\. .*broken\.sprintlab/m));
    expect(useAppStore.getState().workspaceId).toBeNull();
  });
});

describe('a sprintlab:// link', () => {
  let workspaceId: string;
  beforeEach(async () => {
    ({ workspaceId } = await sessionWithWorkspace());
    useAppStore.setState({ workspaceId: null, view: 'home' });
    useDialogs.setState({ dialogs: [] });
  });

  it('opens the workspace and the item it names', async () => {
    const [, second] = await seedItems(workspaceId, [{ title: 'Label the validation set' }, { title: 'Retrain the ranker' }]);
    const { send } = installDesktopBridge();
    render(<ItemLinkListener />);
    send({ type: 'open-link', link: { workspaceId, itemKey: `T-${second.number}` } });
    await waitFor(() => expect(openItemId()).toBe(second.id));
    expect(useAppStore.getState()).toMatchObject({ workspaceId, view: 'backlog' });
  });

  it('is what "Copy link to this item" puts on the clipboard, and that link opens the item again', async () => {
    const [item] = await seedItems(workspaceId, [{ title: 'Label the validation set' }]);
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    useAppStore.setState({ workspaceId });
    act(() => openItem(item.id));
    await runAction('item.copyLink');
    const link = `sprintlab://workspace/${workspaceId}/item/T-${item.number}`;
    expect(writeText).toHaveBeenCalledWith(link);
    expect(parseDeepLink(link)).toEqual({ workspaceId, itemKey: `T-${item.number}` });
  });

  it('says so when the item or the workspace is not on this computer', async () => {
    const { send } = installDesktopBridge();
    render(<ItemLinkListener />);
    send({ type: 'open-link', link: { workspaceId, itemKey: 'T-99' } });
    await waitFor(() => expect(toasts()).toContain('T-99 is not in Test on this computer; it may not have synced yet.'));
    send({ type: 'open-link', link: { workspaceId: 'elsewhere', itemKey: 'T-1' } });
    await waitFor(() => expect(toasts().at(-1)).toMatch(/workspace that is not on this computer \(elsewhere\)/));
    expect(openItemId()).toBeUndefined();
  });
});

describe('Settings → Updates', () => {
  beforeEach(async () => {
    await freshSession();
  });

  it('checks nothing until allowed, then shows a ready update with its notes and restarts to install it', async () => {
    const { bridge, send } = installDesktopBridge();
    render(
      <>
        <UpdatesPanel />
        <DesktopNotices />
      </>,
    );
    const toggle = await screen.findByRole('checkbox', { name: /Check for updates automatically/ });
    expect(toggle).not.toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('Not checked yet.');
    expect(bridge.checkForUpdates).not.toHaveBeenCalled();

    fireEvent.click(toggle);
    await waitFor(() => expect(bridge.setUpdateAutoCheck).toHaveBeenCalledWith(true));
    expect(await screen.findByRole('status')).toHaveTextContent('Checking for updates…');

    const ready: UpdateStatus = { autoCheck: true, state: { status: 'ready', version: '0.2.0', releaseNotes: 'Deep links open items\nBackups open from the file manager' } };
    send({ type: 'update', status: ready });
    send({ type: 'update', status: ready });
    expect(screen.getByText("What's new in 0.2.0")).toBeVisible();
    expect(screen.getByText(/Backups open from the file manager/)).toBeVisible();
    expect(toasts().filter((t) => t === 'Sprintlab 0.2.0 is ready to install.')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Restart to update' }));
    expect(bridge.installUpdate).toHaveBeenCalled();
  });

  it('is absent in the web version', async () => {
    const { container } = render(<UpdatesPanel />);
    await act(async () => {});
    expect(container).toBeEmptyDOMElement();
  });
});
