import { scalePoint } from 'd3-scale';
import { curveLinear, curveStepAfter, line } from 'd3-shape';
import { plotOf, valueAxis, type ChartBox, type LabelTick, type Plot, type ValueTick } from './plot';

export interface LineInput {
  id: string;
  /** One value per day of the chart; null leaves a gap (a day still to come). */
  values: readonly (number | null)[];
  /** 'step' holds a value until the next day's (scope, which changes at a moment, not gradually). */
  curve?: 'linear' | 'step';
}

export interface SprintLinesInput {
  /** How many days (points) the x axis holds. */
  count: number;
  lines: readonly LineInput[];
  /** The days to label, by index: the caller thins them so they never overlap. */
  labels: readonly { index: number; label: string }[];
  /** Points to mark on the chart (scope changes), by day index and value. */
  markers?: readonly { index: number; value: number; label: string }[];
}

export interface LaidLine {
  id: string;
  /** SVG path data; gaps where a value is missing. */
  d: string;
  /** Every drawn vertex. */
  points: { x: number; y: number }[];
  /** Vertices with no drawn neighbour: a line cannot show them, so renderers give them a dot. */
  isolated: { x: number; y: number }[];
}

export interface SprintLinesLayout {
  plot: Plot;
  yTicks: ValueTick[];
  xTicks: LabelTick[];
  lines: LaidLine[];
  markers: { x: number; y: number; label: string }[];
}

/**
 * Day-by-day lines of a sprint (burndown: ideal, scope, remaining; burnup: ideal, scope,
 * completed): days evenly spaced across the width, the y axis from zero to the highest value.
 */
export function sprintLinesLayout(input: SprintLinesInput, box: ChartBox): SprintLinesLayout {
  const plot = plotOf(box);
  const days = scalePoint<number>()
    .domain(Array.from({ length: input.count }, (_, i) => i))
    .range([plot.left, plot.left + plot.width]);
  const x = (i: number) => days(i) ?? plot.left;
  const values = input.lines.flatMap((l) => l.values.filter((v): v is number => v !== null));
  const { y, ticks } = valueAxis(Math.max(1, ...values), plot, 5);
  const lines = input.lines.map((l) => {
    const at = (i: number) => ({ x: x(i), y: y(l.values[i] ?? 0) });
    const drawn = l.values.flatMap((v, i) => (v === null ? [] : [at(i)]));
    const d =
      line<number | null>()
        .defined((v) => v !== null)
        .x((_, i) => x(i))
        .y((v) => y(v ?? 0))
        .curve(l.curve === 'step' ? curveStepAfter : curveLinear)(l.values as (number | null)[]) ?? '';
    const isolated = l.values.flatMap((v, i) => (v !== null && (l.values[i - 1] ?? null) === null && (l.values[i + 1] ?? null) === null ? [at(i)] : []));
    return { id: l.id, d, points: drawn, isolated };
  });
  return {
    plot,
    yTicks: ticks,
    xTicks: input.labels.map((t) => ({ at: x(t.index), label: t.label })),
    lines,
    markers: (input.markers ?? []).map((m) => ({ x: x(m.index), y: y(m.value), label: m.label })),
  };
}

/** At most `max` evenly spaced entries, the first and the last kept, so labels never overlap. */
export function thinLabels<T>(values: readonly T[], max: number): T[] {
  if (values.length <= max) return [...values];
  const step = Math.ceil((values.length - 1) / Math.max(1, max - 1));
  const kept = values.filter((_, i) => i % step === 0);
  if (kept.at(-1) !== values.at(-1)) kept.push(values.at(-1) as T);
  return kept;
}
