import { errorMessage } from '@shared/domain';
import { useEffect, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { ActionButton } from '../../kernel/actions/ActionButton';
import { useAppStore } from '../../kernel/store';
import { useWorkspace } from '../../entities/workspaces/queries';
import { canChooseFolder, chooseFolder, type FolderChoice } from './folder-access';
import { FolderStatus } from './FolderStatus';
import { SetAsidePanel } from './SetAsidePanel';
import { loadSyncConfig } from './sync-config';
import { connectFolder, connectServer, startWorkspaceSync, stopSync } from './sync-service';
import { idleSyncState, useSyncStore, type WorkspaceSyncState } from './sync-slice';
import './sync.css';
import { toast } from '../../kernel/feedback/toast';

/** "just now", "3 minutes ago", "2 hours ago", then a date. */
export function ago(then: number, now: number): string {
  const s = Math.max(0, Math.round((now - then) / 1000));
  if (s < 45) return 'just now';
  const m = Math.round(s / 60);
  if (m < 60) return `${m} minute${m === 1 ? '' : 's'} ago`;
  const h = Math.round(m / 60);
  if (h < 24) return `${h} hour${h === 1 ? '' : 's'} ago`;
  return `on ${new Date(then).toLocaleDateString()}`;
}

/** The one status line: last synced when, how many local changes wait, and whether sync is running. */
export function statusLine(state: WorkspaceSyncState, now: number): string {
  if (!state.kind) return 'Sync is off: this workspace lives only on this laptop.';
  const where = state.target ?? 'the sync target';
  const parts: string[] = [];
  if (state.syncing) parts.push(`Syncing with ${where}…`);
  else if (state.lastSyncedAt) parts.push(`Synced with ${where} ${ago(state.lastSyncedAt, now)}`);
  else parts.push(`Not synced with ${where} yet`);
  parts.push(state.pending === 0 ? 'no local changes waiting' : `${state.pending} local change${state.pending === 1 ? '' : 's'} waiting`);
  if (state.live) parts.push('live updates on');
  return parts.join(' · ');
}

function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

function ServerForm({ workspaceId, submitLabel, onJoined }: { workspaceId: string | null; submitLabel: string; onJoined?: (id: string) => void }) {
  const [url, setUrl] = useState('');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const idPrefix = workspaceId ? 'connect' : 'join';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const joined = await connectServer(url, code, workspaceId);
      setCode('');
      onJoined?.(joined);
      await startWorkspaceSync(useAppStore.getState().workspaceId);
      toast('Connected to the sync server', 'success');
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-label={submitLabel}>
      <label className="field">
        <span>Server address</span>
        <input id={`${idPrefix}-url`} type="url" required placeholder="https://sync.example.com" value={url} onChange={(e) => setUrl(e.target.value)} />
      </label>
      <label className="field">
        <span>Invite code or access token</span>
        <input id={`${idPrefix}-code`} required autoComplete="off" spellCheck={false} placeholder="sli_…" value={code} onChange={(e) => setCode(e.target.value)} />
      </label>
      {error && (
        <p className="warning" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Connecting…' : submitLabel}
        </button>
      </div>
    </form>
  );
}

function JoinFromFolder() {
  const [handle, setHandle] = useState<FolderChoice | null>(null);
  const found = handle?.workspaces ?? null;
  const [error, setError] = useState<string | null>(null);
  const choose = async () => {
    setError(null);
    try {
      const picked = await chooseFolder();
      if (picked) setHandle(picked);
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const join = async (id: string) => {
    if (!handle) return;
    try {
      await connectFolder(id, handle);
      useAppStore.getState().selectWorkspace(id);
      toast('Joined the workspace from the folder', 'success');
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <div className="field">
      <div className="button-row">
        <button type="button" className="button" onClick={() => void choose()} disabled={!canChooseFolder()}>
          Choose a sync folder…
        </button>
      </div>
      {found && found.length === 0 && <p className="muted">No Sprintlab workspace in “{handle?.name}” yet.</p>}
      {found && found.length > 0 && (
        <ul className="sync-found" aria-label="Workspaces in the folder">
          {found.map((id) => (
            <li key={id}>
              <code>{id}</code>
              <button type="button" className="button" onClick={() => void join(id)}>
                Join<span className="sr-only"> workspace {id}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="warning" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function SyncView() {
  const workspaceId = useAppStore((s) => s.workspaceId);
  const workspace = useWorkspace(workspaceId);
  const state = useSyncStore((s) => (workspaceId ? s.byWorkspace[workspaceId] : undefined)) ?? idleSyncState;
  const config = useLiveQuery(() => (workspaceId ? loadSyncConfig(workspaceId) : null), [workspaceId, state.kind]);
  const now = useNow();
  const [folderError, setFolderError] = useState<string | null>(null);
  const folderSupported = canChooseFolder();

  const connectChosenFolder = async () => {
    if (!workspaceId) return;
    setFolderError(null);
    try {
      const choice = await chooseFolder();
      if (!choice) return;
      await connectFolder(workspaceId, choice);
      await startWorkspaceSync(workspaceId);
    } catch (err) {
      setFolderError(errorMessage(err));
    }
  };
  const dotState = state.problems.length ? 'problem' : state.syncing ? 'busy' : state.kind ? 'ok' : 'off';

  return (
    <div className="view sync-view">
      <header className="view-header">
        <h1>Sync</h1>
        <p className="muted">Work offline on this laptop and merge with your team through a shared folder or a sync server. Nothing is ever deleted by syncing.</p>
      </header>
      {workspace && (
        <section className="panel" aria-labelledby="sync-status-heading">
          <h2 id="sync-status-heading">{workspace.name}</h2>
          <div className="sync-status">
            <span className="sync-dot" data-state={dotState} aria-hidden="true" />
            <p role="status" aria-live="polite" data-testid="sync-status">
              {statusLine({ ...state, kind: state.kind ?? config?.kind ?? null }, now)}
            </p>
          </div>
          {state.progress && (
            <div className="sync-progress">
              <progress max={state.progress.total} value={state.progress.done} aria-label="Changes pulled from the server" />
              <span className="muted">
                {state.progress.done.toLocaleString()} of {state.progress.total.toLocaleString()} changes
              </span>
            </div>
          )}
          {state.problems.length > 0 && (
            <ul className="sync-problems" aria-label="Sync problems">
              {state.problems.map((p, i) => (
                <li key={`${p.code}-${i}`} className="warning">
                  {p.message}
                </li>
              ))}
            </ul>
          )}
          <div className="button-row">
            {config && <ActionButton id="sync.now" className="button primary" />}
            {state.needsPermission && (
              <button type="button" className="button primary" onClick={() => void startWorkspaceSync(workspace.id, true)}>
                Allow access to the folder
              </button>
            )}
            {config && (
              <button type="button" className="button ghost" onClick={() => void stopSync(workspace.id)}>
                Stop syncing
              </button>
            )}
          </div>
          {config?.kind === 'folder' && <FolderStatus workspaceId={workspace.id} state={state} syncedAgo={state.lastSyncedAt ? ago(state.lastSyncedAt, now) : null} />}
          <p className="muted">
            Workspace id <code>{workspace.id}</code> — a sync server's admin creates the workspace with this id, then invites each laptop.
          </p>
        </section>
      )}
      {workspace && <SetAsidePanel workspaceId={workspace.id} />}
      {workspace && config === null && (
        <div className="sync-grid">
          <section className="panel" aria-labelledby="sync-folder-heading">
            <h2 id="sync-folder-heading">Shared folder</h2>
            <p className="muted">A network drive, Dropbox, OneDrive or a git checkout. Each laptop writes only its own files, so the folder needs no locks.</p>
            {!folderSupported && <p className="muted">This browser cannot write to folders; use the desktop app or Chromium.</p>}
            <div className="button-row">
              <button type="button" className="button" onClick={() => void connectChosenFolder()} disabled={!folderSupported}>
                Choose folder…
              </button>
            </div>
            {folderError && (
              <p className="warning" role="alert">
                {folderError}
              </p>
            )}
          </section>
          <section className="panel" aria-labelledby="sync-server-heading">
            <h2 id="sync-server-heading">Sync server</h2>
            <p className="muted">Your team's server: other laptops see changes within a second.</p>
            <ServerForm workspaceId={workspace.id} submitLabel="Connect to server" />
          </section>
        </div>
      )}
      <section className="panel" aria-labelledby="sync-join-heading">
        <h2 id="sync-join-heading">Join a workspace from another laptop</h2>
        <p className="muted">Use an invite code from a teammate, or the shared folder the workspace syncs through.</p>
        <div className="sync-grid">
          <ServerForm workspaceId={null} submitLabel="Join from server" onJoined={(id) => useAppStore.getState().selectWorkspace(id)} />
          <JoinFromFolder />
        </div>
      </section>
    </div>
  );
}
