import { useMemo } from 'react';
import type { WorkItem } from '@shared/domain';
import { compareRank } from '@shared/work';
import { useRows } from '../../data/live-rows';

/** Every live item of the workspace, in rank order (memoised on the live snapshot). */
export function useItems(workspaceId: string | null): WorkItem[] | undefined {
  const rows = useRows('items', workspaceId);
  return useMemo(() => rows && [...rows].sort(compareRank), [rows]);
}

export function useItemMap(workspaceId: string | null): Map<string, WorkItem> {
  const rows = useRows('items', workspaceId);
  return useMemo(() => new Map((rows ?? []).map((i) => [i.id, i])), [rows]);
}
