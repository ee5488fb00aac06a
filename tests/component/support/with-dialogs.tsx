import type { ReactNode } from 'react';
import { useDialogs } from '../../../renderer/kernel/dialogs/dialog-stack';
import { DialogHost } from '../../../renderer/kernel/dialogs/DialogHost';

/** A view as the shell shows it: dialogs a view pushes render in the one dialog host beside it. */
export const withDialogs = (view: ReactNode) => (
  <>
    {view}
    <DialogHost />
  </>
);

/** No dialog left open by the test before. */
export const clearDialogs = () => useDialogs.setState({ dialogs: [] });
