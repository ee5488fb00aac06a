import { useEffect } from 'react';
import type { AppState } from '../store';
import { allActions, isEnabled, runAction } from './registry';
import { matchesShortcut, shortcutsOf } from './shortcut';
import type { ActionDef } from './types';

/** Keys typed into a text field belong to the field; checkboxes and buttons do not take text. */
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(TEXTAREA|SELECT)$/.test(target.tagName) || (target instanceof HTMLInputElement && !/^(checkbox|radio|button|submit|reset)$/.test(target.type)));

/** Enter and Space on a focused button or link press it, whatever region it sits in. */
const pressesControl = (event: KeyboardEvent) =>
  (event.key === 'Enter' || event.key === ' ') && event.target instanceof Element && event.target.matches('button, a[href], summary, [role=button]');

const scopeOf = (target: EventTarget | null) => (target instanceof Element ? target.closest('[data-key-scope]')?.getAttribute('data-key-scope') : null) ?? null;

/**
 * The action a key press runs, if any: an action of the focused region's scope first, then
 * one without a scope; a disabled action lets the key fall through to the next that applies.
 */
export function actionForKey(event: KeyboardEvent, defs: readonly ActionDef[], state?: AppState): ActionDef | undefined {
  if (pressesControl(event)) return undefined;
  const typing = isTyping(event.target);
  const inDialog = event.target instanceof Element && !!event.target.closest('dialog[open]');
  const scope = scopeOf(event.target);
  const candidates = defs.filter(
    (def) =>
      (def.keyScope === undefined || def.keyScope === scope) &&
      ((!typing && !inDialog) || def.whileTyping) &&
      shortcutsOf(def).some((s) => matchesShortcut(s, event)),
  );
  candidates.sort((a, b) => Number(!!b.keyScope) - Number(!!a.keyScope));
  return candidates.find((def) => isEnabled(def, state));
}

/** One keydown listener for every registered shortcut; keys typed into text fields stay there. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const def = actionForKey(event, allActions());
      if (!def) return;
      event.preventDefault();
      void runAction(def.id, { target: event.target instanceof Element ? event.target : null });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
