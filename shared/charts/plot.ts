import { scaleLinear, type ScaleLinear } from 'd3-scale';

/** A chart's size in pixels and the room its axes take at each side. */
export interface ChartBox {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** Where the data is drawn. Layouts give every position in the chart's own pixels (the margins included), so an SVG string and a React tree place them as they are. */
export interface Plot {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A tick as data: its position along the axis and the value it stands for. */
export interface ValueTick {
  at: number;
  value: number;
}

/** A tick whose label the layout already knows (a sprint name, a day). */
export interface LabelTick {
  at: number;
  label: string;
}

/** The plotting area inside the margins; never negative, so tiny sizes still lay out. */
export const plotOf = ({ width, height, margin }: ChartBox): Plot => ({
  left: margin.left,
  top: margin.top,
  width: Math.max(0, width - margin.left - margin.right),
  height: Math.max(0, height - margin.top - margin.bottom),
});

/** A y axis from 0 (or `low`) to at least `high`, rounded to nice numbers, with its ticks. */
export function valueAxis(high: number, plot: Plot, tickCount: number, low = 0): { y: ScaleLinear<number, number>; ticks: ValueTick[] } {
  const y = scaleLinear()
    .domain([low, high === low ? low + 1 : high])
    .nice()
    .range([plot.top + plot.height, plot.top]);
  return { y, ticks: y.ticks(tickCount).map((value) => ({ at: y(value), value })) };
}
