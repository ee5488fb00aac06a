import { useAppStore } from '../../kernel/store';
import { actionLabel, allActions, byGroup } from '../../kernel/actions/registry';
import { shortcutsOf } from '../../kernel/actions/shortcut';
import { Modal } from '../../kernel/dialogs/Modal';
import { defineDialog, type DialogProps } from '../../kernel/dialogs/dialog-stack';
import { ShortcutKeys } from './ShortcutKeys';

/** Every key of every registered action, grouped as in the palette, each with the place it applies. */
function ShortcutsDialog({ onClose: close }: DialogProps) {
  const state = useAppStore();
  const groups = byGroup(allActions().filter((a) => shortcutsOf(a).length > 0));
  return (
    <Modal title="Keyboard shortcuts" open onClose={close} wide>
      <table className="shortcuts-table">
        <caption className="sr-only">Every shortcut and what it does</caption>
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Shortcut</th>
          </tr>
        </thead>
        {[...groups].map(([group, defs]) => (
          <tbody key={group}>
            <tr>
              <th scope="colgroup" colSpan={2} className="shortcuts-group">
                {group}
              </th>
            </tr>
            {defs.map((def) => (
              <tr key={def.id}>
                <td>{actionLabel(def, state)}</td>
                <td>
                  <ShortcutKeys def={def} showScope />
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </Modal>
  );
}

export const shortcutsDialog = defineDialog('shortcuts', ShortcutsDialog);
