import { scaleLinear } from 'd3-scale';
import { area, stack, type SeriesPoint } from 'd3-shape';
import { plotOf, valueAxis, type ChartBox, type Plot, type ValueTick } from './plot';

export interface StackedFlowLayout<K extends string> {
  plot: Plot;
  yTicks: ValueTick[];
  /** Each day's x, for the renderer to label (thinned) as dates. */
  dayX: number[];
  /** One closed area per key, first key at the bottom: its path and each day's top edge. */
  layers: { key: K; d: string; tops: number[] }[];
}

/**
 * Stacked areas of a count per key per day (the cumulative flow: done at the bottom, then in
 * progress, then to do), days evenly spaced, the y axis from zero to the highest daily total.
 */
export function stackedFlowLayout<K extends string>(days: readonly Record<K, number>[], keys: readonly K[], box: ChartBox): StackedFlowLayout<K> {
  const plot = plotOf(box);
  const x = scaleLinear()
    .domain([0, Math.max(1, days.length - 1)])
    .range([plot.left, plot.left + plot.width]);
  const total = (day: Record<K, number>) => keys.reduce((sum, key) => sum + day[key], 0);
  const { y, ticks } = valueAxis(Math.max(1, ...days.map(total)), plot, 5);
  const stacked = stack<Record<K, number>, K>().keys(keys)(days as Record<K, number>[]);
  const shape = area<SeriesPoint<Record<K, number>>>()
    .x((_, i) => x(i))
    .y0((p) => y(p[0]))
    .y1((p) => y(p[1]));
  return {
    plot,
    yTicks: ticks,
    dayX: days.map((_, i) => x(i)),
    layers: stacked.map((series) => ({ key: series.key as K, d: shape(series) ?? '', tops: series.map((p) => y(p[1])) })),
  };
}
