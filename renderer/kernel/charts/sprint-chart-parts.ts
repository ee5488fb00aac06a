import type { BurnPoint, SprintBurn } from '@shared/agile';
import { formatNumber } from './axes';
import { shortDate, thin, unitLabel } from './chart-labels';
import type { ChartMarker, LinePoint } from './line-chart';

/** Ticks for the sprint's points: "Start", then each working day. */
export function sprintTicks(burn: SprintBurn) {
  return thin(
    burn.points.map((p) => ({ value: p.index, label: p.index === 0 ? 'Start' : shortDate(p.date) })),
    10,
  );
}

export function scopeMarkers(burn: SprintBurn, yOf: (point: BurnPoint) => number | null): ChartMarker[] {
  return burn.scopeChanges.flatMap((change) => {
    const point = burn.points[change.pointIndex];
    const y = point ? yOf(point) : null;
    if (y === null) return [];
    const sign = change.delta > 0 ? '+' : '';
    return [{ x: change.pointIndex, y, label: `${change.kind} ${change.itemId} on ${shortDate(change.date)} (${sign}${formatNumber(change.delta)})` }];
  });
}

export const series = (burn: SprintBurn, pick: (p: BurnPoint) => number | null): LinePoint[] => burn.points.map((p) => ({ x: p.index, y: pick(p) }));

export function latestActual(burn: SprintBurn): BurnPoint | undefined {
  return burn.points.filter((p) => p.remaining !== null).at(-1);
}

export function scopeText(burn: SprintBurn): string {
  if (burn.scopeChanges.length === 0) return 'No scope changes.';
  return `Scope changed ${burn.scopeChanges.length} time${burn.scopeChanges.length === 1 ? '' : 's'}: ${unitLabel(burn.unit, burn.added)} added, ${unitLabel(burn.unit, burn.removed)} removed.`;
}
