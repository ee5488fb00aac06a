import type { Run } from '../domain/experiments';

export interface RunRow<R> {
  run: R;
  /** 0 for a top-level run, 1 for a sweep's child, and so on. */
  depth: number;
  childCount: number;
}

const newestFirst = (a: Pick<Run, 'startTime' | 'name'>, b: Pick<Run, 'startTime' | 'name'>) =>
  (b.startTime ?? '').localeCompare(a.startTime ?? '') || a.name.localeCompare(b.name);

/**
 * Runs in display order: newest top-level runs first, each followed by its child runs (a sweep's
 * trials). A run whose parent is not in the list shows at the top level; a parent loop cannot hang it.
 */
export function runTree<R extends Pick<Run, 'id' | 'parentRunId' | 'startTime' | 'name'>>(runs: readonly R[]): RunRow<R>[] {
  const ids = new Set(runs.map((r) => r.id));
  const children = new Map<string, R[]>();
  const roots: R[] = [];
  for (const run of runs) {
    if (run.parentRunId && ids.has(run.parentRunId) && run.parentRunId !== run.id) {
      const list = children.get(run.parentRunId) ?? [];
      list.push(run);
      children.set(run.parentRunId, list);
    } else roots.push(run);
  }
  const out: RunRow<R>[] = [];
  const placed = new Set<string>();
  const visit = (run: R, depth: number) => {
    if (placed.has(run.id)) return;
    placed.add(run.id);
    const kids = (children.get(run.id) ?? []).sort(newestFirst);
    out.push({ run, depth, childCount: kids.length });
    for (const kid of kids) visit(kid, depth + 1);
  };
  for (const root of roots.sort(newestFirst)) visit(root, 0);
  // Runs caught in a parent loop have no root: show them rather than lose them.
  for (const run of runs) if (!placed.has(run.id)) visit(run, 0);
  return out;
}
