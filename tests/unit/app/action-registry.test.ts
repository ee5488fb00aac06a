import { describe, expect, it } from 'vitest';
import { registerActions } from '../../../renderer/kernel/actions/registry';
import type { ActionDef } from '../../../renderer/kernel/actions/types';

// Each test file gets its own module instance, so the registry starts empty here.
const action = (def: Partial<ActionDef> & Pick<ActionDef, 'id'>): ActionDef => ({ label: def.id, group: 'Test', run: () => {}, ...def });

describe('action registry', () => {
  it('refuses at start-up a key that two actions claim in the same scope, naming both', () => {
    registerActions([action({ id: 'item.delete', shortcut: ['Delete', 'Backspace'], keyScope: 'backlog' })]);
    expect(() => registerActions([action({ id: 'item.moveTo', shortcut: 'Backspace', keyScope: 'backlog' })])).toThrow(
      'shortcut "Backspace" (backlog) is claimed by both "item.delete" and "item.moveTo"',
    );
  });

  it('sees two spellings of one chord as the same claim', () => {
    registerActions([action({ id: 'edit.redo', shortcut: 'Shift+Mod+Z' })]);
    expect(() => registerActions([action({ id: 'edit.undo', shortcut: 'Mod+Shift+z' })])).toThrow(/claimed by both "edit.redo" and "edit.undo"/);
  });

  it('lets one key mean different things in different focus regions', () => {
    expect(() =>
      registerActions([
        action({ id: 'item.open', shortcut: 'Enter', keyScope: 'backlog' }),
        action({ id: 'board.openCard', shortcut: 'Enter', keyScope: 'board-card' }),
      ]),
    ).not.toThrow();
  });

  it('refuses a batch with a clash without registering any of it', () => {
    expect(() =>
      registerActions([action({ id: 'theme.dark', shortcut: 'Alt+D' }), action({ id: 'theme.light', shortcut: 'Alt+D' })]),
    ).toThrow(/claimed by both/);
    expect(() => registerActions([action({ id: 'theme.dark' })])).not.toThrow();
  });
});
