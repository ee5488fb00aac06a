import { formatShortcut, shortcutsOf } from '../../kernel/actions/shortcut';
import { keyScopes, type ActionDef } from '../../kernel/actions/types';

/** An action's keys as the user presses them ("Delete / Backspace"), with where they apply. */
export function ShortcutKeys({ def, showScope }: { def: ActionDef; showScope?: boolean }) {
  const keys = shortcutsOf(def);
  if (!keys.length) return null;
  return (
    <span className="shortcut-keys">
      {keys.map((k, i) => (
        <span key={k}>
          {i > 0 && ' / '}
          <kbd>{formatShortcut(k)}</kbd>
        </span>
      ))}
      {showScope && def.keyScope && <span className="muted"> {keyScopes[def.keyScope]}</span>}
    </span>
  );
}
