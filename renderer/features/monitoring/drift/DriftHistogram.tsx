import { histogramLayout, histogramPercent as pct, type Histogram } from '@shared/monitoring';

/** Reference and current shares per bin, overlaid (the layout is shared with the CLI's HTML report); the numbers are also in a table for screen readers. */
export function DriftHistogram({ column, histogram }: { column: string; histogram: Histogram }) {
  const layout = histogramLayout(column, histogram);
  const { width: W, height: H, margin: M, innerWidth: innerW, innerHeight: innerH } = layout;
  return (
    <figure className="histogram-figure" style={{ margin: 0 }}>
      <svg role="img" aria-label={layout.ariaLabel} width={W} height={H} viewBox={`0 0 ${W} ${H}`} style={{ fontSize: 10 }}>
        <g transform={`translate(${M.left},${M.top})`}>
          {layout.gridLines.map((line) => (
            <g key={line.label}>
              <line x1={0} x2={innerW} y1={line.y} y2={line.y} stroke="var(--border)" />
              <text x={-4} y={line.y + 3} textAnchor="end" fill="var(--muted)">
                {line.label}
              </text>
            </g>
          ))}
          {layout.bars.map((bar, i) => (
            <g key={i}>
              <rect className="bar-reference" {...bar.reference} fill="var(--accent)" fillOpacity={0.45}>
                <title>{`${bar.label}: reference ${pct(histogram.reference[i])}`}</title>
              </rect>
              <rect className="bar-current" {...bar.current} fill="var(--danger)" fillOpacity={0.6}>
                <title>{`${bar.label}: current ${pct(histogram.current[i])}`}</title>
              </rect>
              {bar.tick !== null && (
                <text transform={`translate(${bar.tickX},${innerH + 8}) rotate(35)`} fill="var(--muted)">
                  {bar.tick}
                </text>
              )}
            </g>
          ))}
          <line x1={0} x2={innerW} y1={innerH} y2={innerH} stroke="var(--muted)" />
        </g>
      </svg>
      <figcaption className="histogram-legend">
        <span>
          <span className="swatch" style={{ background: 'var(--accent)', opacity: 0.6 }} />
          Reference
        </span>
        <span>
          <span className="swatch" style={{ background: 'var(--danger)', opacity: 0.7 }} />
          Current
        </span>
      </figcaption>
      <table className="sr-only">
        <caption>Shares of {column} per bin</caption>
        <thead>
          <tr>
            <th scope="col">Bin</th>
            <th scope="col">Reference</th>
            <th scope="col">Current</th>
          </tr>
        </thead>
        <tbody>
          {histogram.labels.map((label, i) => (
            <tr key={i}>
              <th scope="row">{label}</th>
              <td>{pct(histogram.reference[i])}</td>
              <td>{pct(histogram.current[i])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
