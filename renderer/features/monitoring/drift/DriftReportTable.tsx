import { useMemo } from 'react';
import type { DriftColumnResult } from '@shared/domain';
import { formatValue } from '../monitoring-format';

const P_VALUE_METHODS = new Set(['ks', 'chisquare', 'z']);

export const methodLabels: Record<string, string> = {
  ks: 'K–S p-value', chisquare: 'chi-square p-value', z: 'Z-test p-value', wasserstein: 'Wasserstein (normed)', jensenshannon: 'Jensen–Shannon', psi: 'PSI',
};

/**
 * How far past (or short of) its threshold a column is, comparable across methods: a distance over
 * its threshold, or a p-value's −log10 over the threshold's. Above 1 is drift.
 */
export function driftStrength(c: Pick<DriftColumnResult, 'method' | 'score' | 'threshold'>): number {
  if (P_VALUE_METHODS.has(c.method)) return -Math.log10(Math.max(c.score, 1e-300)) / -Math.log10(c.threshold);
  return c.threshold > 0 ? c.score / c.threshold : c.score;
}

export const sortByDrift = (columns: readonly DriftColumnResult[]) =>
  [...columns].sort((a, b) => Number(b.drift) - Number(a.drift) || driftStrength(b) - driftStrength(a) || a.column.localeCompare(b.column));

/** Columns, most drifted first, with method, score, threshold and the drift flag. */
export function DriftReportTable({ columns, selected, onSelect }: { columns: readonly DriftColumnResult[]; selected?: string | null; onSelect?: (column: string) => void }) {
  const rows = useMemo(() => sortByDrift(columns), [columns]);
  return (
    <table className="data-table drift-table">
      <caption>Columns by drift (most drifted first)</caption>
      <thead>
        <tr>
          <th scope="col">Column</th>
          <th scope="col">Type</th>
          <th scope="col">Method</th>
          <th scope="col" className="num">
            Score
          </th>
          <th scope="col" className="num">
            Threshold
          </th>
          <th scope="col">Drift</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.column} className={selected === c.column ? 'selected' : undefined} aria-selected={selected === c.column ? true : undefined}>
            <th scope="row">
              {onSelect ? (
                <button type="button" className="link-button" onClick={() => onSelect(c.column)} aria-label={`Show histogram of ${c.column}`}>
                  {c.column}
                </button>
              ) : (
                c.column
              )}
            </th>
            <td>{c.type === 'num' ? 'numeric' : 'categorical'}</td>
            <td>{methodLabels[c.method] ?? c.method}</td>
            <td className="num">{formatValue(c.score)}</td>
            <td className="num">{formatValue(c.threshold)}</td>
            <td>
              <span className={`mon-status ${c.drift ? 'tone-danger' : 'tone-ok'}`}>{c.drift ? 'Drift' : 'No drift'}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
