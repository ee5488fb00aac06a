import { scaleLinear, scaleTime } from 'd3-scale';
import { curveLinear, curveStepAfter, line } from 'd3-shape';
import { format } from 'date-fns';
import { AxisBottom, AxisLeft, formatNumber, Legend } from './axes';
import { ChartFrame, defaultMargins, EmptyChart, innerSize, type ChartSize } from './chart-frame';

export interface LinePoint {
  x: number;
  /** null leaves a gap (no measurement, or a day still to come). */
  y: number | null;
}

export interface LineSeries {
  id: string;
  label: string;
  points: readonly LinePoint[];
  /** A CSS colour, normally a theme variable such as var(--accent). */
  color?: string;
  dashed?: boolean;
  curve?: 'linear' | 'step';
}

/** A shaded y-range, e.g. a monitor's acceptable band or an alert threshold. */
export interface ThresholdBand {
  from?: number;
  to?: number;
  label: string;
  tone?: 'ok' | 'danger';
}

export interface ChartMarker {
  x: number;
  y: number;
  label: string;
}

export interface LineChartProps extends ChartSize {
  title: string;
  series: readonly LineSeries[];
  /** 'time': x is epoch ms; 'linear': any number (step, index…). */
  xType?: 'time' | 'linear';
  formatX?: (x: number) => string;
  /** Explicit x ticks (e.g. sprint days); otherwise the scale picks them. */
  xTicks?: readonly { value: number; label: string }[];
  xLabel?: string;
  yLabel?: string;
  yDomain?: readonly [number, number];
  threshold?: ThresholdBand;
  markers?: readonly ChartMarker[];
  /** Start the y axis at zero (counts, points); false fits it to the data (metrics such as AUC). */
  zeroBased?: boolean;
  /** Replaces the generated summary when the caller can say it better. */
  summary?: string;
}

const palette = ['var(--accent)', 'var(--fg)', 'var(--ok)', 'var(--danger)', 'var(--muted)'];

export function describeSeries(series: readonly LineSeries[], threshold?: ThresholdBand): string {
  const parts = series.map((s) => {
    const values = s.points.flatMap((p) => (p.y === null ? [] : [p.y]));
    if (values.length === 0) return `${s.label}: no values`;
    return `${s.label}: latest ${formatNumber(values.at(-1) as number)} (min ${formatNumber(Math.min(...values))}, max ${formatNumber(Math.max(...values))}, ${values.length} points)`;
  });
  if (threshold) {
    const range = [threshold.from, threshold.to].map((v) => (v === undefined ? '…' : formatNumber(v))).join(' to ');
    parts.push(`${threshold.label}: ${range}`);
  }
  return `${parts.join('; ')}.`;
}

/** Points with no measured neighbour: a line cannot show them, so they get a dot. */
function isolatedPoints(points: readonly LinePoint[]): LinePoint[] {
  return points.filter((p, i) => p.y !== null && (points[i - 1]?.y ?? null) === null && (points[i + 1]?.y ?? null) === null);
}

/** Multiple series over a shared x axis, with an optional threshold band and event markers. */
export function LineChart(props: LineChartProps) {
  const { width, height, title, series, xType = 'linear', threshold, markers = [] } = props;
  const all = series.flatMap((s) => s.points);
  const ys = all.flatMap((p) => (p.y === null ? [] : [p.y]));
  if (all.length === 0 || ys.length === 0) return <EmptyChart width={width} height={height} title={title} message="No data yet" />;

  const inner = innerSize(props);
  const xs = all.map((p) => p.x);
  const xMin = Math.min(...xs);
  const xMax = Math.max(...xs);
  const bandValues = [threshold?.from, threshold?.to].filter((v): v is number => v !== undefined);
  const floor = props.zeroBased === false ? [] : [0];
  const [yLow, yHigh] = props.yDomain ?? [Math.min(...floor, ...ys, ...bandValues), Math.max(...ys, ...bandValues)];
  const y = scaleLinear().domain([yLow, yHigh === yLow ? yLow + 1 : yHigh]).range([inner.height, 0]).nice();
  const xDomain: [number, number] = xMin === xMax ? [xMin - 1, xMax + 1] : [xMin, xMax];
  const time = scaleTime().domain(xDomain.map((v) => new Date(v))).range([0, inner.width]);
  const linear = scaleLinear().domain(xDomain).range([0, inner.width]);
  const x = (value: number): number => (xType === 'time' ? time(new Date(value)) : linear(value));
  const formatX = props.formatX ?? ((value: number) => (xType === 'time' ? format(value, 'd MMM') : formatNumber(value)));
  // Steps and counts are whole numbers: no "step 0.5" ticks between them.
  const integerX = xs.every(Number.isInteger);
  const xTicks =
    props.xTicks?.map((tick) => ({ at: x(tick.value), label: tick.label })) ??
    (xType === 'time' ? time.ticks(6).map((d) => ({ at: time(d), label: formatX(d.getTime()) })) : linear.ticks(6).filter((v) => !integerX || Number.isInteger(v)).map((v) => ({ at: linear(v), label: formatX(v) })));
  const yTicks = y.ticks(5).map((v) => ({ at: y(v), label: formatNumber(v) }));

  const bandTop = y(threshold?.to ?? y.domain()[1]);
  const bandBottom = y(threshold?.from ?? y.domain()[0]);
  const colored = series.map((s, i) => ({ ...s, color: s.color ?? palette[i % palette.length] }));

  return (
    <ChartFrame width={width} height={height} title={title} summary={props.summary ?? describeSeries(series, threshold)}>
      <g transform={`translate(${defaultMargins.left},${defaultMargins.top})`}>
        {threshold ? (
          <g className="threshold">
            <rect
              x={0}
              width={inner.width}
              y={bandTop}
              height={Math.max(0, bandBottom - bandTop)}
              fill={threshold.tone === 'danger' ? 'var(--danger)' : 'var(--ok)'}
              fillOpacity={0.12}
            />
            <text x={inner.width - 4} y={bandTop + 12} textAnchor="end" fill="var(--muted)">
              {threshold.label}
            </text>
          </g>
        ) : null}
        <AxisLeft ticks={yTicks} width={inner.width} label={props.yLabel} />
        <AxisBottom ticks={xTicks} y={inner.height} width={inner.width} label={props.xLabel} />
        {colored.map((s) => {
          const path = line<LinePoint>()
            .defined((p) => p.y !== null)
            .x((p) => x(p.x))
            .y((p) => y(p.y ?? 0))
            .curve(s.curve === 'step' ? curveStepAfter : curveLinear)(s.points as LinePoint[]);
          return (
            <path
              key={s.id}
              className={`series series-${s.id}`}
              data-series={s.id}
              d={path ?? undefined}
              fill="none"
              stroke={s.color}
              strokeWidth={2}
              strokeDasharray={s.dashed ? '5 4' : undefined}
            >
              <title>{s.label}</title>
            </path>
          );
        })}
        {colored.flatMap((s) =>
          isolatedPoints(s.points).map((p) => (
            <circle key={`${s.id}:${p.x}`} className="point" cx={x(p.x)} cy={y(p.y ?? 0)} r={2.5} fill={s.color} />
          )),
        )}
        {markers.map((marker, i) => (
          <circle key={i} className="marker" cx={x(marker.x)} cy={y(marker.y)} r={4} fill="var(--danger)" stroke="var(--fg)" strokeWidth={0.5}>
            <title>{marker.label}</title>
          </circle>
        ))}
        <Legend entries={colored.map((s) => ({ label: s.label, color: s.color, dashed: s.dashed }))} width={inner.width} />
      </g>
    </ChartFrame>
  );
}
