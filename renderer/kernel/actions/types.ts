import type { AppState } from '../store';
import type { ActionId } from './action-ids';

/**
 * Focus regions with keys of their own, marked in the DOM by `data-key-scope`. A scoped key
 * fires only while focus is inside its region, so Delete in the backlog list never deletes
 * anything while a retro card has focus; two actions may claim one key only in different scopes.
 */
export const keyScopes = {
  backlog: 'in the backlog list',
  'board-card': 'on a board card',
  roadmap: 'on a roadmap row',
  poker: 'in a planning-poker session',
  retro: 'in a running retro',
} as const;
export type KeyScope = keyof typeof keyScopes;

/** Where an action was started: the element a shortcut was pressed in (or that had focus for palette and menu). */
export interface ActionContext {
  target: Element | null;
}

/**
 * A user action, registered once: the command palette, the native menu, keyboard shortcuts
 * and buttons all run it by id, so its label and shortcut are the same everywhere.
 */
export interface ActionDef {
  id: ActionId;
  label: string | ((state: AppState) => string);
  group: string;
  /** "Mod+K", "?", "Delete"; a list when keys are synonyms (Delete, Backspace), the first one shown on buttons. */
  shortcut?: string | readonly string[];
  /** The focus region the shortcut belongs to; without one it applies anywhere outside text fields and dialogs. */
  keyScope?: KeyScope;
  /** The shortcut also fires while typing in a text field (e.g. the palette's own key). */
  whileTyping?: boolean;
  keywords?: string;
  enabled?: (state: AppState) => boolean;
  /**
   * What the action does. Actions that work on a mounted view's live state (the backlog's
   * visible rows, the board's lanes) leave this out: the view binds `run` with `useActionHandler`
   * while it is shown, and the action is disabled otherwise.
   */
  run?: (context: ActionContext) => unknown | Promise<unknown>;
}
