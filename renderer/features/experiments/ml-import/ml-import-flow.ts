import { isOpen, lazyDialog, pushDialog } from '../../../kernel/dialogs/dialog-stack';
import { useMlImport, type ImportStep } from './ml-import-slice';

/** The import dialog; its code and the store readers load on first open. */
export const mlImportDialog = lazyDialog('ml-import', () => import('./MlImportDialog').then((m) => m.MlImportDialog));

/** Start or move the import flow to a step, opening its dialog if it is not open yet. */
export function showMlImport(step: ImportStep): void {
  useMlImport.getState().setStep(step);
  if (!isOpen(mlImportDialog)) pushDialog(mlImportDialog);
}
