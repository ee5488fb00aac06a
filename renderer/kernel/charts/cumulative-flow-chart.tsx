import { scaleLinear } from 'd3-scale';
import { area, stack, type SeriesPoint } from 'd3-shape';
import type { FlowDay, Unit } from '@shared/agile';
import type { StatusCategory } from '@shared/domain';
import { AxisBottom, AxisLeft, formatNumber, Legend } from './axes';
import { ChartFrame, defaultMargins, EmptyChart, innerSize, type ChartSize } from './chart-frame';
import { thinLabels } from '@shared/charts';
import { shortDate } from './chart-labels';

/** Bottom to top: finished work settles at the bottom, as in Jira's and Kanban tools' diagrams. */
const layers: { key: StatusCategory; label: string; color: string }[] = [
  { key: 'done', label: 'Done', color: 'var(--ok)' },
  { key: 'inprogress', label: 'In progress', color: 'var(--accent)' },
  { key: 'todo', label: 'To do', color: 'var(--muted)' },
];

export function cumulativeFlowSummary(days: readonly FlowDay[], unit: Unit): string {
  const first = days[0];
  const last = days.at(-1) as FlowDay;
  const counts = (d: FlowDay) => `${formatNumber(d.todo)} to do, ${formatNumber(d.inprogress)} in progress, ${formatNumber(d.done)} done`;
  return `${unit === 'points' ? 'Points' : 'Items'} by status over ${days.length} days. ${shortDate(first.date)}: ${counts(first)}. ${shortDate(last.date)}: ${counts(last)}.`;
}

/** Stacked areas of work per status category per day: widening bands show queues growing. */
export function CumulativeFlowChart({ days, unit = 'items', width, height, title = 'Cumulative flow' }: ChartSize & { days: readonly FlowDay[]; unit?: Unit; title?: string }) {
  if (days.length === 0) return <EmptyChart width={width} height={height} title={title} message="No days to show yet" />;
  const inner = innerSize({ width, height });
  const x = scaleLinear().domain([0, Math.max(1, days.length - 1)]).range([0, inner.width]);
  const top = Math.max(1, ...days.map((d) => d.todo + d.inprogress + d.done));
  const y = scaleLinear().domain([0, top]).range([inner.height, 0]).nice();
  const stacked = stack<FlowDay, StatusCategory>().keys(layers.map((l) => l.key))(days as FlowDay[]);
  const shape = area<SeriesPoint<FlowDay>>()
    .x((_, i) => x(i))
    .y0((d) => y(d[0]))
    .y1((d) => y(d[1]));
  const ticks = thinLabels(days.map((d, i) => ({ at: x(i), label: shortDate(d.date) })), 8);

  return (
    <ChartFrame width={width} height={height} title={title} summary={cumulativeFlowSummary(days, unit)}>
      <g transform={`translate(${defaultMargins.left},${defaultMargins.top})`}>
        <AxisLeft ticks={y.ticks(5).map((v) => ({ at: y(v), label: formatNumber(v) }))} width={inner.width} label={unit} />
        <AxisBottom ticks={ticks} y={inner.height} width={inner.width} />
        {stacked.map((series, i) => (
          <path key={series.key} className={`layer layer-${series.key}`} d={shape(series) ?? undefined} fill={layers[i].color} fillOpacity={0.75} stroke={layers[i].color}>
            <title>{layers[i].label}</title>
          </path>
        ))}
        <Legend entries={layers.map((l) => ({ label: l.label, color: l.color }))} width={inner.width} />
      </g>
    </ChartFrame>
  );
}
