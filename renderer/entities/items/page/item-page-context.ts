import { createContext } from 'react';
import type { WorkItem, Workspace } from '@shared/domain';
import { errorMessage } from '@shared/domain';
import { reportError } from '../../../kernel/feedback/toast';

/** What every part of the item page is drawn from. */
export interface ItemPageProps {
  workspace: Workspace;
  item: WorkItem;
  items: Map<string, WorkItem>;
}

/** Run an edit; a refused edit (bad value, dependency loop) becomes a visible message, never a crash. */
export async function attempt(fn: () => Promise<unknown>, onError?: (message: string) => void): Promise<boolean> {
  try {
    await fn();
    return true;
  } catch (error) {
    const message = errorMessage(error);
    if (onError) onError(message);
    else reportError(error);
    return false;
  }
}

/** A link inside the page (parent, sub-task, blocker) shows that item in the same page. */
export const ShowItem = createContext<(id: string) => void>(() => {});
