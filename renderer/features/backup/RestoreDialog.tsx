import { useState } from 'react';
import type { Backup } from '@shared/backup/format';
import type { RollbackPlan } from '@shared/backup/restore-plan';
import { dayOf } from '@shared/agile';
import { Modal } from '../../kernel/dialogs/Modal';
import { defineDialog, pushDialog, type DialogProps } from '../../kernel/dialogs/dialog-stack';
import { reportError, toast } from '../../kernel/feedback/toast';
import { useAppStore } from '../../kernel/store';
import { session } from '../../data/session';
import { restoreAsNew, rollBack } from './backup';
import './restore.css';

/** The restore waiting for the user's choice: the parsed file and what a rollback would change. */
interface PendingRestore {
  fileName: string;
  backup: Backup;
  plan: RollbackPlan;
}

/** A backup of a workspace this device already has: ask how to restore it (one dialog path, the kernel's stack). */
export const restoreDialog = defineDialog<PendingRestore>('backup.restore', RestoreChoice);

/** Ask the user how to restore this backup. */
export const askRestore = (pending: PendingRestore) => pushDialog(restoreDialog, pending);

/**
 * Restore it beside it as a new workspace, or roll the workspace back to it (as edits: undoable,
 * and they sync). The rollback's effect is spelled out before anything is written.
 */
function RestoreChoice({ onClose: close, ...pending }: PendingRestore & DialogProps) {
  const [mode, setMode] = useState<'new' | 'rollback'>('new');
  const [busy, setBusy] = useState(false);
  const { backup, plan, fileName } = pending;
  const exported = backup.exportedAt.slice(0, 10);
  const run = async () => {
    setBusy(true);
    try {
      const store = useAppStore.getState();
      if (mode === 'new') {
        const id = await restoreAsNew(session(), backup, dayOf(Date.now()));
        store.selectWorkspace(id);
        store.go('home');
        toast(`Restored ${fileName} as a new workspace beside ${backup.workspaceName}`, 'success');
      } else {
        await rollBack(backup, plan, fileName);
        store.selectWorkspace(backup.workspaceId);
        toast(`Rolled ${backup.workspaceName} back to ${fileName}`, 'success', { label: 'Undo', actionId: 'edit.undo' });
      }
      close();
    } catch (error) {
      reportError(error, 'Nothing was restored.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal title={`Restore ${backup.workspaceName}`} open onClose={close}>
      <p>
        {fileName} is a backup of <strong>{backup.workspaceName}</strong> from {exported}, a workspace this device already has.
      </p>
      <fieldset className="restore-choices">
        <legend>What should happen?</legend>
        <label className="restore-choice">
          <input type="radio" name="restore-mode" checked={mode === 'new'} onChange={() => setMode('new')} data-autofocus />
          <span>
            <strong>Restore as a new workspace</strong>
            <span className="muted"> — adds “{backup.workspaceName} (restored …)” beside it; nothing in {backup.workspaceName} changes.</span>
          </span>
        </label>
        <label className="restore-choice">
          <input type="radio" name="restore-mode" checked={mode === 'rollback'} onChange={() => setMode('rollback')} />
          <span>
            <strong>Roll this workspace back to the backup</strong>
            <span className="muted"> — as edits: they reach your other devices, and Undo takes them back.</span>
          </span>
        </label>
      </fieldset>
      {mode === 'rollback' && (
        <section aria-label="What the rollback changes" className="restore-effect">
          {plan.lines.length ? (
            <>
              <p>This changes {backup.workspaceName}:</p>
              <ul>
                {plan.lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>{backup.workspaceName} already matches the backup: nothing would change.</p>
          )}
        </section>
      )}
      <footer className="modal-footer">
        <button type="button" className="button" onClick={close} disabled={busy}>
          Cancel
        </button>
        <button type="button" className={`button ${mode === 'rollback' ? 'danger' : 'primary'}`} onClick={() => void run()} disabled={busy || (mode === 'rollback' && !plan.lines.length)}>
          {mode === 'new' ? 'Restore as new workspace' : 'Roll back'}
        </button>
      </footer>
    </Modal>
  );
}
