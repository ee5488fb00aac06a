import type { Retro } from '../domain/retro';
import type { WorkItem } from '../domain/work';
import { isoDate } from '../domain/base';

/** The link that ties a backlog item to the retro that produced it. */
export const retroLink = (retroId: string): string => `retro:${retroId}`;

export interface ActionInput {
  title: string;
  ownerId: string | null;
  dueDate: string | null;
}

export type ActionPrefill = Pick<WorkItem, 'type' | 'title' | 'assigneeId' | 'dueDate' | 'labels' | 'links' | 'description'>;

/** The backlog item an action becomes: a task linked back to its retro (the write path adds number and rank). */
export function actionItemPrefill(retro: Pick<Retro, 'id' | 'title'>, input: ActionInput): { ok: true; item: ActionPrefill } | { ok: false; message: string } {
  const title = input.title.trim();
  if (!title) return { ok: false, message: 'An action needs a title' };
  if (input.dueDate !== null && !isoDate.safeParse(input.dueDate).success) return { ok: false, message: 'The due date must be a date (YYYY-MM-DD)' };
  return {
    ok: true,
    item: {
      type: 'task', title, assigneeId: input.ownerId, dueDate: input.dueDate,
      labels: ['retro-action'], links: [retroLink(retro.id)], description: `Action from the retro "${retro.title}".`,
    },
  };
}

/** The live backlog items that came out of a retro. */
export function actionsOf(retroId: string, items: readonly WorkItem[]): WorkItem[] {
  const link = retroLink(retroId);
  return items.filter((item) => !item.deleted && item.links.includes(link));
}

export type ActionReview = 'done' | 'carried' | 'dropped';

/** The review phase's view of the last retro's actions: done, carried over (still open) or dropped (deleted). */
export function reviewActions(retroId: string, items: readonly WorkItem[]): { item: WorkItem; state: ActionReview }[] {
  const link = retroLink(retroId);
  return items
    .filter((item) => item.links.includes(link))
    .map((item) => ({ item, state: item.deleted ? 'dropped' : item.completedAt !== null ? 'done' : 'carried' }));
}

export interface FollowThrough {
  retroId: string;
  actions: number;
  doneByNext: number;
  /** doneByNext / actions, or null when the retro made no actions. */
  share: number | null;
}

/**
 * Share of each retro's actions done before the next retro began. The latest retro has no
 * next one yet, so it is left out; dropped (deleted) actions count as not done.
 */
export function actionFollowThrough(retros: readonly Retro[], items: readonly WorkItem[]): { perRetro: FollowThrough[]; share: number | null } {
  const ordered = retros.filter((retro) => !retro.deleted).sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  const perRetro: FollowThrough[] = [];
  for (let i = 0; i < ordered.length - 1; i++) {
    const nextStart = ordered[i + 1].createdAt;
    const actions = items.filter((item) => item.links.includes(retroLink(ordered[i].id)));
    const doneByNext = actions.filter((item) => !item.deleted && item.completedAt !== null && item.completedAt <= nextStart).length;
    perRetro.push({ retroId: ordered[i].id, actions: actions.length, doneByNext, share: actions.length ? doneByNext / actions.length : null });
  }
  const actions = perRetro.reduce((sum, row) => sum + row.actions, 0);
  const done = perRetro.reduce((sum, row) => sum + row.doneByNext, 0);
  return { perRetro, share: actions ? done / actions : null };
}
