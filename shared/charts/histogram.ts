import { scaleLinear } from 'd3-scale';
import { plotOf, valueAxis, type ChartBox, type Plot, type ValueTick } from './plot';

export interface HistogramInput {
  /** The x range in days (any day numbering: days from a start, days since the epoch). */
  domain: readonly [number, number];
  /** Each bar covers [from, to) days. */
  bars: readonly { from: number; to: number; count: number }[];
  /** Days to mark with a vertical line (the 50/85/95 % dates, a due date). */
  marks?: readonly number[];
  xTickCount: number;
  yTickCount: number;
}

export interface HistogramLayout {
  plot: Plot;
  /** Each bar's left and right edge and its top; the bottom is the plot's. */
  bars: { x0: number; x1: number; y: number; height: number; count: number }[];
  yTicks: ValueTick[];
  /** Day ticks (value = the day number) for the renderer to label as dates. */
  xTicks: ValueTick[];
  marks: { day: number; x: number }[];
}

/**
 * A count per span of days on a true time axis (gaps between dates read true): the Monte Carlo
 * forecast's finishing dates, in the app (daily or weekly bars) and in the report alike.
 */
export function histogramLayout(input: HistogramInput, box: ChartBox): HistogramLayout {
  const plot = plotOf(box);
  const x = scaleLinear()
    .domain([...input.domain])
    .range([plot.left, plot.left + plot.width]);
  const { y, ticks } = valueAxis(Math.max(1, ...input.bars.map((b) => b.count)), plot, input.yTickCount);
  return {
    plot,
    bars: input.bars.map((b) => ({ x0: x(b.from), x1: x(b.to), y: y(b.count), height: y(0) - y(b.count), count: b.count })),
    yTicks: ticks,
    xTicks: x.ticks(input.xTickCount).map((day) => ({ at: x(day), value: day })),
    marks: (input.marks ?? []).map((day) => ({ day, x: x(day) })),
  };
}
