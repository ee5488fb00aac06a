import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Member, Workspace } from '@shared/domain';
import { useRows } from '../../data/live-rows';
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

const NO_MEMBERS: Member[] = [];

/** The workspace's members by name, from the live rows; undefined while they first load. */
export function useMemberList(workspaceId: string | null): Member[] | undefined {
  const rows = useRows('members', workspaceId);
  return useMemo(() => rows && [...rows].sort((a, b) => a.name.localeCompare(b.name)), [rows]);
}

/** The workspace's members by name (none while they first load). */
export function useMembers(workspaceId: string | null): Member[] {
  return useMemberList(workspaceId) ?? NO_MEMBERS;
}

/** The open workspace, or null when none is open (undefined while loading). */
export function useCurrentWorkspace(): Workspace | null | undefined {
  return useWorkspace(useAppStore((s) => s.workspaceId));
}
