import { useLiveQuery } from 'dexie-react-hooks';
import type { Member, Workspace } from '@shared/domain';
import { session } from '../../data/session';
import { useAppStore } from '../../kernel/store';

export async function listWorkspaces(): Promise<Workspace[]> {
  const rows = await session().db.entity('workspaces').toArray();
  return rows.filter((w) => !w.deleted && w.name).sort((a, b) => a.name.localeCompare(b.name));
}

export const useWorkspaces = (): Workspace[] | undefined => useLiveQuery(listWorkspaces, []);

export function useWorkspace(id: string | null): Workspace | null | undefined {
  return useLiveQuery(async () => {
    if (!id) return null;
    const row = await session().db.entity('workspaces').get(id);
    return row && !row.deleted ? row : null;
  }, [id]);
}

export function useMembers(workspaceId: string | null): Member[] {
  return (
    useLiveQuery(async () => {
      if (!workspaceId) return [];
      const rows = await session().db.entity('members').where('workspaceId').equals(workspaceId).toArray();
      return rows.filter((m) => !m.deleted).sort((a, b) => a.name.localeCompare(b.name));
    }, [workspaceId]) ?? []
  );
}

/** The open workspace, or null when none is open (undefined while loading). */
export function useCurrentWorkspace(): Workspace | null | undefined {
  return useWorkspace(useAppStore((s) => s.workspaceId));
}
