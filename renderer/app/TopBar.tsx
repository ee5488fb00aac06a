import { ActionButton } from '../kernel/actions/ActionButton';
import { formatShortcut } from '../kernel/actions/shortcut';
import { runAction } from '../kernel/actions/registry';

export function TopBar() {
  return (
    <header className="topbar">
      <button type="button" className="search-button" onClick={() => void runAction('app.palette')}>
        <span>Search commands…</span>
        <kbd>{formatShortcut('Mod+K')}</kbd>
      </button>
      <div className="button-row">
        <ActionButton id="edit.undo" className="button ghost" />
        <ActionButton id="edit.redo" className="button ghost" />
        <button type="button" className="icon-button" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={() => void runAction('app.shortcuts')}>
          ?
        </button>
      </div>
    </header>
  );
}
