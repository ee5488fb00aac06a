import { useAppStore, type AppState } from '../store';
import { reportError } from '../feedback/toast';

/**
 * A user action, registered once: the command palette, the native menu, keyboard shortcuts
 * and buttons all run it by id, so its label and shortcut are the same everywhere.
 */
export interface ActionDef {
  id: string;
  label: string | ((state: AppState) => string);
  group: string;
  shortcut?: string;
  keywords?: string;
  /** Shortcut also fires while typing in a text field (e.g. the palette). */
  global?: boolean;
  enabled?: (state: AppState) => boolean;
  run: () => unknown | Promise<unknown>;
}

const registry = new Map<string, ActionDef>();

export function registerActions(defs: ActionDef[]): void {
  for (const def of defs) {
    if (registry.has(def.id)) throw new Error(`action "${def.id}" is registered twice`);
    registry.set(def.id, def);
  }
}

export const allActions = (): ActionDef[] => [...registry.values()];
export const getAction = (id: string): ActionDef | undefined => registry.get(id);

export const actionLabel = (def: ActionDef, state: AppState = useAppStore.getState()) =>
  typeof def.label === 'function' ? def.label(state) : def.label;

export const isEnabled = (def: ActionDef, state: AppState = useAppStore.getState()) => def.enabled?.(state) ?? true;

/** Run an action by id; a failure becomes an error toast instead of an unhandled rejection. */
export async function runAction(id: string): Promise<void> {
  const def = registry.get(id);
  if (!def || !isEnabled(def)) return;
  try {
    await def.run();
  } catch (error) {
    reportError(error);
  }
}
