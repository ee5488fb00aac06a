import type { Retro, RetroGroup } from '../domain/retro';
import { jaccard } from './similarity';

export interface RecurringTheme {
  /** The title used most often (the earliest retro's wins a tie, and its spelling is kept). */
  title: string;
  /** Retros where the theme came up, newest first. */
  retroIds: string[];
  titles: string[];
}

/**
 * Groups with similar titles across the last `lastN` retros (stemmed word Jaccard of at least
 * `threshold`), kept when they come up in two retros or more: the team keeps talking about them.
 */
export function recurringThemes(
  history: readonly { retro: Retro; groups: readonly RetroGroup[] }[],
  options: { lastN?: number; threshold?: number } = {},
): RecurringTheme[] {
  const { lastN = 5, threshold = 0.5 } = options;
  const recent = history
    .filter((entry) => !entry.retro.deleted)
    .sort((a, b) => (a.retro.createdAt > b.retro.createdAt ? -1 : a.retro.createdAt < b.retro.createdAt ? 1 : 0))
    .slice(0, lastN);
  const entries = recent.flatMap((entry, order) =>
    entry.groups.filter((group) => !group.deleted && group.title.trim()).map((group) => ({ retroId: entry.retro.id, order, title: group.title.trim() })),
  );

  const parent = entries.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      if (entries[i].retroId !== entries[j].retroId && jaccard(entries[i].title, entries[j].title) >= threshold) parent[find(j)] = find(i);
    }
  }
  const clusters = new Map<number, typeof entries>();
  entries.forEach((entry, i) => clusters.set(find(i), [...(clusters.get(find(i)) ?? []), entry]));

  return [...clusters.values()]
    .map((cluster) => {
      const retroIds = [...new Set(cluster.sort((a, b) => a.order - b.order).map((entry) => entry.retroId))];
      const counts = new Map<string, { n: number; oldest: number }>();
      for (const entry of cluster) {
        const seen = counts.get(entry.title.toLowerCase());
        counts.set(entry.title.toLowerCase(), { n: (seen?.n ?? 0) + 1, oldest: Math.max(seen?.oldest ?? 0, entry.order) });
      }
      const best = [...counts].sort((a, b) => b[1].n - a[1].n || b[1].oldest - a[1].oldest || (a[0] < b[0] ? -1 : 1))[0][0];
      const title = cluster.findLast((entry) => entry.title.toLowerCase() === best)?.title ?? best;
      return { title, retroIds, titles: [...new Set(cluster.map((entry) => entry.title))] };
    })
    .filter((theme) => theme.retroIds.length >= 2)
    .sort((a, b) => b.retroIds.length - a.retroIds.length || a.title.localeCompare(b.title, 'en'));
}
