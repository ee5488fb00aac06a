// The overlaid reference/current histogram of one drift column: its bins (Evidently's, the rarest
// categories folded into "Other") and its drawing geometry. One layout for the app's chart and the
// CLI's HTML report, so both show the same picture.
import { binnedShares } from './binned-shares';

export interface Histogram {
  labels: string[];
  reference: number[];
  current: number[];
}

const MAX_CATEGORIES = 12;

function label(value: string | number): string {
  return typeof value === 'number' ? String(Number(value.toPrecision(4))) : value;
}

/** Shares per bin for the overlaid histogram: Evidently's bins, the rarest categories folded into "Other". */
export function histogramOf(reference: Parameters<typeof binnedShares>[0], current: Parameters<typeof binnedShares>[1]): Histogram {
  const shares = binnedShares(reference, current);
  if (shares.edges) {
    const edges = shares.edges;
    return {
      labels: Array.from({ length: edges.length - 1 }, (_, i) => `${label(edges[i])}–${label(edges[i + 1])}`),
      reference: Array.from(shares.reference),
      current: Array.from(shares.current),
    };
  }
  const order = shares.labels.map((_, i) => i).sort((a, b) => shares.reference[b] + shares.current[b] - (shares.reference[a] + shares.current[a]));
  const kept = order.slice(0, MAX_CATEGORIES);
  const rest = order.slice(MAX_CATEGORIES);
  const sum = (xs: Float64Array, idx: number[]) => idx.reduce((s, i) => s + xs[i], 0);
  const h: Histogram = {
    labels: kept.map((i) => label(shares.labels[i])),
    reference: kept.map((i) => shares.reference[i]),
    current: kept.map((i) => shares.current[i]),
  };
  if (rest.length) {
    h.labels.push(`Other (${rest.length})`);
    h.reference.push(sum(shares.reference, rest));
    h.current.push(sum(shares.current, rest));
  }
  return h;
}

export const histogramPercent = (x: number): string => `${(x * 100).toFixed(x < 0.1 ? 1 : 0)}%`;

export interface HistogramBar {
  label: string;
  /** The shortened label drawn under the axis, or null where labels are thinned out. */
  tick: string | null;
  tickX: number;
  reference: { x: number; y: number; width: number; height: number };
  current: { x: number; y: number; width: number; height: number };
}

export interface HistogramLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  innerWidth: number;
  innerHeight: number;
  /** Horizontal grid lines with their percentage labels. */
  gridLines: { y: number; label: string }[];
  bars: HistogramBar[];
  /** The chart in words, for its accessible name. */
  ariaLabel: string;
}

const WIDTH = 460;
const HEIGHT = 230;
const MARGIN = { top: 12, right: 40, bottom: 56, left: 40 };

/** Where every bar, grid line and label goes (coordinates inside the margin). */
export function histogramLayout(column: string, histogram: Histogram): HistogramLayout {
  const n = histogram.labels.length;
  const max = Math.max(0.0001, ...histogram.reference, ...histogram.current);
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right;
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const band = innerWidth / Math.max(1, n);
  const y = (share: number) => innerHeight - (share / max) * innerHeight;
  const biggest = histogram.labels
    .map((name, i) => ({ name, diff: histogram.current[i] - histogram.reference[i] }))
    .sort((a, b) => Math.abs(b.diff) - Math.abs(a.diff))[0];
  const summary = biggest ? `Largest change in ${biggest.name}: ${biggest.diff >= 0 ? '+' : ''}${(biggest.diff * 100).toFixed(1)} points.` : '';
  const labelEvery = Math.ceil(n / 10);
  return {
    width: WIDTH,
    height: HEIGHT,
    margin: MARGIN,
    innerWidth,
    innerHeight,
    gridLines: [0, max / 2, max].map((t) => ({ y: y(t), label: histogramPercent(t) })),
    bars: histogram.labels.map((name, i) => ({
      label: name,
      tick: i % labelEvery === 0 ? (name.length > 14 ? `${name.slice(0, 13)}…` : name) : null,
      tickX: i * band + band / 2,
      reference: { x: i * band + 1, width: Math.max(1, band - 2), y: y(histogram.reference[i]), height: innerHeight - y(histogram.reference[i]) },
      current: { x: i * band + band * 0.2, width: Math.max(1, band * 0.6), y: y(histogram.current[i]), height: innerHeight - y(histogram.current[i]) },
    })),
    ariaLabel: `Histogram of ${column}, reference against current, ${n} bins. ${summary}`,
  };
}
