/** Shortcuts are written once as "Mod+K", "Shift+Mod+Z", "?", "C": Mod is ⌘ on macOS and Ctrl elsewhere. */
export interface ParsedShortcut {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** Keys that cannot be written literally in "A+B" notation. */
const named: Record<string, string> = { space: ' ', plus: '+' };

export function parseShortcut(shortcut: string): ParsedShortcut {
  const parts = shortcut.split('+');
  const key = parts.pop()!.toLowerCase();
  return { mod: parts.includes('Mod'), shift: parts.includes('Shift'), alt: parts.includes('Alt'), key: named[key] ?? key };
}

type KeyLike = Pick<KeyboardEvent, 'key' | 'metaKey' | 'ctrlKey' | 'shiftKey' | 'altKey'> & { code?: string };

export function matchesShortcut(shortcut: string, event: KeyLike, mac = isMac): boolean {
  const s = parseShortcut(shortcut);
  const mod = mac ? event.metaKey : event.ctrlKey;
  if (mod !== s.mod || event.altKey !== s.alt) return false;
  if (!mac && event.metaKey) return false;
  // With Alt (Option on macOS) the produced character changes, so letters and digits also match by physical key.
  const byCode = event.code === `Key${s.key.toUpperCase()}` || event.code === `Digit${s.key}`;
  if (event.key.toLowerCase() !== s.key && !(s.alt && byCode)) return false;
  // Punctuation such as "?" already implies Shift on most layouts; letters must match it exactly.
  return /^[a-z0-9 ]$/.test(s.key) || s.key.length > 1 ? event.shiftKey === s.shift : true;
}

const arrows: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→' };

export function formatShortcut(shortcut: string, mac = isMac): string {
  return shortcut
    .split('+')
    .map((part) => (part === 'Mod' ? (mac ? '⌘' : 'Ctrl') : part === 'Shift' ? (mac ? '⇧' : 'Shift') : part === 'Alt' ? (mac ? '⌥' : 'Alt') : part === 'Plus' ? '+' : part.length === 1 ? part.toUpperCase() : arrows[part] ?? part))
    .join(mac ? '' : '+');
}

/** One spelling per key, so "Shift+Mod+Z" and "Mod+Shift+Z" are seen as the same claim. */
export function normalizeShortcut(shortcut: string): string {
  const s = parseShortcut(shortcut);
  return [s.mod && 'Mod', s.alt && 'Alt', s.shift && 'Shift', s.key].filter(Boolean).join('+');
}

/** Every key an action answers to (an action may list synonyms such as Delete and Backspace). */
export const shortcutsOf = (def: { shortcut?: string | readonly string[] }): readonly string[] =>
  def.shortcut === undefined ? [] : typeof def.shortcut === 'string' ? [def.shortcut] : def.shortcut;


