import { useMemo } from 'react';
import type { Sprint } from '@shared/domain';
import { useRows } from '../../data/live-rows';

/** Sprints by start date. */
export function useSprints(workspaceId: string | null): Sprint[] | undefined {
  const rows = useRows('sprints', workspaceId);
  return useMemo(() => rows && [...rows].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.name.localeCompare(b.name)), [rows]);
}
