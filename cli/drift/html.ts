// `drift --html out.html`: one self-contained file (inline CSS and SVG, no script, no URL, its own
// CSP) with the verdict, the per-column table, what was not compared, and each column's histogram
// drawn from the same layout as the app's drift view (shared/monitoring/drift-histogram).
import { histogramLayout, histogramPercent, type DatasetDrift, type Histogram } from '@shared/monitoring';
import { escapeXml as esc } from '@shared/reports/escape';

export interface DriftHtmlInput {
  drift: DatasetDrift;
  histograms: Record<string, Histogram>;
  referenceName: string;
  currentName: string;
  /** The moment of the run (ISO), printed in the header. */
  generatedAt: string;
}

const REFERENCE = '#3b6fd4';
const CURRENT = '#c8403a';

function histogramSvg(column: string, histogram: Histogram): string {
  const layout = histogramLayout(column, histogram);
  const { margin: m, innerWidth: w, innerHeight: h } = layout;
  const grid = layout.gridLines
    .map((line) => `<line x1="0" x2="${w}" y1="${line.y}" y2="${line.y}" stroke="#d9e2ec"/><text x="-4" y="${line.y + 3}" text-anchor="end" fill="#627d98">${esc(line.label)}</text>`)
    .join('');
  const bars = layout.bars
    .map((bar, i) => {
      const rect = (r: typeof bar.reference, fill: string, opacity: number, title: string) =>
        `<rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" fill="${fill}" fill-opacity="${opacity}"><title>${esc(title)}</title></rect>`;
      const tick = bar.tick === null ? '' : `<text transform="translate(${bar.tickX},${h + 8}) rotate(35)" fill="#627d98">${esc(bar.tick)}</text>`;
      return (
        rect(bar.reference, REFERENCE, 0.45, `${bar.label}: reference ${histogramPercent(histogram.reference[i])}`) +
        rect(bar.current, CURRENT, 0.6, `${bar.label}: current ${histogramPercent(histogram.current[i])}`) +
        tick
      );
    })
    .join('');
  return `<svg role="img" aria-label="${esc(layout.ariaLabel)}" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-size="10"><g transform="translate(${m.left},${m.top})">${grid}${bars}<line x1="0" x2="${w}" y1="${h}" y2="${h}" stroke="#627d98"/></g></svg>`;
}

const score = (x: number) => (x === 0 || (Math.abs(x) >= 1e-4 && Math.abs(x) < 1e6) ? x.toFixed(6) : x.toExponential(5));
const list = (names: string[]) => names.map((name) => `<code>${esc(name)}</code>`).join(', ');

export function renderDriftHtml({ drift, histograms, referenceName, currentName, generatedAt }: DriftHtmlInput): string {
  const drifted = drift.columns.filter((c) => c.drift).length;
  const rows = drift.columns
    .map((c) => `<tr${c.drift ? ' class="drift"' : ''}><th scope="row"><a href="#col-${encodeURIComponent(c.column)}">${esc(c.column)}</a></th><td>${c.type}</td><td>${c.method}</td><td>${score(c.score)}</td><td>${c.threshold}</td><td>${c.drift ? 'drift' : 'no'}</td><td>${c.nReference}</td><td>${c.nCurrent}</td></tr>`)
    .join('\n');
  const notes: string[] = [];
  if (drift.datetimeColumns.length) notes.push(`<p>Date/time columns, left out of the drift share (as Evidently does): ${list(drift.datetimeColumns)}.</p>`);
  if (drift.schema.onlyInReference.length) notes.push(`<p>Only in the reference file: ${list(drift.schema.onlyInReference)}.</p>`);
  if (drift.schema.onlyInCurrent.length) notes.push(`<p>Only in the current file: ${list(drift.schema.onlyInCurrent)}.</p>`);
  const figures = drift.columns
    .filter((c) => histograms[c.column])
    .map((c) => `<figure id="col-${esc(encodeURIComponent(c.column))}"><figcaption><strong>${esc(c.column)}</strong> · ${c.method} ${score(c.score)} · ${c.drift ? 'drift' : 'no drift'}</figcaption>${histogramSvg(c.column, histograms[c.column])}</figure>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Data drift: ${esc(referenceName)} → ${esc(currentName)}</title>
<style>
body { font: 14px/1.45 system-ui, sans-serif; color: #102a43; margin: 24px auto; max-width: 1060px; padding: 0 16px; }
h1 { font-size: 22px; margin: 0 0 4px; } .muted { color: #486581; }
.verdict { padding: 10px 14px; border-radius: 6px; background: #e3f8e8; border: 1px solid #8fd19e; }
.verdict.drift { background: #fde8e7; border-color: #e8a39f; }
table { border-collapse: collapse; margin: 16px 0; width: 100%; } th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #d9e2ec; }
tr.drift td:nth-child(6) { color: #a52a24; font-weight: 600; }
.legend span { display: inline-block; width: 12px; height: 12px; margin: 0 4px 0 12px; vertical-align: -1px; }
.figures { display: flex; flex-wrap: wrap; gap: 12px; } figure { margin: 0; border: 1px solid #d9e2ec; border-radius: 6px; padding: 8px; break-inside: avoid; }
a { color: #1f4fa8; }
</style>
</head>
<body>
<h1>Data drift</h1>
<p class="muted">Reference <code>${esc(referenceName)}</code> against current <code>${esc(currentName)}</code> · ${esc(generatedAt)} · Evidently's default tests</p>
<p class="verdict${drift.datasetDrift ? ' drift' : ''}"><strong>${drift.datasetDrift ? 'Dataset drift' : 'No dataset drift'}</strong>: ${drifted} of ${drift.columns.length} column${drift.columns.length === 1 ? '' : 's'} drifted (share ${drift.driftShare.toFixed(4)}).</p>
${notes.join('\n')}
<table>
<thead><tr><th scope="col">Column</th><th scope="col">Type</th><th scope="col">Method</th><th scope="col">Score</th><th scope="col">Threshold</th><th scope="col">Drift</th><th scope="col">n ref</th><th scope="col">n cur</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p class="legend">Shares per bin:<span style="background:${REFERENCE};opacity:.6"></span>Reference<span style="background:${CURRENT};opacity:.7"></span>Current</p>
<div class="figures">
${figures}
</div>
</body>
</html>
`;
}
