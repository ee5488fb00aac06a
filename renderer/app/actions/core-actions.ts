import { undo, redo } from '../../kernel/history/history';
import { useAppStore } from '../../kernel/store';
import { popDialog, pushDialog, topDialog } from '../../kernel/dialogs/dialog-stack';
import { paletteDialog } from '../palette/CommandPalette';
import { shortcutsDialog } from '../palette/ShortcutsDialog';
import type { ActionDef } from '../../kernel/actions/registry';
import { toast } from '../../kernel/feedback/toast';

const store = () => useAppStore.getState();

async function announce(kind: 'Undid' | 'Redid', label: string | null) {
  if (label) toast(`${kind}: ${label}`);
}

export const coreActions: ActionDef[] = [
  { id: 'app.palette', label: 'Open command palette', group: 'General', shortcut: 'Mod+K', whileTyping: true, run: () => (topDialog()?.def.name === paletteDialog.name ? popDialog() : void pushDialog(paletteDialog)) },
  { id: 'app.shortcuts', label: 'Show keyboard shortcuts', group: 'General', shortcut: '?', run: () => void pushDialog(shortcutsDialog) },
  {
    id: 'edit.undo',
    label: (s) => (s.past.length ? `Undo ${s.past[s.past.length - 1].label}` : 'Undo'),
    group: 'Edit',
    shortcut: 'Mod+Z',
    enabled: (s) => s.past.length > 0,
    run: async () => announce('Undid', await undo()),
  },
  {
    id: 'edit.redo',
    label: (s) => (s.future.length ? `Redo ${s.future[s.future.length - 1].label}` : 'Redo'),
    group: 'Edit',
    shortcut: 'Shift+Mod+Z',
    enabled: (s) => s.future.length > 0,
    run: async () => announce('Redid', await redo()),
  },
  { id: 'theme.light', label: 'Use light theme', group: 'Appearance', keywords: 'colour color', run: () => store().setTheme('light') },
  { id: 'theme.dark', label: 'Use dark theme', group: 'Appearance', keywords: 'colour color night', run: () => store().setTheme('dark') },
  { id: 'theme.system', label: 'Use system theme', group: 'Appearance', keywords: 'colour color auto', run: () => store().setTheme('system') },
];
