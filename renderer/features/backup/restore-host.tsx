import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RestoreDialog } from './RestoreDialog';

let hosted = false;

/** Like the import dialog: the shell has no slot for feature dialogs, so the first restore mounts its own root. */
export function ensureRestoreDialog(doc: Document = document): void {
  if (hosted) return;
  hosted = true;
  const host = doc.createElement('div');
  host.id = 'restore-dialog-host';
  doc.body.append(host);
  createRoot(host).render(
    <StrictMode>
      <RestoreDialog />
    </StrictMode>,
  );
}
