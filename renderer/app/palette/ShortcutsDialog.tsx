import { useAppStore } from '../../kernel/store';
import { actionLabel, allActions } from '../../kernel/actions/registry';
import { formatShortcut } from '../../kernel/actions/shortcut';
import { Modal } from '../../kernel/dialogs/Modal';

export function ShortcutsDialog() {
  const open = useAppStore((s) => s.dialog === 'shortcuts');
  const close = useAppStore((s) => s.closeDialog);
  const state = useAppStore();
  if (!open) return null;
  const withKeys = allActions().filter((a) => a.shortcut);
  return (
    <Modal title="Keyboard shortcuts" open onClose={close}>
      <table className="shortcuts-table">
        <caption className="sr-only">Every shortcut and what it does</caption>
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Shortcut</th>
          </tr>
        </thead>
        <tbody>
          {withKeys.map((def) => (
            <tr key={def.id}>
              <td>{actionLabel(def, state)}</td>
              <td>
                <kbd>{formatShortcut(def.shortcut!)}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
