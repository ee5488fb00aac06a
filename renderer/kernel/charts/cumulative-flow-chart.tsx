import type { FlowDay, Unit } from '@shared/agile';
import type { StatusCategory } from '@shared/domain';
import { AxisBottom, AxisLeft, formatNumber, Legend } from './axes';
import { ChartFrame, defaultMargins, EmptyChart, type ChartSize } from './chart-frame';
import { stackedFlowLayout, thinLabels } from '@shared/charts';
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
  const layout = stackedFlowLayout(days, layers.map((l) => l.key), { width, height, margin: defaultMargins });
  const { plot } = layout;
  const ticks = thinLabels(days.map((d, i) => ({ at: layout.dayX[i] - plot.left, label: shortDate(d.date) })), 8);

  return (
    <ChartFrame width={width} height={height} title={title} summary={cumulativeFlowSummary(days, unit)}>
      <g transform={`translate(${plot.left},${plot.top})`}>
        <AxisLeft ticks={layout.yTicks.map((t) => ({ at: t.at - plot.top, label: formatNumber(t.value) }))} width={plot.width} label={unit} />
        <AxisBottom ticks={ticks} y={plot.height} width={plot.width} />
        <Legend entries={layers.map((l) => ({ label: l.label, color: l.color }))} width={plot.width} />
      </g>
      {layout.layers.map((laid, i) => (
        <path key={laid.key} className={`layer layer-${laid.key}`} d={laid.d} fill={layers[i].color} fillOpacity={0.75} stroke={layers[i].color}>
          <title>{layers[i].label}</title>
        </path>
      ))}
    </ChartFrame>
  );
}
