import { ActionButton } from '../kernel/actions/ActionButton';
import { formatShortcut } from '../kernel/actions/shortcut';
import { useAppStore } from '../kernel/store';

export function TopBar() {
  const openDialog = useAppStore((s) => s.openDialog);
  return (
    <header className="topbar">
      <button type="button" className="search-button" onClick={() => openDialog('palette')}>
        <span>Search commands…</span>
        <kbd>{formatShortcut('Mod+K')}</kbd>
      </button>
      <div className="button-row">
        <ActionButton id="edit.undo" className="button ghost" />
        <ActionButton id="edit.redo" className="button ghost" />
        <button type="button" className="icon-button" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={() => openDialog('shortcuts')}>
          ?
        </button>
      </div>
    </header>
  );
}
