import { scaleBand, scaleLinear } from 'd3-scale';
import { averageVelocity, type SprintVelocity } from '@shared/agile';
import { AxisBottom, AxisLeft, formatNumber, Legend } from './axes';
import { ChartFrame, defaultMargins, EmptyChart, innerSize, type ChartSize } from './chart-frame';

const bars = [
  { key: 'committed', label: 'Committed', color: 'var(--muted)' },
  { key: 'completed', label: 'Completed', color: 'var(--accent)' },
] as const;

export function velocitySummary(sprints: readonly SprintVelocity[]): string {
  const each = sprints.map((s) => `${s.name} committed ${formatNumber(s.committed)}, completed ${formatNumber(s.completed)}`);
  const average = averageVelocity(sprints, 3);
  const recent = Math.min(3, sprints.length);
  return `${each.join('; ')}. Average completed over the last ${recent} sprint${recent === 1 ? '' : 's'}: ${formatNumber(average ?? 0)} points.`;
}

/** Committed vs completed points, one pair of bars per sprint, with the three-sprint average. */
export function VelocityChart({ sprints, width, height, title = 'Velocity' }: ChartSize & { sprints: readonly SprintVelocity[]; title?: string }) {
  if (sprints.length === 0) return <EmptyChart width={width} height={height} title={title} message="No completed sprints yet" />;
  const inner = innerSize({ width, height });
  const outer = scaleBand<string>().domain(sprints.map((s) => s.sprintId)).range([0, inner.width]).padding(0.25);
  const group = scaleBand<string>().domain(bars.map((b) => b.key)).range([0, outer.bandwidth()]).padding(0.08);
  const top = Math.max(1, ...sprints.flatMap((s) => [s.committed, s.completed]));
  const y = scaleLinear().domain([0, top]).range([inner.height, 0]).nice();
  const average = averageVelocity(sprints, 3);
  const nameOf = new Map(sprints.map((s) => [s.sprintId, s.name]));

  return (
    <ChartFrame width={width} height={height} title={title} summary={velocitySummary(sprints)}>
      <g transform={`translate(${defaultMargins.left},${defaultMargins.top})`}>
        <AxisLeft ticks={y.ticks(5).map((v) => ({ at: y(v), label: formatNumber(v) }))} width={inner.width} label="points" />
        <AxisBottom
          ticks={outer.domain().map((id) => ({ at: (outer(id) ?? 0) + outer.bandwidth() / 2, label: nameOf.get(id) ?? id }))}
          y={inner.height}
          width={inner.width}
        />
        {sprints.map((s) => (
          <g key={s.sprintId} className="sprint" transform={`translate(${outer(s.sprintId) ?? 0},0)`}>
            {bars.map((bar) => (
              <rect
                key={bar.key}
                className={`bar bar-${bar.key}`}
                data-value={s[bar.key]}
                x={group(bar.key)}
                width={group.bandwidth()}
                y={y(s[bar.key])}
                height={inner.height - y(s[bar.key])}
                fill={bar.color}
              >
                <title>{`${s.name} ${bar.key}: ${formatNumber(s[bar.key])} points`}</title>
              </rect>
            ))}
          </g>
        ))}
        {average !== null ? (
          <g className="average">
            <line x1={0} x2={inner.width} y1={y(average)} y2={y(average)} stroke="var(--fg)" strokeDasharray="5 4" />
            <text x={inner.width} y={y(average) - 4} textAnchor="end" fill="var(--fg)">
              {`Average ${formatNumber(average)}`}
            </text>
          </g>
        ) : null}
        <Legend entries={bars.map((b) => ({ label: b.label, color: b.color }))} width={inner.width} />
      </g>
    </ChartFrame>
  );
}
