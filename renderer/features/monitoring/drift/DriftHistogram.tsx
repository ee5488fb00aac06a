import type { Histogram } from './drift-job';

const W = 460;
const H = 230;
const M = { top: 12, right: 40, bottom: 56, left: 40 };

const pct = (x: number) => `${(x * 100).toFixed(x < 0.1 ? 1 : 0)}%`;

/** Reference and current shares per bin, overlaid; the numbers are also in a table for screen readers. */
export function DriftHistogram({ column, histogram }: { column: string; histogram: Histogram }) {
  const n = histogram.labels.length;
  const max = Math.max(0.0001, ...histogram.reference, ...histogram.current);
  const innerW = W - M.left - M.right;
  const innerH = H - M.top - M.bottom;
  const band = innerW / Math.max(1, n);
  const y = (share: number) => innerH - (share / max) * innerH;
  const biggest = histogram.labels
    .map((label, i) => ({ label, diff: histogram.current[i] - histogram.reference[i] }))
    .sort((a, b) => Math.abs(b.diff) - Math.abs(a.diff))[0];
  const summary = biggest ? `Largest change in ${biggest.label}: ${biggest.diff >= 0 ? '+' : ''}${(biggest.diff * 100).toFixed(1)} points.` : '';
  const labelEvery = Math.ceil(n / 10);
  const ticks = [0, max / 2, max];
  return (
    <figure className="histogram-figure" style={{ margin: 0 }}>
      <svg role="img" aria-label={`Histogram of ${column}, reference against current, ${n} bins. ${summary}`} width={W} height={H} viewBox={`0 0 ${W} ${H}`} style={{ fontSize: 10 }}>
        <g transform={`translate(${M.left},${M.top})`}>
          {ticks.map((t) => (
            <g key={t}>
              <line x1={0} x2={innerW} y1={y(t)} y2={y(t)} stroke="var(--border)" />
              <text x={-4} y={y(t) + 3} textAnchor="end" fill="var(--muted)">
                {pct(t)}
              </text>
            </g>
          ))}
          {histogram.labels.map((label, i) => (
            <g key={i}>
              <rect className="bar-reference" x={i * band + 1} width={Math.max(1, band - 2)} y={y(histogram.reference[i])} height={innerH - y(histogram.reference[i])} fill="var(--accent)" fillOpacity={0.45}>
                <title>{`${label}: reference ${pct(histogram.reference[i])}`}</title>
              </rect>
              <rect className="bar-current" x={i * band + band * 0.2} width={Math.max(1, band * 0.6)} y={y(histogram.current[i])} height={innerH - y(histogram.current[i])} fill="var(--danger)" fillOpacity={0.6}>
                <title>{`${label}: current ${pct(histogram.current[i])}`}</title>
              </rect>
              {i % labelEvery === 0 && (
                <text transform={`translate(${i * band + band / 2},${innerH + 8}) rotate(35)`} fill="var(--muted)">
                  {label.length > 14 ? `${label.slice(0, 13)}…` : label}
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
