import { useAppStore } from '../store';
import { actionLabel, getAction, isEnabled, runAction } from './registry';
import { formatShortcut, shortcutsOf } from './shortcut';
import type { ActionId } from './action-ids';

/** A button that runs a registered action, so it shows the same label and shortcut as the palette. */
export function ActionButton({ id, className, children }: { id: ActionId; className?: string; children?: React.ReactNode }) {
  const state = useAppStore();
  const def = getAction(id);
  if (!def) return null;
  const label = actionLabel(def, state);
  const key = shortcutsOf(def)[0];
  return (
    <button
      type="button"
      className={className ?? 'button'}
      disabled={!isEnabled(def, state)}
      title={key ? `${label} (${formatShortcut(key)})` : label}
      onClick={() => void runAction(id)}
    >
      {children ?? label}
    </button>
  );
}
