import type { SprintBurn } from '@shared/agile';
import { sprintLinesLayout, thinLabels, type LineInput } from '@shared/charts';
import { AxisBottom, AxisLeft, formatNumber, Legend } from './axes';
import { ChartFrame, defaultMargins, type ChartSize } from './chart-frame';
import { shortDate } from './chart-labels';
import { scopeMarkers } from './sprint-chart-parts';

export interface SprintLine extends LineInput {
  label: string;
  color: string;
  dashed?: boolean;
}

interface Props extends ChartSize {
  burn: SprintBurn;
  title: string;
  summary: string;
  lines: readonly SprintLine[];
}

/** A sprint's day-by-day lines (burndown or burnup) as laid out by shared/charts, with its scope changes marked. */
export function SprintLineChart({ burn, title, summary, lines, width, height }: Props) {
  const labels = thinLabels(
    burn.points.map((p) => ({ index: p.index, label: p.index === 0 ? 'Start' : shortDate(p.date) })),
    10,
  );
  const layout = sprintLinesLayout({ count: burn.points.length, lines, labels, markers: scopeMarkers(burn) }, { width, height, margin: defaultMargins });
  const { plot } = layout;
  return (
    <ChartFrame width={width} height={height} title={title} summary={summary}>
      <g transform={`translate(${plot.left},${plot.top})`}>
        <AxisLeft ticks={layout.yTicks.map((t) => ({ at: t.at - plot.top, label: formatNumber(t.value) }))} width={plot.width} label={burn.unit} />
        <AxisBottom ticks={layout.xTicks.map((t) => ({ at: t.at - plot.left, label: t.label }))} y={plot.height} width={plot.width} />
        <Legend entries={lines.map((l) => ({ label: l.label, color: l.color, dashed: l.dashed }))} width={plot.width} />
      </g>
      {layout.lines.map((laid, i) => (
        <path key={laid.id} className={`series series-${laid.id}`} data-series={laid.id} d={laid.d} fill="none" stroke={lines[i].color} strokeWidth={2} strokeDasharray={lines[i].dashed ? '5 4' : undefined}>
          <title>{lines[i].label}</title>
        </path>
      ))}
      {layout.lines.flatMap((laid, i) => laid.isolated.map((p) => <circle key={`${laid.id}:${p.x}`} className="point" cx={p.x} cy={p.y} r={2.5} fill={lines[i].color} />))}
      {layout.markers.map((marker, i) => (
        <circle key={i} className="marker" cx={marker.x} cy={marker.y} r={4} fill="var(--danger)" stroke="var(--fg)" strokeWidth={0.5}>
          <title>{marker.label}</title>
        </circle>
      ))}
    </ChartFrame>
  );
}
