import { useMemo } from 'react';
import type { Risk } from '@shared/domain';
import { bandOf, heatmapCounts, riskScore, scoreBand, type HeatmapCell } from '@shared/risks';

const levels = [1, 2, 3, 4, 5];

/**
 * The 5x5 likelihood x impact map as an ARIA grid: each cell is a button with its count; the
 * chosen cell filters the register (click it again to clear). Band colour is backed by text.
 */
export function RiskHeatmap({ risks, cell, onCell, residual = false }: { risks: readonly Risk[]; cell: HeatmapCell | null; onCell: (cell: HeatmapCell | null) => void; residual?: boolean }) {
  const counts = useMemo(() => heatmapCounts(risks, { residual }), [risks, residual]);
  return (
    <div className="risk-heatmap-wrap">
      <span className="risk-axis-y" aria-hidden="true">Likelihood →</span>
      <table className="risk-heatmap" role="grid" aria-label={`Risk heatmap, ${residual ? 'residual' : 'inherent'} likelihood by impact`}>
        <thead>
          <tr role="row">
            <td role="gridcell" />
            {levels.map((impact) => (
              <th key={impact} role="columnheader" scope="col">Impact {impact}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...levels].reverse().map((likelihood) => (
            <tr key={likelihood} role="row">
              <th role="rowheader" scope="row">Likelihood {likelihood}</th>
              {levels.map((impact) => {
                const count = counts[likelihood - 1][impact - 1];
                const score = riskScore(likelihood, impact);
                const band = scoreBand(score);
                const selected = cell?.likelihood === likelihood && cell.impact === impact;
                return (
                  <td key={impact} role="gridcell" className={`risk-cell band-${band}${selected ? ' selected' : ''}`}>
                    <button
                      type="button"
                      aria-pressed={selected}
                      aria-label={`Likelihood ${likelihood}, impact ${impact}: ${count} risk${count === 1 ? '' : 's'} (score ${score}, ${bandOf(band).label.toLowerCase()})`}
                      onClick={() => onCell(selected ? null : { likelihood, impact })}
                    >
                      {count || ''}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <span className="risk-axis-x" aria-hidden="true">Impact →</span>
    </div>
  );
}

export function BandBadge({ score }: { score: number }) {
  const band = scoreBand(score);
  return (
    <span className={`risk-band band-${band}`}>
      {score} <span className="risk-band-label">{bandOf(band).label}</span>
    </span>
  );
}
