export { LineChart, type LineChartProps, type LineSeries, type LinePoint, type ThresholdBand, type ChartMarker } from './line-chart';
export { BurndownChart } from './burndown-chart';
export { BurnupChart } from './burnup-chart';
export { VelocityChart } from './velocity-chart';
export { CumulativeFlowChart } from './cumulative-flow-chart';
export { ForecastChart } from './forecast-chart';
export { DotPlot, type Dot, type DotPlotProps } from './dot-plot';
export { ScatterChart, type ScatterPoint, type ScatterAxis, type ScatterChartProps } from './scatter-chart';
export { ParallelCoordinates, type ParallelAxis, type ParallelLine, type ParallelCoordinatesProps } from './parallel-coordinates';
