import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AgileImportDialog } from './AgileImportDialog';
import { isDialogMounted } from './agile-import-slice';

let hosted = false;

/**
 * The shell (renderer/app/App.tsx) has no slot for feature dialogs, so the first import mounts the
 * dialog in its own root; a <dialog> opens in the top layer, so where it sits in the DOM does not matter.
 * If the shell (or a test) already renders <AgileImportDialog/>, nothing is mounted twice.
 */
export function ensureImportDialog(doc: Document = document): void {
  if (hosted || isDialogMounted()) return;
  hosted = true;
  const host = doc.createElement('div');
  host.id = 'import-dialog-host';
  doc.body.append(host);
  createRoot(host).render(
    <StrictMode>
      <AgileImportDialog />
    </StrictMode>,
  );
}
