import { closeDialog, useDialogs } from './dialog-stack';

/** Renders the dialog stack once, in the shell: later entries open over earlier ones (the browser's top layer keeps the order). */
export function DialogHost() {
  const dialogs = useDialogs((s) => s.dialogs);
  return (
    <>
      {dialogs.map(({ key, def, props }) => {
        const Dialog = def.component;
        return <Dialog key={key} {...props} onClose={() => closeDialog(key)} />;
      })}
    </>
  );
}
