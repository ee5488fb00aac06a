import { useEffect } from 'react';
import { allActions, isEnabled, runAction } from './registry';
import { matchesShortcut } from './shortcut';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** One keydown listener for every registered shortcut; keys typed into text fields stay there. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const typing = isTyping(event.target);
      const inDialog = event.target instanceof HTMLElement && event.target.closest('dialog[open]');
      for (const def of allActions()) {
        if (!def.shortcut || !matchesShortcut(def.shortcut, event)) continue;
        if ((typing || inDialog) && !def.global) continue;
        // A disabled action lets the key fall through to one that applies here (e.g. Space in a retro vs the backlog).
        if (!isEnabled(def)) continue;
        event.preventDefault();
        void runAction(def.id);
        return;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
