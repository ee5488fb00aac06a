import { useEffect, useRef } from 'react';
import { useAppStore, type AppState } from '../store';
import { reportError } from '../feedback/toast';
import { shortcutsOf, normalizeShortcut } from './shortcut';
import type { ActionId } from './action-ids';
import type { ActionContext, ActionDef } from './types';

export type { ActionContext, ActionDef } from './types';

const registry = new Map<ActionId, ActionDef>();
/** Key (scope + normalised shortcut) -> the action that claimed it. */
const claimedKeys = new Map<string, ActionId>();
/** Handlers of view-bound actions, present while their view is mounted. */
const viewHandlers = new Map<ActionId, NonNullable<ActionDef['run']>>();

/** Register actions at start-up; a duplicate id, or a key two actions claim in one scope, throws here rather than misfiring later. */
export function registerActions(defs: readonly ActionDef[]): void {
  // Checked on copies first, so a refused batch leaves the registry as it was.
  const ids = new Set(registry.keys());
  const claims = new Map(claimedKeys);
  for (const def of defs) {
    if (ids.has(def.id)) throw new Error(`action "${def.id}" is registered twice`);
    ids.add(def.id);
    for (const shortcut of shortcutsOf(def)) {
      const key = `${def.keyScope ?? 'anywhere'} ${normalizeShortcut(shortcut)}`;
      const owner = claims.get(key);
      if (owner) throw new Error(`shortcut "${shortcut}" (${def.keyScope ?? 'anywhere'}) is claimed by both "${owner}" and "${def.id}"`);
      claims.set(key, def.id);
    }
  }
  for (const def of defs) registry.set(def.id, def);
  for (const [key, id] of claims) claimedKeys.set(key, id);
}

export const allActions = (): ActionDef[] => [...registry.values()];
export const getAction = (id: ActionId): ActionDef | undefined => registry.get(id);
/** An id from outside the type system (the native menu): only a registered one is found. */
export const findAction = (id: string): ActionDef | undefined => registry.get(id as ActionId);

export const actionLabel = (def: ActionDef, state: AppState = useAppStore.getState()) =>
  typeof def.label === 'function' ? def.label(state) : def.label;

const handlerOf = (def: ActionDef) => def.run ?? viewHandlers.get(def.id);

export const isEnabled = (def: ActionDef, state: AppState = useAppStore.getState()) => !!handlerOf(def) && (def.enabled?.(state) ?? true);

/** Run an action by id; a failure becomes an error toast instead of an unhandled rejection. */
export async function runAction(id: ActionId, context: ActionContext = { target: typeof document === 'undefined' ? null : document.activeElement }): Promise<void> {
  const def = registry.get(id);
  const run = def && handlerOf(def);
  if (!def || !run || !isEnabled(def)) return;
  try {
    await run(context);
  } catch (error) {
    reportError(error);
  }
}

/**
 * Bind a view-bound action (one registered without `run`) to the mounted view: the handler
 * always sees the view's latest state, and the action is disabled again when the view unmounts.
 */
export function useActionHandler(id: ActionId, handler: NonNullable<ActionDef['run']>): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (registry.get(id)?.run) throw new Error(`action "${id}" has its own run; only view-bound actions take a handler`);
    const run: NonNullable<ActionDef['run']> = (context) => latest.current(context);
    viewHandlers.set(id, run);
    return () => {
      if (viewHandlers.get(id) === run) viewHandlers.delete(id);
    };
  }, [id]);
}

/** Actions under their group headings, in registration order (the palette and the `?` sheet list them so). */
export function byGroup(defs: readonly ActionDef[]): Map<string, ActionDef[]> {
  const groups = new Map<string, ActionDef[]>();
  for (const def of defs) groups.set(def.group, [...(groups.get(def.group) ?? []), def]);
  return groups;
}
