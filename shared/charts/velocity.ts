import { scaleBand } from 'd3-scale';
import { plotOf, valueAxis, type ChartBox, type LabelTick, type Plot, type ValueTick } from './plot';

export interface VelocityInput {
  id: string;
  name: string;
  committed: number;
  completed: number;
}

export const velocityKeys = ['committed', 'completed'] as const;
export type VelocityKey = (typeof velocityKeys)[number];

export interface VelocityBar {
  key: VelocityKey;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface VelocityLayout {
  plot: Plot;
  yTicks: ValueTick[];
  /** One tick per sprint, under the middle of its pair of bars. */
  xTicks: LabelTick[];
  groups: { id: string; name: string; bars: VelocityBar[] }[];
  /** The average line, when the caller passes one. */
  average: { value: number; y: number } | null;
}

/**
 * Committed and completed bars per sprint: sprints share the width (a quarter of each slot is
 * gap), the two bars of a sprint sit side by side, and the y axis starts at zero.
 */
export function velocityLayout(sprints: readonly VelocityInput[], box: ChartBox, average: number | null = null): VelocityLayout {
  const plot = plotOf(box);
  const outer = scaleBand<string>().domain(sprints.map((s) => s.id)).range([plot.left, plot.left + plot.width]).padding(0.25);
  const inner = scaleBand<VelocityKey>().domain(velocityKeys).range([0, outer.bandwidth()]).padding(0.08);
  const { y, ticks } = valueAxis(Math.max(1, ...sprints.flatMap((s) => [s.committed, s.completed])), plot, 5);
  const groups = sprints.map((s) => {
    const x0 = outer(s.id) ?? 0;
    const bars = velocityKeys.map((key) => ({ key, value: s[key], x: x0 + (inner(key) ?? 0), y: y(s[key]), width: inner.bandwidth(), height: y(0) - y(s[key]) }));
    return { id: s.id, name: s.name, bars };
  });
  return {
    plot,
    yTicks: ticks,
    xTicks: sprints.map((s) => ({ at: (outer(s.id) ?? 0) + outer.bandwidth() / 2, label: s.name })),
    groups,
    average: average === null ? null : { value: average, y: y(average) },
  };
}
