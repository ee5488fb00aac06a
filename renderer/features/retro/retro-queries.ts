import { useMemo } from 'react';
import type { Retro, RetroGroup, Workspace } from '@shared/domain';
import { useRows } from '../../data/live-rows';
import type { RetroBoard } from './retro-commands';

const byCreated = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1;

/** Retros of the workspace, newest first. */
export function useRetros(workspaceId: string | null): Retro[] | undefined {
  const rows = useRows('retros', workspaceId);
  return useMemo(() => rows && [...rows].sort(byCreated).reverse(), [rows]);
}

/** One retro with its cards, groups and votes (cards and groups in the order they were made). */
export function useRetroBoard(workspace: Workspace | null | undefined, retroId: string | null): RetroBoard | null | undefined {
  const wsId = workspace?.id ?? null;
  const retros = useRows('retros', wsId);
  const cards = useRows('retroCards', wsId);
  const groups = useRows('retroGroups', wsId);
  const votes = useRows('retroVotes', wsId);
  return useMemo(() => {
    if (!workspace || !retros || !cards || !groups || !votes) return undefined;
    const retro = retros.find((row) => row.id === retroId);
    if (!retro) return null;
    return {
      workspace, retro,
      cards: cards.filter((card) => card.retroId === retro.id).sort(byCreated),
      groups: groups.filter((group) => group.retroId === retro.id).sort(byCreated),
      votes: votes.filter((v) => v.retroId === retro.id),
    };
  }, [workspace, retros, cards, groups, votes, retroId]);
}

/** Every retro's groups, for recurring themes across retros. */
export function useAllRetroGroups(workspaceId: string | null): RetroGroup[] | undefined {
  return useRows('retroGroups', workspaceId);
}
