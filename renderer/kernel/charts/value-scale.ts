import { scaleLinear, scalePoint } from 'd3-scale';
import { formatNumber, type Tick } from './axes';

/** An axis that holds numbers (linear) or labels (evenly spaced points), e.g. a learning rate or an optimizer. */
export type ValueAxis = { label: string; kind: 'number'; min: number; max: number } | { label: string; kind: 'category'; categories: readonly string[] };

export interface ValueScale {
  /** Pixel position of a value, or null when the value does not fit the axis (not logged, wrong kind). */
  at(value: number | string | null): number | null;
  ticks: Tick[];
}

/** A scale over [from, to] pixels for one value axis. */
export function valueScale(axis: ValueAxis, from: number, to: number): ValueScale {
  if (axis.kind === 'category') {
    const point = scalePoint<string>().domain([...axis.categories]).range([from, to]).padding(0.5);
    return {
      at: (value) => (typeof value === 'string' && axis.categories.includes(value) ? (point(value) ?? null) : null),
      ticks: axis.categories.map((c) => ({ at: point(c) ?? 0, label: c.length > 14 ? `${c.slice(0, 13)}…` : c })),
    };
  }
  const span = axis.max - axis.min;
  const pad = span === 0 ? Math.abs(axis.max) * 0.1 || 1 : 0;
  const linear = scaleLinear().domain([axis.min - pad, axis.max + pad]).range([from, to]).nice();
  return {
    at: (value) => (typeof value === 'number' && Number.isFinite(value) ? linear(value) : null),
    ticks: linear.ticks(5).map((v) => ({ at: linear(v), label: formatNumber(v) })),
  };
}
