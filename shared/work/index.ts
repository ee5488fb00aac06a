export * from './ranks';
export * from './dependencies';
export * from './item-rules';

import type { WorkItem, Workspace } from '../domain';

/** The key people say and type for an item: "ML-42". The one place it is spelled. */
export const itemKey = (workspace: Pick<Workspace, 'key'>, item: Pick<WorkItem, 'number'>) => `${workspace.key}-${item.number}`;

/** The key an imported item had in its source ("JWP-13" of "jira:JWP-13"): shown beside ours and searchable. */
export const sourceKey = (sourceRef: string | null | undefined): string | null => {
  const at = sourceRef ? sourceRef.indexOf(':') : -1;
  return sourceRef && at > 0 && at < sourceRef.length - 1 ? sourceRef.slice(at + 1) : null;
};
