import type { Risk } from '../domain/risks';

export interface HeatmapOptions {
  /** Place risks by residual levels where assessed (else inherent). Default: inherent. */
  residual?: boolean;
  /** Closed risks are left off the map unless asked for. */
  includeClosed?: boolean;
}

export interface HeatmapCell {
  likelihood: number;
  impact: number;
}

function levels(risk: Risk, residual: boolean): HeatmapCell {
  if (residual && risk.residualLikelihood !== null && risk.residualImpact !== null) {
    return { likelihood: risk.residualLikelihood, impact: risk.residualImpact };
  }
  return { likelihood: risk.likelihood, impact: risk.impact };
}

const onMap = (risk: Risk, options: HeatmapOptions) => !risk.deleted && (options.includeClosed || risk.status !== 'closed');

/** Counts per cell: `counts[likelihood - 1][impact - 1]`, a 5x5 matrix. */
export function heatmapCounts(risks: readonly Risk[], options: HeatmapOptions = {}): number[][] {
  const counts = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
  for (const risk of risks) {
    if (!onMap(risk, options)) continue;
    const { likelihood, impact } = levels(risk, options.residual ?? false);
    counts[likelihood - 1][impact - 1]++;
  }
  return counts;
}

/** The predicate behind "click a cell to filter the register": the same rules as the counts. */
export function heatmapCellFilter(cell: HeatmapCell, options: HeatmapOptions = {}): (risk: Risk) => boolean {
  return (risk) => {
    if (!onMap(risk, options)) return false;
    const at = levels(risk, options.residual ?? false);
    return at.likelihood === cell.likelihood && at.impact === cell.impact;
  };
}
