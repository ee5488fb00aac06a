import type { MenuItemConstructorOptions } from 'electron';
import { menuGroups, type MenuAction } from '@shared/ipc';

const modifiers: Record<string, string> = {
  mod: 'CmdOrCtrl',
  cmdorctrl: 'CmdOrCtrl',
  ctrl: 'Ctrl',
  control: 'Ctrl',
  cmd: 'Command',
  command: 'Command',
  meta: 'Super',
  super: 'Super',
  alt: 'Alt',
  option: 'Alt',
  shift: 'Shift',
};

const namedKeys: Record<string, string> = {
  arrowup: 'Up',
  arrowdown: 'Down',
  arrowleft: 'Left',
  arrowright: 'Right',
  up: 'Up',
  down: 'Down',
  left: 'Left',
  right: 'Right',
  enter: 'Enter',
  return: 'Enter',
  escape: 'Esc',
  esc: 'Esc',
  tab: 'Tab',
  space: 'Space',
  ' ': 'Space',
  backspace: 'Backspace',
  delete: 'Delete',
  del: 'Delete',
  insert: 'Insert',
  home: 'Home',
  end: 'End',
  pageup: 'PageUp',
  pagedown: 'PageDown',
  plus: 'Plus',
  '+': 'Plus',
};

// Electron accepts these printable keys as they are.
const punctuation = new Set([...'`~!@#$%^&*()-_=[]{}\\|;:\'",.<>/?']);

/**
 * Converts the action registry's shortcut ("Mod+K", "Shift+Mod+Z", "?") to an Electron
 * accelerator ("CmdOrCtrl+K", "Shift+CmdOrCtrl+Z", "?"). A shortcut Electron cannot express
 * (a key sequence such as "g b", an unknown key) gives undefined: the item is still shown.
 */
export function toAccelerator(shortcut: string): string | undefined {
  const trimmed = shortcut.trim();
  if (trimmed === '' || /\s/.test(trimmed)) return undefined;
  // "Mod++" means Mod and the plus key: split on "+" but keep a trailing one as the key.
  const parts = trimmed.endsWith('++') ? [...trimmed.slice(0, -2).split('+'), '+'] : trimmed.split('+');
  const key = parts.pop() ?? '';
  const mods: string[] = [];
  for (const part of parts) {
    const mod = modifiers[part.toLowerCase()];
    if (!mod || mods.includes(mod)) return undefined;
    mods.push(mod);
  }
  let accelKey: string | undefined;
  const lower = key.toLowerCase();
  if (/^[a-z0-9]$/i.test(key)) accelKey = key.toUpperCase();
  else if (/^f([1-9]|1[0-9]|2[0-4])$/.test(lower)) accelKey = lower.toUpperCase();
  else if (namedKeys[lower]) accelKey = namedKeys[lower];
  else if (key.length === 1 && punctuation.has(key)) accelKey = key;
  if (!accelKey || modifiers[lower]) return undefined;
  return [...mods, accelKey].join('+');
}

export interface MenuTemplateOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Developer tools only appear in unpackaged builds. */
  isPackaged: boolean;
  /** Sends the chosen action's id to the renderer. */
  onAction(actionId: string): void;
}

function groupOrder(group: string): number {
  const index = (menuGroups as readonly string[]).indexOf(group);
  return index === -1 ? menuGroups.indexOf('Help') - 0.5 : index;
}

/**
 * Builds the native menu from the renderer's action list, one submenu per group. Accelerators
 * are displayed but not registered (registerAccelerator: false) because the renderer's own
 * shortcut handler already runs them; registering both would run an action twice.
 */
export function buildMenuTemplate(actions: readonly MenuAction[], options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const groups = new Map<string, MenuItemConstructorOptions[]>();
  for (const action of actions) {
    const accelerator = action.shortcut ? toAccelerator(action.shortcut) : undefined;
    const item: MenuItemConstructorOptions = {
      id: action.id,
      label: action.label,
      click: () => options.onAction(action.id),
      ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
    };
    const list = groups.get(action.group) ?? [];
    list.push(item);
    groups.set(action.group, list);
  }
  // Text fields need the standard clipboard roles (on macOS the shortcuts only work through the menu).
  const editRoles: MenuItemConstructorOptions[] = [
    { role: 'cut' },
    { role: 'copy' },
    { role: 'paste' },
    { role: 'selectAll' },
  ];
  const edit = groups.get('Edit') ?? [];
  groups.set('Edit', edit.length ? [...edit, { type: 'separator' }, ...editRoles] : editRoles);
  const view = groups.get('View') ?? [];
  const viewRoles: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { role: 'togglefullscreen' },
    ...(options.isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
  ];
  groups.set('View', view.length ? [...view, { type: 'separator' }, ...viewRoles] : viewRoles);

  const isMac = options.platform === 'darwin';
  if (!isMac) {
    const file = groups.get('File') ?? [];
    groups.set('File', [...file, ...(file.length ? [{ type: 'separator' } as const] : []), { role: 'quit' }]);
  }
  const ordered = [...groups.entries()].sort((a, b) => groupOrder(a[0]) - groupOrder(b[0]));
  const template: MenuItemConstructorOptions[] = ordered.map(([label, submenu]) => ({ label, submenu }));
  if (isMac) {
    template.unshift({ label: options.appName, role: 'appMenu' });
    const help = template.findIndex((menu) => menu.label === 'Help');
    template.splice(help === -1 ? template.length : help, 0, { role: 'windowMenu' });
  }
  return template;
}
