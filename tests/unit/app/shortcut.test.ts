import { describe, expect, it } from 'vitest';
import { formatShortcut, matchesShortcut } from '../../../renderer/kernel/actions/shortcut';

const key = (k: string, mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean; code: string }> = {}) => ({
  key: k, ctrlKey: !!mods.ctrl, metaKey: !!mods.meta, shiftKey: !!mods.shift, altKey: !!mods.alt, code: mods.code,
});

describe('shortcuts', () => {
  it('Mod is Ctrl on Linux and Windows, ⌘ on macOS', () => {
    expect(matchesShortcut('Mod+K', key('k', { ctrl: true }), false)).toBe(true);
    expect(matchesShortcut('Mod+K', key('k', { meta: true }), false)).toBe(false);
    expect(matchesShortcut('Mod+K', key('k', { meta: true }), true)).toBe(true);
  });

  it('tells undo from redo by Shift', () => {
    expect(matchesShortcut('Mod+Z', key('z', { ctrl: true }), false)).toBe(true);
    expect(matchesShortcut('Mod+Z', key('Z', { ctrl: true, shift: true }), false)).toBe(false);
    expect(matchesShortcut('Shift+Mod+Z', key('Z', { ctrl: true, shift: true }), false)).toBe(true);
  });

  it('matches "?" whatever Shift the layout needs, but not with Ctrl held', () => {
    expect(matchesShortcut('?', key('?', { shift: true }), false)).toBe(true);
    expect(matchesShortcut('?', key('?', { shift: true, ctrl: true }), false)).toBe(false);
  });

  it('matches Alt+digit by physical key when Option changes the character (macOS)', () => {
    expect(matchesShortcut('Alt+1', key('¡', { alt: true, code: 'Digit1' }), true)).toBe(true);
    expect(matchesShortcut('Alt+1', key('2', { alt: true, code: 'Digit2' }), true)).toBe(false);
  });

  it('names keys that "+" notation cannot hold', () => {
    expect(matchesShortcut('Space', key(' '), false)).toBe(true);
    expect(matchesShortcut('Plus', key('+', { shift: true }), false)).toBe(true);
    expect(formatShortcut('Plus', false)).toBe('+');
  });

  it('formats for people', () => {
    expect(formatShortcut('Shift+Mod+Z', false)).toBe('Shift+Ctrl+Z');
    expect(formatShortcut('Shift+Mod+Z', true)).toBe('⇧⌘Z');
  });
});
