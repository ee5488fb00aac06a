import { histogramLayout } from '@shared/charts';
import { addDays, format, parseISO } from 'date-fns';
import { dayOf } from '@shared/agile';
import type { Forecast, ForecastBin } from '@shared/agile';
import { AxisBottom, AxisLeft, formatNumber } from './axes';
import { ChartFrame, defaultMargins, EmptyChart, type ChartSize } from './chart-frame';
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
  const bars = histogramBars(forecast.distribution);
  const layout = histogramLayout(
    {
      domain: [bars[0]?.fromDays ?? 0, Math.max(bars.at(-1)?.toDays ?? 1, forecast.p95.days + 1)],
      bars: bars.map((b) => ({ from: b.fromDays, to: b.toDays, count: b.count })),
      // A percentile's line stands in the middle of its day.
      marks: percentiles.map((p) => forecast[p.key].days + 0.5),
      xTickCount: 6,
      yTickCount: 4,
    },
    { width, height, margin: defaultMargins },
  );
  const { plot } = layout;
  const xTicks = layout.xTicks.map((t) => ({ at: t.at - plot.left, label: shortDate(dayOf(addDays(parseISO(forecast.start), t.value))) }));

  return (
    <ChartFrame width={width} height={height} title={title} summary={forecastSummary(forecast, unitLabel)}>
      <g transform={`translate(${plot.left},${plot.top})`}>
        <AxisLeft ticks={layout.yTicks.map((t) => ({ at: t.at - plot.top, label: formatNumber(t.value) }))} width={plot.width} label="simulated runs" />
        <AxisBottom ticks={xTicks} y={plot.height} width={plot.width} label="completion date" />
      </g>
      {layout.bars.map((bar, i) => (
        <rect key={bars[i].fromDays} className="bar" data-count={bar.count} x={bar.x0 + 0.5} width={Math.max(1, bar.x1 - bar.x0 - 1)} y={bar.y} height={bar.height} fill="var(--muted)">
          <title>{`${bar.count} runs finish by ${longDate(bars[i].date)}`}</title>
        </rect>
      ))}
      {percentiles.map((p, i) => {
        const at = layout.marks[i].x;
        return (
          <g key={p.key} className={`percentile percentile-${p.key}`}>
            <line x1={at} x2={at} y1={plot.top} y2={plot.top + plot.height} stroke={p.color} strokeWidth={2} strokeDasharray="4 3" />
            <text x={at + 3} y={plot.top + 10 + i * 13} fill="var(--fg)">{`${p.label} ${shortDate(forecast[p.key].date)}`}</text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
