export * from './ranks';
export * from './dependencies';
export * from './item-rules';

import type { WorkItem, Workspace } from '../domain';

/** The key people say and type for an item: "ML-42". The one place it is spelled. */
export const itemKey = (workspace: Pick<Workspace, 'key'>, item: Pick<WorkItem, 'number'>) => `${workspace.key}-${item.number}`;
