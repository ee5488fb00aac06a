import { scaleLinear } from 'd3-scale';
import type { FairnessResult, GroupRates } from '@shared/monitoring';
import { AxisBottom, formatNumber } from '../../../kernel/charts/axes';
import { ChartFrame } from '../../../kernel/charts/chart-frame';
import { formatValue } from '../monitoring-format';

const RATES: { key: 'selectionRate' | 'tpr' | 'fpr'; label: string }[] = [
  { key: 'selectionRate', label: 'Selection rate' },
  { key: 'tpr', label: 'True positive rate' },
  { key: 'fpr', label: 'False positive rate' },
];
const row = 22;
const heading = 24;
const margins = { top: 4, right: 56, bottom: 40, left: 180 };

/**
 * The parity band: as wide as the gap limit and centred between the lowest and highest group, so a
 * dot falls outside it exactly when that rate's gap between groups is over the limit.
 */
export function parityBand(values: readonly (number | null)[], limit: number): { low: number; high: number; gap: number } | null {
  const present = values.filter((v): v is number => v !== null);
  if (!present.length) return null;
  const min = Math.min(...present);
  const max = Math.max(...present);
  const mid = (min + max) / 2;
  return { low: Math.max(0, mid - limit / 2), high: Math.min(1, mid + limit / 2), gap: max - min };
}

const describe = (label: string, groups: readonly GroupRates[], key: (typeof RATES)[number]['key'], limit: number) => {
  const band = parityBand(groups.map((g) => g[key]), limit);
  const values = groups.map((g) => `${g.group} ${g[key] === null ? 'n/a' : formatValue(g[key])}`).join(', ');
  return `${label}: ${values}${band ? ` (gap ${formatValue(band.gap)}${band.gap > limit ? `, over the ${limit} limit` : ''})` : ''}`;
};

/** Per-group selection rate, TPR and FPR on one 0–1 axis, each with its parity band. */
export function FairnessRatesChart({ result, limit, width = 680 }: { result: FairnessResult; limit: number; width?: number }) {
  const groups = result.groups;
  const block = heading + groups.length * row;
  const plotHeight = RATES.length * block;
  const innerWidth = width - margins.left - margins.right;
  const x = scaleLinear().domain([0, 1]).range([0, innerWidth]);
  const ticks = x.ticks(5).map((v) => ({ at: x(v), label: formatNumber(v) }));
  const summary = `${RATES.map((r) => describe(r.label, groups, r.key, limit)).join('. ')}. Shaded: a band as wide as the ${limit} gap limit, centred between the lowest and highest group.`;
  return (
    <ChartFrame width={width} height={margins.top + plotHeight + margins.bottom} title="Rates per group with the parity band" summary={summary} className="fair-chart">
      <g transform={`translate(${margins.left},${margins.top})`}>
        {ticks.map((tick) => (
          <line key={tick.label} x1={tick.at} x2={tick.at} y2={plotHeight} stroke="var(--muted)" strokeOpacity={0.25} />
        ))}
        {RATES.map((rate, r) => {
          const top = r * block;
          const band = parityBand(groups.map((g) => g[rate.key]), limit);
          return (
            <g key={rate.key} className="fair-rate" data-rate={rate.key}>
              <text x={-margins.left + 4} y={top + 15} fontWeight={600} fill="var(--fg)">
                {rate.label}
              </text>
              {band && <rect className="parity-band" x={x(band.low)} width={Math.max(1, x(band.high) - x(band.low))} y={top + heading - 4} height={groups.length * row} fill="var(--accent)" fillOpacity={0.14} />}
              {groups.map((g, i) => {
                const value = g[rate.key];
                const cy = top + heading + i * row + row / 2 - 4;
                const outside = value !== null && band !== null && band.gap > limit && (value < band.low || value > band.high);
                return (
                  <g key={g.group} data-group={g.group}>
                    <text x={-8} y={cy} dy="0.32em" textAnchor="end" fill="var(--fg)">
                      {g.group.length > 26 ? `${g.group.slice(0, 25)}…` : g.group}
                    </text>
                    {value === null ? (
                      <text x={4} y={cy} dy="0.32em" fill="var(--muted)">n/a</text>
                    ) : (
                      <>
                        <circle cx={x(value)} cy={cy} r={5} fill={outside ? 'var(--danger)' : 'var(--accent)'} />
                        <text x={x(value) + 9} y={cy} dy="0.32em" fill="var(--fg)">
                          {formatValue(value)}
                        </text>
                      </>
                    )}
                  </g>
                );
              })}
            </g>
          );
        })}
        <AxisBottom ticks={ticks} y={plotHeight} width={innerWidth} label="Rate (0–1)" />
      </g>
    </ChartFrame>
  );
}
