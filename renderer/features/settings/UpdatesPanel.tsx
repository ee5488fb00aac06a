import { reportError } from '../../kernel/feedback/toast';
import { useEffect, useState } from 'react';
import { describeUpdate, type UpdateStatus } from '@shared/ipc';
import './updates.css';
import { getPlatform, isDesktop, useDesktopEvent } from '../../platform';

/**
 * Settings → Updates (desktop app only). Nothing is checked until the user turns automatic
 * checks on or presses "Check now"; a downloaded update shows its release notes and waits
 * for "Restart to update".
 */
export function UpdatesPanel() {
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  useEffect(() => {
    if (isDesktop()) void getPlatform().getUpdateStatus().then(setStatus);
  }, []);
  useDesktopEvent('update', (event) => setStatus(event.status));
  if (!status || status.state.status === 'unsupported') return null;

  const fail = (error: unknown) => reportError(error);
  const { state } = status;
  const busy = state.status === 'checking' || state.status === 'downloading';
  return (
    <section className="panel updates-panel" aria-labelledby="updates-heading">
      <h2 id="updates-heading">Updates</h2>
      <label className="updates-auto">
        <input
          type="checkbox"
          checked={status.autoCheck}
          onChange={(e) => void getPlatform().setUpdateAutoCheck(e.target.checked).then(setStatus, fail)}
        />
        Check for updates automatically (at start and every 6 hours)
      </label>
      <p role="status">{describeUpdate(state)}</p>
      {(state.status === 'ready' || state.status === 'downloading') && state.releaseNotes && (
        <details open={state.status === 'ready'}>
          <summary>What's new in {state.version}</summary>
          <p className="release-notes">{state.releaseNotes}</p>
        </details>
      )}
      <div className="field-row">
        <button type="button" className="button" disabled={busy} onClick={() => void getPlatform().checkForUpdates().then(setStatus, fail)}>
          Check now
        </button>
        {state.status === 'ready' && (
          <button type="button" className="button primary" onClick={() => void getPlatform().installUpdate().catch(fail)}>
            Restart to update
          </button>
        )}
      </div>
    </section>
  );
}
