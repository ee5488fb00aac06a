import { useAppStore } from '../store';
import { actionLabel, getAction, isEnabled, runAction } from './registry';
import { formatShortcut } from './shortcut';

/** A button that runs a registered action, so it shows the same label and shortcut as the palette. */
export function ActionButton({ id, className, children }: { id: string; className?: string; children?: React.ReactNode }) {
  const state = useAppStore();
  const def = getAction(id);
  if (!def) return null;
  const label = actionLabel(def, state);
  return (
    <button
      type="button"
      className={className ?? 'button'}
      disabled={!isEnabled(def, state)}
      title={def.shortcut ? `${label} (${formatShortcut(def.shortcut)})` : label}
      onClick={() => void runAction(id)}
    >
      {children ?? label}
    </button>
  );
}
