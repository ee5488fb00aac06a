import type { BurnPoint, SprintBurn } from '@shared/agile';
import { formatNumber } from './axes';
import { shortDate, unitLabel } from './chart-labels';

/** Each scope change, marked on the scope line on the day it happened. */
export function scopeMarkers(burn: SprintBurn): { index: number; value: number; label: string }[] {
  return burn.scopeChanges.flatMap((change) => {
    const value = burn.points[change.pointIndex]?.scope ?? null;
    if (value === null) return [];
    const sign = change.delta > 0 ? '+' : '';
    return [{ index: change.pointIndex, value, label: `${change.kind} ${change.itemId} on ${shortDate(change.date)} (${sign}${formatNumber(change.delta)})` }];
  });
}

export const values = (burn: SprintBurn, pick: (p: BurnPoint) => number | null): (number | null)[] => burn.points.map(pick);

export function latestActual(burn: SprintBurn): BurnPoint | undefined {
  return burn.points.filter((p) => p.remaining !== null).at(-1);
}

export function scopeText(burn: SprintBurn): string {
  if (burn.scopeChanges.length === 0) return 'No scope changes.';
  return `Scope changed ${burn.scopeChanges.length} time${burn.scopeChanges.length === 1 ? '' : 's'}: ${unitLabel(burn.unit, burn.added)} added, ${unitLabel(burn.unit, burn.removed)} removed.`;
}
