import type { RetroGroup } from '../domain';

/**
 * A group's name as every retro view shows it: its title, or "Untitled group 2" numbered among the
 * retro's untitled groups (in the given order), so a "Move to…" list never offers three identical names.
 */
export function groupLabel(group: Pick<RetroGroup, 'id' | 'title'>, groups: readonly Pick<RetroGroup, 'id' | 'title'>[]): string {
  if (group.title.trim()) return group.title;
  const untitled = groups.filter((g) => !g.title.trim());
  if (untitled.length <= 1) return 'Untitled group';
  return `Untitled group ${untitled.findIndex((g) => g.id === group.id) + 1}`;
}
