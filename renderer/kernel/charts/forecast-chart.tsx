import { scaleLinear } from 'd3-scale';
import { addDays, format, parseISO } from 'date-fns';
import { dayOf } from '@shared/agile';
import type { Forecast, ForecastBin } from '@shared/agile';
import { AxisBottom, AxisLeft, formatNumber } from './axes';
import { ChartFrame, defaultMargins, EmptyChart, innerSize, type ChartSize } from './chart-frame';
import { shortDate } from './chart-labels';

type Ready = Extract<Forecast, { ok: true }>;

export interface HistogramBar {
  /** Days from the forecast start of the bar's first day. */
  fromDays: number;
  toDays: number;
  /** The latest completion date in the bar. */
  date: string;
  count: number;
}

/** Daily bars for a short spread; weekly bars beyond two months so the bars stay readable. */
export function histogramBars(distribution: readonly ForecastBin[]): HistogramBar[] {
  if (distribution.length === 0) return [];
  const first = distribution[0].days;
  const span = (distribution.at(-1) as ForecastBin).days - first;
  const width = span > 60 ? 7 : 1;
  const bars = new Map<number, HistogramBar>();
  for (const bin of distribution) {
    const slot = Math.floor((bin.days - first) / width);
    const bar = bars.get(slot);
    if (bar) {
      bar.count += bin.count;
      bar.date = bin.date;
    } else bars.set(slot, { fromDays: first + slot * width, toDays: first + (slot + 1) * width, date: bin.date, count: bin.count });
  }
  return [...bars.values()];
}

const longDate = (day: string) => format(parseISO(day), 'd MMM yyyy');

export function forecastSummary(forecast: Ready, unitLabel: string): string {
  return (
    `${forecast.runs} simulations for ${formatNumber(forecast.remaining)} ${unitLabel} remaining: ` +
    `50% finish by ${longDate(forecast.p50.date)}, 85% by ${longDate(forecast.p85.date)}, 95% by ${longDate(forecast.p95.date)}.` +
    (forecast.basis ? ` Based on ${forecast.basis.weeks} weeks of throughput history${forecast.basis.widened ? ', few enough that the spread was widened' : ''}.` : '')
  );
}

const percentiles = [
  { key: 'p50', label: 'P50', color: 'var(--ok)' },
  { key: 'p85', label: 'P85', color: 'var(--accent)' },
  { key: 'p95', label: 'P95', color: 'var(--danger)' },
] as const;

/** How many simulated runs finish on each date, with the 50/85/95% confidence dates marked. */
export function ForecastChart({
  forecast, width, height, title = 'Completion forecast', unitLabel = 'items',
}: ChartSize & { forecast: Forecast; title?: string; unitLabel?: string }) {
  if (!forecast.ok) return <EmptyChart width={width} height={height} title={title} message={`No forecast: ${forecast.reason}`} />;
  const inner = innerSize({ width, height });
  const bars = histogramBars(forecast.distribution);
  const low = bars[0]?.fromDays ?? 0;
  const high = Math.max(bars.at(-1)?.toDays ?? 1, forecast.p95.days + 1);
  const x = scaleLinear().domain([low, high]).range([0, inner.width]);
  const y = scaleLinear().domain([0, Math.max(1, ...bars.map((b) => b.count))]).range([inner.height, 0]).nice();
  const xTicks = x.ticks(6).map((days) => ({ at: x(days), label: shortDate(dayOf(addDays(parseISO(forecast.start), days))) }));

  return (
    <ChartFrame width={width} height={height} title={title} summary={forecastSummary(forecast, unitLabel)}>
      <g transform={`translate(${defaultMargins.left},${defaultMargins.top})`}>
        <AxisLeft ticks={y.ticks(4).map((v) => ({ at: y(v), label: formatNumber(v) }))} width={inner.width} label="simulated runs" />
        <AxisBottom ticks={xTicks} y={inner.height} width={inner.width} label="completion date" />
        {bars.map((bar) => (
          <rect
            key={bar.fromDays}
            className="bar"
            data-count={bar.count}
            x={x(bar.fromDays) + 0.5}
            width={Math.max(1, x(bar.toDays) - x(bar.fromDays) - 1)}
            y={y(bar.count)}
            height={inner.height - y(bar.count)}
            fill="var(--muted)"
          >
            <title>{`${bar.count} runs finish by ${longDate(bar.date)}`}</title>
          </rect>
        ))}
        {percentiles.map((p, i) => {
          const at = x(forecast[p.key].days + 0.5);
          return (
            <g key={p.key} className={`percentile percentile-${p.key}`}>
              <line x1={at} x2={at} y1={0} y2={inner.height} stroke={p.color} strokeWidth={2} strokeDasharray="4 3" />
              <text x={at + 3} y={10 + i * 13} fill="var(--fg)">{`${p.label} ${shortDate(forecast[p.key].date)}`}</text>
            </g>
          );
        })}
      </g>
    </ChartFrame>
  );
}
