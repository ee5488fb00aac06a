import { useState } from 'react';
import { Modal } from '../../kernel/dialogs/Modal';
import { useDesktopEvent } from '../../platform';
import { restoreFromFile } from './backup-actions';

/**
 * A .sprintlab file opened from the file manager (double-click, "Open with", a second launch)
 * arrives here from the desktop app, which asks before restoring: a restore adds the backup's
 * changes to this computer, so it should never happen by surprise.
 */
export function OpenedBackupDialog() {
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  useDesktopEvent('open-backup', ({ name, content }) => setFile({ name, content }));
  if (!file) return null;
  const close = () => setFile(null);
  return (
    <Modal title="Restore this backup?" open onClose={close}>
      <p>
        <strong>{file.name}</strong> was opened with Sprintlab. Restoring adds its workspace and history to this computer; nothing
        already here is removed, and restoring the same file twice changes nothing.
      </p>
      <footer className="modal-footer">
        <button type="button" className="button" onClick={close}>
          Not now
        </button>
        <button
          type="button"
          className="button primary"
          data-autofocus
          onClick={() => {
            close();
            void restoreFromFile(file);
          }}
        >
          Restore backup
        </button>
      </footer>
    </Modal>
  );
}
