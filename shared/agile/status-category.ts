import type { StatusCategory, WorkflowStatus } from '../domain/workspace';

export type Unit = 'points' | 'items';

/** Status id -> category; an unknown status counts as "to do" so stray data never inflates done. */
export function categoryLookup(workflow: readonly Pick<WorkflowStatus, 'id' | 'category'>[]): (status: unknown) => StatusCategory {
  const map = new Map(workflow.map((status) => [status.id, status.category]));
  return (status) => (typeof status === 'string' ? map.get(status) : undefined) ?? 'todo';
}

/** What one item weighs in a chart: its estimate (unestimated counts 0) or 1. */
export function weightOf(unit: Unit, estimate: unknown): number {
  if (unit === 'items') return 1;
  return typeof estimate === 'number' && Number.isFinite(estimate) && estimate > 0 ? estimate : 0;
}
