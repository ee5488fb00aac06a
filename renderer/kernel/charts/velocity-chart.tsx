import { averageVelocity, type SprintVelocity } from '@shared/agile';
import { velocityLayout } from '@shared/charts';
import { AxisBottom, AxisLeft, formatNumber, Legend } from './axes';
import { ChartFrame, defaultMargins, EmptyChart, type ChartSize } from './chart-frame';

const bars = { committed: { label: 'Committed', color: 'var(--muted)' }, completed: { label: 'Completed', color: 'var(--accent)' } } as const;

export function velocitySummary(sprints: readonly SprintVelocity[]): string {
  const each = sprints.map((s) => `${s.name} committed ${formatNumber(s.committed)}, completed ${formatNumber(s.completed)}`);
  const average = averageVelocity(sprints, 3);
  const recent = Math.min(3, sprints.length);
  return `${each.join('; ')}. Average completed over the last ${recent} sprint${recent === 1 ? '' : 's'}: ${formatNumber(average ?? 0)} points.`;
}

/** Committed vs completed points, one pair of bars per sprint, with the three-sprint average (laid out by shared/charts). */
export function VelocityChart({ sprints, width, height, title = 'Velocity' }: ChartSize & { sprints: readonly SprintVelocity[]; title?: string }) {
  if (sprints.length === 0) return <EmptyChart width={width} height={height} title={title} message="No completed sprints yet" />;
  const layout = velocityLayout(
    sprints.map((s) => ({ id: s.sprintId, name: s.name, committed: s.committed, completed: s.completed })),
    { width, height, margin: defaultMargins },
    averageVelocity(sprints, 3),
  );
  const { plot, average } = layout;
  return (
    <ChartFrame width={width} height={height} title={title} summary={velocitySummary(sprints)}>
      <g transform={`translate(${plot.left},${plot.top})`}>
        <AxisLeft ticks={layout.yTicks.map((t) => ({ at: t.at - plot.top, label: formatNumber(t.value) }))} width={plot.width} label="points" />
        <AxisBottom ticks={layout.xTicks.map((t) => ({ at: t.at - plot.left, label: t.label }))} y={plot.height} width={plot.width} />
        <Legend entries={Object.values(bars).map((b) => ({ label: b.label, color: b.color }))} width={plot.width} />
      </g>
      {layout.groups.map((group) => (
        <g key={group.id} className="sprint">
          {group.bars.map((bar) => (
            <rect key={bar.key} className={`bar bar-${bar.key}`} data-value={bar.value} x={bar.x} width={bar.width} y={bar.y} height={bar.height} fill={bars[bar.key].color}>
              <title>{`${group.name} ${bar.key}: ${formatNumber(bar.value)} points`}</title>
            </rect>
          ))}
        </g>
      ))}
      {average ? (
        <g className="average">
          <line x1={plot.left} x2={plot.left + plot.width} y1={average.y} y2={average.y} stroke="var(--fg)" strokeDasharray="5 4" />
          <text x={plot.left + plot.width} y={average.y - 4} textAnchor="end" fill="var(--fg)">
            {`Average ${formatNumber(average.value)}`}
          </text>
        </g>
      ) : null}
    </ChartFrame>
  );
}
