import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, toAccelerator } from '../../../electron/main/menu';

type MenuItemConstructorOptions = ReturnType<typeof buildMenuTemplate>[number];

describe('shortcut to accelerator', () => {
  it.each([
    ['Mod+K', 'CmdOrCtrl+K'],
    ['Shift+Mod+Z', 'Shift+CmdOrCtrl+Z'],
    ['Mod+Shift+z', 'CmdOrCtrl+Shift+Z'],
    ['Shift+Mod+S', 'Shift+CmdOrCtrl+S'],
    ['Alt+Mod+ArrowUp', 'Alt+CmdOrCtrl+Up'],
    ['Mod+Enter', 'CmdOrCtrl+Enter'],
    ['Escape', 'Esc'],
    ['?', '?'],
    ['C', 'C'],
    ['Mod+/', 'CmdOrCtrl+/'],
    ['Mod++', 'CmdOrCtrl+Plus'],
    ['Ctrl+F5', 'Ctrl+F5'],
  ])('%s becomes %s', (shortcut, accelerator) => {
    expect(toAccelerator(shortcut)).toBe(accelerator);
  });

  it.each(['', 'g b', 'Mod+Hyper+K', 'Mod+Mod+K', 'Mod+Shift', 'Mod+Ü'])('%j has no accelerator', (shortcut) => {
    expect(toAccelerator(shortcut)).toBeUndefined();
  });
});

const actions = [
  { id: 'app.palette', label: 'Open command palette', shortcut: 'Mod+K', group: 'General' },
  { id: 'edit.undo', label: 'Undo', shortcut: 'Mod+Z', group: 'Edit' },
  { id: 'edit.redo', label: 'Redo', shortcut: 'Shift+Mod+Z', group: 'Edit' },
  { id: 'backup.export', label: 'Back up workspace to a file…', shortcut: 'Shift+Mod+S', group: 'Workspace' },
  { id: 'nav.board', label: 'Go to board', shortcut: 'g b', group: 'Navigate' },
  { id: 'theme.dark', label: 'Use dark theme', group: 'Appearance' },
];

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label);
  if (!menu) throw new Error(`no ${label} menu in ${template.map((m) => m.label ?? m.role).join(', ')}`);
  return menu.submenu as MenuItemConstructorOptions[];
}

describe('native menu from the action list', () => {
  it('has one menu per group in a stable order, each action with its label and accelerator', () => {
    const template = buildMenuTemplate(actions, { platform: 'linux', appName: 'Sprintlab', isPackaged: true, onAction: vi.fn() });
    expect(template.map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Navigate', 'Workspace', 'Appearance', 'General']);
    const edit = submenu(template, 'Edit');
    expect(edit.slice(0, 2)).toMatchObject([
      { id: 'edit.undo', label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false },
      { id: 'edit.redo', label: 'Redo', accelerator: 'Shift+CmdOrCtrl+Z', registerAccelerator: false },
    ]);
    // Clipboard roles stay available for text fields.
    expect(edit.map((item) => item.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    expect(submenu(template, 'General')[0]).toMatchObject({ label: 'Open command palette', accelerator: 'CmdOrCtrl+K' });
    // A key sequence cannot be an accelerator, but the item is still there.
    const board = submenu(template, 'Navigate')[0];
    expect(board).toMatchObject({ label: 'Go to board' });
    expect(board.accelerator).toBeUndefined();
    expect(submenu(template, 'File').map((item) => item.role)).toEqual(['quit']);
  });

  it('sends the action id back when an item is clicked', () => {
    const onAction = vi.fn();
    const template = buildMenuTemplate(actions, { platform: 'linux', appName: 'Sprintlab', isPackaged: true, onAction });
    const exportItem = submenu(template, 'Workspace').find((item) => item.id === 'backup.export');
    exportItem?.click?.({} as never, undefined, {} as never);
    expect(onAction).toHaveBeenCalledWith('backup.export');
  });

  it('on macOS starts with the app menu and adds the Window menu; Quit lives in the app menu', () => {
    const template = buildMenuTemplate(actions, { platform: 'darwin', appName: 'Sprintlab', isPackaged: true, onAction: vi.fn() });
    expect(template[0]).toMatchObject({ label: 'Sprintlab', role: 'appMenu' });
    expect(template.some((menu) => menu.role === 'windowMenu')).toBe(true);
    expect(template.some((menu) => menu.label === 'File')).toBe(false);
  });

  it('shows developer tools only in unpackaged builds', () => {
    const roles = (isPackaged: boolean) =>
      submenu(buildMenuTemplate([], { platform: 'linux', appName: 'Sprintlab', isPackaged, onAction: vi.fn() }), 'View').map(
        (item) => item.role,
      );
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
  });
});
