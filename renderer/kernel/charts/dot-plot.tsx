import { scaleBand, scaleLinear } from 'd3-scale';
import { AxisBottom, formatNumber } from './axes';
import { ChartFrame, EmptyChart } from './chart-frame';

export interface Dot {
  label: string;
  value: number;
  color?: string;
  /** Drawn with a ring and "(best)" in its title. */
  highlight?: boolean;
}

export interface DotPlotProps {
  title: string;
  dots: readonly Dot[];
  width: number;
  xLabel?: string;
  summary?: string;
}

const row = 26;
const margins = { top: 8, right: 64, bottom: 40, left: 160 };

/**
 * One value per row (a Cleveland dot plot): for metrics logged once per run, where a line over steps
 * would be a single pixel. The axis fits the values, so close scores such as 0.96 vs 0.975 stay apart.
 */
export function DotPlot({ title, dots, width, xLabel, summary }: DotPlotProps) {
  const height = margins.top + margins.bottom + Math.max(1, dots.length) * row;
  if (dots.length === 0) return <EmptyChart width={width} height={120} title={title} message="No values" />;
  const innerWidth = Math.max(0, width - margins.left - margins.right);
  const values = dots.map((d) => d.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = high === low ? Math.abs(high) * 0.05 || 1 : (high - low) * 0.08;
  const x = scaleLinear().domain([low - pad, high + pad]).range([0, innerWidth]).nice();
  const y = scaleBand<number>().domain(dots.map((_, i) => i)).range([0, dots.length * row]).padding(0.3);
  const ticks = x.ticks(6).map((v) => ({ at: x(v), label: formatNumber(v) }));
  const text = summary ?? `${dots.map((d) => `${d.label}: ${formatNumber(d.value)}`).join('; ')}.`;
  return (
    <ChartFrame width={width} height={height} title={title} summary={text} className="dot-plot">
      <g transform={`translate(${margins.left},${margins.top})`}>
        {ticks.map((tick) => (
          <line key={tick.label} x1={tick.at} x2={tick.at} y2={dots.length * row} stroke="var(--muted)" strokeOpacity={0.25} />
        ))}
        {dots.map((dot, i) => {
          const cy = (y(i) ?? 0) + y.bandwidth() / 2;
          return (
            <g key={`${dot.label}:${i}`} className="dot" data-label={dot.label}>
              <text x={-8} y={cy} dy="0.32em" textAnchor="end" fill="var(--fg)">
                {dot.label.length > 24 ? `${dot.label.slice(0, 23)}…` : dot.label}
              </text>
              <line x1={0} x2={x(dot.value)} y1={cy} y2={cy} stroke="var(--muted)" strokeOpacity={0.4} />
              <circle cx={x(dot.value)} cy={cy} r={6} fill={dot.color ?? 'var(--accent)'} stroke={dot.highlight ? 'var(--fg)' : 'none'} strokeWidth={2}>
                <title>{`${dot.label}: ${formatNumber(dot.value)}${dot.highlight ? ' (best)' : ''}`}</title>
              </circle>
              <text x={x(dot.value) + 10} y={cy} dy="0.32em" fill="var(--fg)" fontWeight={dot.highlight ? 700 : 400}>
                {formatNumber(dot.value)}
              </text>
            </g>
          );
        })}
        <AxisBottom ticks={ticks} y={dots.length * row} width={innerWidth} label={xLabel} />
      </g>
    </ChartFrame>
  );
}
