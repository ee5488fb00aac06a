import { useEffect, type RefObject } from 'react';

/**
 * A view whose keys are scoped to it (`data-key-scope` on a focusable root, tabIndex -1):
 * focus moves into it once it is `mounted`, and back to it when the focused control disappears (a
 * "Reveal" button replaced by "Re-vote"), so its single-key shortcuts keep working.
 */
export function useKeyScopeRoot(root: RefObject<HTMLElement | null>, mounted: boolean): void {
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    if (!element.contains(document.activeElement)) element.focus();
    let lost: ReturnType<typeof setTimeout> | undefined;
    const onFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget) return;
      clearTimeout(lost);
      lost = setTimeout(() => {
        if (element.isConnected && (document.activeElement === document.body || document.activeElement === null)) element.focus();
      });
    };
    element.addEventListener('focusout', onFocusOut);
    return () => {
      clearTimeout(lost);
      element.removeEventListener('focusout', onFocusOut);
    };
  }, [root, mounted]);
}
