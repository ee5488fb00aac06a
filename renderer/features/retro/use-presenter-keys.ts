import { useEffect } from 'react';
import { runAction } from '../../kernel/actions/registry';
import type { ActionId } from '../../kernel/actions/action-ids';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

const keys: Partial<Record<string, ActionId>> = { n: 'retro.next', ' ': 'retro.timer', '+': 'retro.add-minute', r: 'retro.reveal' };

/**
 * The facilitator's single keys while a retro is open: N next phase, Space start/pause the
 * timer, + add a minute, R reveal, Esc leave presenter mode. They run the registered actions, never while typing, and
 * outside presenter mode Space on a focused button still presses that button.
 */
export function usePresenterKeys(presenter: boolean): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || (event.target instanceof HTMLElement && event.target.closest('dialog[open]'))) return;
      // Esc leaves presenter mode, as it leaves every full-screen presentation.
      const id = event.key === 'Escape' ? (presenter ? 'retro.presenter' : undefined) : keys[event.key.toLowerCase()];
      if (!id) return;
      if (event.key === ' ' && !presenter && event.target instanceof HTMLElement && event.target.closest('button, a, summary, [role=button]')) return;
      event.preventDefault();
      event.stopPropagation();
      void runAction(id);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [presenter]);
}
