import { useMemo } from 'react';
import type { PokerSession, PokerVote, WorkItem, Workspace } from '@shared/domain';
import { useRows } from '../../data/live-rows';

export interface PokerBoard {
  workspace: Workspace;
  session: PokerSession;
  votes: PokerVote[];
  /** The session's items, in session order (items deleted since are left out). */
  items: WorkItem[];
}

const newestFirst = (a: PokerSession, b: PokerSession) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0);

export function usePokerSessions(workspaceId: string | null): PokerSession[] | undefined {
  const rows = useRows('pokerSessions', workspaceId);
  return useMemo(() => rows && [...rows].sort(newestFirst), [rows]);
}

export function boardOf(workspace: Workspace, session: PokerSession, votes: readonly PokerVote[], items: readonly WorkItem[]): PokerBoard {
  const byId = new Map(items.map((item) => [item.id, item]));
  return {
    workspace,
    session,
    votes: votes.filter((vote) => vote.sessionId === session.id),
    items: session.itemIds.map((id) => byId.get(id)).filter((item): item is WorkItem => !!item),
  };
}

export function usePokerBoard(workspace: Workspace | null | undefined, sessionId: string | null): PokerBoard | null | undefined {
  const wsId = workspace?.id ?? null;
  const sessions = useRows('pokerSessions', wsId);
  const votes = useRows('pokerVotes', wsId);
  const items = useRows('items', wsId);
  return useMemo(() => {
    if (!workspace || !sessions || !votes || !items) return undefined;
    const session = sessions.find((row) => row.id === sessionId);
    return session ? boardOf(workspace, session, votes, items) : null;
  }, [workspace, sessions, votes, items, sessionId]);
}
