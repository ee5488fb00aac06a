import { errorMessage } from '@shared/domain';
import { useAppStore } from '../store';
import type { Toast } from '../store/ui-slice';

/** The one toast API: callable from components, actions and commands alike (it reads the store, not a hook). */
export function toast(message: string, tone: Toast['tone'] = 'info', action?: Toast['action']): void {
  useAppStore.getState().toast(message, tone, action);
}

/** The button that follows a change the user may want back ("Deleted 3 items · Undo"). */
export const UNDO: NonNullable<Toast['action']> = { label: 'Undo', actionId: 'edit.undo' };

/** One place every failure reaches the user: an error toast, optionally prefixed ("Monitoring check failed: …"). */
export function reportError(error: unknown, prefix?: string): void {
  const message = errorMessage(error);
  toast(prefix ? `${prefix}: ${message}` : message, 'error');
}
