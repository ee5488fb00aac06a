import type { ReactNode } from 'react';
import type { Damage } from '@shared/sync/folder';
import { useFolderScanStore } from './folder-scan-store';
import type { WorkspaceSyncState } from './sync-slice';

interface FolderStatusProps {
  workspaceId: string;
  state: WorkspaceSyncState;
  /** "3 minutes ago", or null before the first sync. */
  syncedAgo: string | null;
}

/** Settings → Sync for a shared folder: where it is, when it last synced, and what is in it. */
export function FolderStatus({ workspaceId, state, syncedAgo }: FolderStatusProps) {
  const entry = useFolderScanStore((s) => s.byWorkspace[workspaceId]);
  const scan = entry?.scan ?? null;
  const unreachable = state.problems.some((p) => p.code === 'unreachable');
  return (
    <section className="folder-status" aria-labelledby="folder-status-heading" data-testid="folder-status">
      <h3 id="folder-status-heading">Shared folder</h3>
      <dl className="folder-facts">
        <dt>Folder</dt>
        <dd>{entry?.path ? <code>{entry.path}</code> : `${entry?.name || 'Not chosen'} (chosen in the browser, which does not show its path)`}</dd>
        <dt>Last sync</dt>
        <dd>{syncedAgo ?? 'not yet'}</dd>
        <dt>State</dt>
        <dd data-state={unreachable ? 'unreachable' : 'reachable'}>
          {unreachable
            ? 'Unreachable: the folder is missing or empty (drive not mounted, cloud client stopped). Nothing on this laptop was deleted or rewound; changes wait here and sync when it is back.'
            : 'Reachable'}
        </dd>
      </dl>
      {scan && scan.streams.length > 0 && (
        <table className="folder-streams">
          <caption>Other laptops' files in the folder</caption>
          <thead>
            <tr>
              <th scope="col">Device</th>
              <th scope="col">Segments present</th>
              <th scope="col">Read up to</th>
            </tr>
          </thead>
          <tbody>
            {scan.streams.map((s) => (
              <tr key={s.stream}>
                <th scope="row">
                  <code>{s.stream}</code>
                </th>
                <td>{s.segments}</td>
                <td>
                  {s.read} of {Math.max(s.highest, s.read)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {scan && scan.streams.length === 0 && <p className="muted">No other laptop has written to this folder yet.</p>}
      {scan && (
        <FileList title="Still arriving" label="Files still arriving" className="folder-arriving" files={scan.arriving}>
          <p className="muted">A sync tool is still writing or downloading these; they are read again in a few seconds. Changes after them wait, nothing is lost.</p>
        </FileList>
      )}
      {scan && <FileList title="Damaged or skipped files" label="Damaged or skipped files" className="folder-damaged" files={scan.damaged} />}
      <FileList title="Meeting presence files refused" label="Refused presence files" className="folder-damaged" files={entry?.presenceRefused ?? []}>
        <p className="muted">Another laptop's "who is in the meeting" file did not pass the check; its votes and edits still sync.</p>
      </FileList>
    </section>
  );
}

/** Files of the folder named with why they were not read; nothing when there are none. */
function FileList({ title, label, className, files, children }: { title: string; label: string; className: string; files: readonly Damage[]; children?: ReactNode }) {
  if (!files.length) return null;
  return (
    <div>
      <h4>{title}</h4>
      {children}
      <ul className={className} aria-label={label}>
        {files.map((d) => (
          <li key={d.file}>
            <code>{d.file}</code> — {d.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
