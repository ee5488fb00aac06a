import { AxisLeft } from './axes';
import { ChartFrame, EmptyChart, type ChartSize } from './chart-frame';
import { valueScale, type ValueAxis } from './value-scale';

export type ParallelAxis = ValueAxis;

export interface ParallelLine {
  label: string;
  /** One value per axis; null (not logged) breaks the line there. */
  values: readonly (number | string | null)[];
  color?: string;
  dashed?: boolean;
}

export interface ParallelCoordinatesProps extends ChartSize {
  title: string;
  axes: readonly ParallelAxis[];
  lines: readonly ParallelLine[];
  summary: string;
}

const margins = { top: 28, right: 40, bottom: 16, left: 84 };

/** One vertical axis per dimension and one polyline per observation across them (e.g. params → metric). */
export function ParallelCoordinates(props: ParallelCoordinatesProps) {
  const { width, height, axes, lines } = props;
  if (axes.length < 2 || lines.length === 0) return <EmptyChart width={width} height={height} title={props.title} message="Needs at least one param that differs" />;
  const plotHeight = Math.max(0, height - margins.top - margins.bottom);
  const gap = (width - margins.left - margins.right) / (axes.length - 1);
  const scales = axes.map((axis) => valueScale(axis, plotHeight, 0));
  return (
    <ChartFrame width={width} height={height} title={props.title} summary={props.summary} className="parallel-coordinates">
      <g transform={`translate(${margins.left},${margins.top})`}>
        {lines.map((line, i) => {
          const segments: string[] = [];
          let pen = 'M';
          line.values.forEach((value, k) => {
            const y = scales[k]?.at(value) ?? null;
            if (y === null) {
              pen = 'M';
              return;
            }
            segments.push(`${pen}${k * gap},${y}`);
            pen = 'L';
          });
          return (
            <path key={`${line.label}:${i}`} className="parallel-line" d={segments.join('')} fill="none" stroke={line.color ?? 'var(--accent)'} strokeWidth={2} strokeOpacity={0.85} strokeDasharray={line.dashed ? '5 4' : undefined}>
              <title>{line.label}</title>
            </path>
          );
        })}
        {axes.map((axis, k) => (
          <g key={axis.label} className="parallel-axis" transform={`translate(${k * gap},0)`}>
            <line y2={plotHeight} stroke="var(--fg)" strokeWidth={1} />
            <AxisLeft ticks={scales[k].ticks} width={0} />
            <text y={-12} textAnchor="middle" fill="var(--fg)" fontWeight={k === axes.length - 1 ? 700 : 400}>
              {axis.label}
            </text>
          </g>
        ))}
      </g>
    </ChartFrame>
  );
}
