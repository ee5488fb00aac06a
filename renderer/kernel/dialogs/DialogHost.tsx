import { Suspense } from 'react';
import { closeDialog, useDialogs } from './dialog-stack';

/** Renders the dialog stack once, in the shell: later entries open over earlier ones (the browser's top layer keeps the order). */
export function DialogHost() {
  const dialogs = useDialogs((s) => s.dialogs);
  return (
    <>
      {dialogs.map(({ key, def, props }) => {
        const Dialog = def.component;
        // A lazy dialog's code is fetched on first open: nothing shows for those few milliseconds.
        return (
          <Suspense key={key} fallback={null}>
            <Dialog {...props} onClose={() => closeDialog(key)} />
          </Suspense>
        );
      })}
    </>
  );
}
