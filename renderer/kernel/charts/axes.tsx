export interface Tick {
  /** Pixel position along the axis. */
  at: number;
  label: string;
}

const tickStyle = { stroke: 'var(--muted)', strokeWidth: 1 } as const;

/** A horizontal axis at the bottom of the plot, with readable tick labels. */
export function AxisBottom({ ticks, y, width, label }: { ticks: Tick[]; y: number; width: number; label?: string }) {
  return (
    <g className="axis axis-x" transform={`translate(0,${y})`}>
      <line x1={0} x2={width} {...tickStyle} />
      {ticks.map((tick) => (
        <g key={`${tick.at}:${tick.label}`} className="tick" transform={`translate(${tick.at},0)`}>
          <line y2={5} {...tickStyle} />
          <text y={16} textAnchor="middle" fill="var(--fg)">
            {tick.label}
          </text>
        </g>
      ))}
      {label ? (
        <text x={width} y={30} textAnchor="end" fill="var(--muted)">
          {label}
        </text>
      ) : null}
    </g>
  );
}

/** A vertical axis on the left with light grid lines across the plot. */
export function AxisLeft({ ticks, width, label }: { ticks: Tick[]; width: number; label?: string }) {
  return (
    <g className="axis axis-y">
      {ticks.map((tick) => (
        <g key={`${tick.at}:${tick.label}`} className="tick" transform={`translate(0,${tick.at})`}>
          <line x2={width} stroke="var(--muted)" strokeOpacity={0.25} />
          <line x1={-5} {...tickStyle} />
          <text x={-8} dy="0.32em" textAnchor="end" fill="var(--fg)">
            {tick.label}
          </text>
        </g>
      ))}
      {label ? (
        <text transform="rotate(-90)" x={0} y={-34} textAnchor="end" fill="var(--muted)">
          {label}
        </text>
      ) : null}
    </g>
  );
}

export interface LegendEntry {
  label: string;
  color: string;
  dashed?: boolean;
}

/** A one-row legend above the plot: colour alone is never the only cue, so each entry is named. */
export function Legend({ entries, width }: { entries: LegendEntry[]; width: number }) {
  const step = entries.length > 0 ? width / entries.length : 0;
  return (
    <g className="legend" transform="translate(0,-6)">
      {entries.map((entry, i) => (
        <g key={entry.label} transform={`translate(${i * step},0)`}>
          <line x2={14} stroke={entry.color} strokeWidth={2} strokeDasharray={entry.dashed ? '4 3' : undefined} />
          <text x={18} dy="0.32em" fill="var(--fg)">
            {entry.label}
          </text>
        </g>
      ))}
    </g>
  );
}

/** Numbers for labels: integers stay integers, fractions keep about three significant digits. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const size = Math.abs(value);
  return String(Number(value.toFixed(size >= 10 ? 1 : size >= 1 ? 2 : 3)));
}
