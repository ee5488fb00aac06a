import { Command } from 'cmdk';
import { useAppStore } from '../../kernel/store';
import { actionLabel, allActions, byGroup, isEnabled, runAction } from '../../kernel/actions/registry';
import { ShortcutKeys } from './ShortcutKeys';
import { Modal } from '../../kernel/dialogs/Modal';
import { defineDialog, type DialogProps } from '../../kernel/dialogs/dialog-stack';

/** Every registered action, fuzzy-searchable (cmdk's scorer), with its shortcut. */
function CommandPalette({ onClose: close }: DialogProps) {
  const state = useAppStore();
  const groups = byGroup(allActions().filter((def) => def.id !== 'app.palette' && isEnabled(def, state)));
  return (
    <Modal title="Command palette" open onClose={close}>
      <Command label="Command palette" className="palette" loop>
        <Command.Input data-autofocus placeholder="Type a command…" aria-label="Search commands" />
        <Command.List>
          <Command.Empty>No command matches.</Command.Empty>
          {[...groups].map(([group, defs]) => (
            <Command.Group key={group} heading={group}>
              {defs.map((def) => {
                const label = actionLabel(def, state);
                return (
                  <Command.Item
                    key={def.id}
                    value={`${label} ${def.keywords ?? ''} ${def.id}`}
                    onSelect={() => {
                      close();
                      void runAction(def.id);
                    }}
                  >
                    <span>{label}</span>
                    <ShortcutKeys def={def} />
                  </Command.Item>
                );
              })}
            </Command.Group>
          ))}
        </Command.List>
      </Command>
    </Modal>
  );
}

export const paletteDialog = defineDialog('palette', CommandPalette);
