import { AxisBottom, AxisLeft } from './axes';
import { ChartFrame, defaultMargins, EmptyChart, innerSize, type ChartSize } from './chart-frame';
import { valueScale, type ValueAxis } from './value-scale';

export type ScatterAxis = ValueAxis;

export interface ScatterPoint {
  label: string;
  x: number | string | null;
  y: number | null;
  color?: string;
}

export interface ScatterChartProps extends ChartSize {
  title: string;
  x: ScatterAxis;
  y: ScatterAxis;
  points: readonly ScatterPoint[];
  summary: string;
}

/** One dot per observation over two axes (numbers or categories); points missing either value are left out. */
export function ScatterChart(props: ScatterChartProps) {
  const inner = innerSize(props);
  const x = valueScale(props.x, 0, inner.width);
  const y = valueScale(props.y, inner.height, 0);
  const placed = props.points.flatMap((p) => {
    const px = x.at(p.x);
    const py = y.at(p.y);
    return px === null || py === null ? [] : [{ ...p, px, py }];
  });
  if (placed.length === 0) return <EmptyChart width={props.width} height={props.height} title={props.title} message="No run has both values" />;
  return (
    <ChartFrame width={props.width} height={props.height} title={props.title} summary={props.summary} className="scatter-chart">
      <g transform={`translate(${defaultMargins.left},${defaultMargins.top})`}>
        <AxisLeft ticks={y.ticks} width={inner.width} label={props.y.label} />
        <AxisBottom ticks={x.ticks} y={inner.height} width={inner.width} label={props.x.label} />
        {placed.map((p, i) => (
          <circle key={`${p.label}:${i}`} className="scatter-point" cx={p.px} cy={p.py} r={6} fill={p.color ?? 'var(--accent)'} fillOpacity={0.85} stroke="var(--bg)">
            <title>{p.label}</title>
          </circle>
        ))}
      </g>
    </ChartFrame>
  );
}
