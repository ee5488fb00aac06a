import { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { riskBands, scoreBand, bandOf } from '../risks/scoring';
import { escapeXml as esc, fmtNumber } from './escape';
import type { ReportModel } from './model';
import { forecastBasis } from './sections';

/**
 * The report's charts as standalone SVG strings: vectors that print crisply, inline into the
 * HTML file and save as .svg beside a Markdown file. Colours are fixed (a report is paper, not
 * the app's theme) and meet AA contrast on white; every chart has a <title> and a <desc>.
 */
export interface ChartSvg {
  id: 'burndown' | 'velocity' | 'forecast' | 'heatmap';
  caption: string;
  svg: string;
}

const W = 640;
const H = 260;
const M = { top: 16, right: 16, bottom: 44, left: 58 };
const INK = '#1f2933';
const MUTED = '#52606d';
const GRID = '#d9e2ec';
const BLUE = '#1f5fbf';
const GREEN = '#2e7d32';
const ORANGE = '#b45309';
const GREY = '#9aa5b1';

const r = (x: number) => Math.round(x * 10) / 10;

function frame(id: string, title: string, desc: string, body: string, height = H): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" role="img" aria-labelledby="rp-${id}-title rp-${id}-desc" class="rp-chart-svg" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="11">` +
    `<title id="rp-${id}-title">${esc(title)}</title><desc id="rp-${id}-desc">${esc(desc)}</desc>` +
    `<rect width="${W}" height="${height}" fill="#ffffff"/>${body}</svg>`
  );
}

function yAxis(y: (v: number) => number, ticks: number[], label: string): string {
  const parts = ticks.map(
    (t) => `<line x1="${M.left}" x2="${W - M.right}" y1="${r(y(t))}" y2="${r(y(t))}" stroke="${GRID}"/><text x="${M.left - 6}" y="${r(y(t)) + 4}" text-anchor="end" fill="${MUTED}">${esc(fmtNumber(t))}</text>`,
  );
  parts.push(`<text transform="translate(12 ${r((M.top + H - M.bottom) / 2)}) rotate(-90)" text-anchor="middle" fill="${MUTED}">${esc(label)}</text>`);
  return parts.join('');
}

function legend(entries: { colour: string; label: string; dashed?: boolean }[], y = H - 8): string {
  let x = M.left;
  return entries
    .map((entry) => {
      const mark = entry.dashed
        ? `<line x1="${x}" x2="${x + 18}" y1="${y - 4}" y2="${y - 4}" stroke="${entry.colour}" stroke-width="2" stroke-dasharray="4 3"/>`
        : `<rect x="${x}" y="${y - 9}" width="18" height="9" fill="${entry.colour}"/>`;
      const text = `<text x="${x + 24}" y="${y}" fill="${INK}">${esc(entry.label)}</text>`;
      x += 24 + entry.label.length * 6.2 + 18;
      return mark + text;
    })
    .join('');
}

/** Every nth label so dates never overlap. */
const every = (count: number, room: number) => Math.max(1, Math.ceil(count / room));

export function burndownChart(model: ReportModel): ChartSvg | null {
  const points = model.delivery.burndown;
  const sprint = model.delivery.sprint;
  if (!sprint || points.length < 2) return null;
  const max = Math.max(1, ...points.map((p) => Math.max(p.ideal, p.remaining ?? 0)));
  const x = scalePoint<number>().domain(points.map((_, i) => i)).range([M.left, W - M.right]);
  const y = scaleLinear().domain([0, max]).nice().range([H - M.bottom, M.top]);
  const px = (i: number) => x(i) ?? M.left;
  const ideal = line<{ ideal: number }>().x((_, i) => px(i)).y((p) => y(p.ideal))(points) ?? '';
  const actualPoints = points.map((p, i) => ({ i, v: p.remaining })).filter((p): p is { i: number; v: number } => p.v !== null);
  const actual = line<{ i: number; v: number }>().x((p) => px(p.i)).y((p) => y(p.v))(actualPoints) ?? '';
  const step = every(points.length, 10);
  const xLabels = points
    .map((p, i) => (i % step === 0 || i === points.length - 1 ? `<text x="${r(px(i))}" y="${H - M.bottom + 16}" text-anchor="middle" fill="${MUTED}">${esc(p.date.slice(5))}</text>` : ''))
    .join('');
  const last = actualPoints.at(-1);
  const body =
    yAxis(y, y.ticks(5), 'Points remaining') +
    xLabels +
    `<path d="${ideal}" fill="none" stroke="${MUTED}" stroke-width="2" stroke-dasharray="5 4"/>` +
    `<path d="${actual}" fill="none" stroke="${BLUE}" stroke-width="2.5"/>` +
    actualPoints.map((p) => `<circle cx="${r(px(p.i))}" cy="${r(y(p.v))}" r="2.5" fill="${BLUE}"/>`).join('') +
    legend([{ colour: BLUE, label: 'Remaining' }, { colour: MUTED, label: 'Ideal', dashed: true }]);
  const desc = `Burndown of ${sprint.name} from ${points[0].date} to ${points.at(-1)?.date}: ${fmtNumber(points[0].ideal)} points committed${last ? `, ${fmtNumber(last.v)} remaining on ${points[last.i].date}` : ''}.`;
  return { id: 'burndown', caption: `Burndown: ${sprint.name}`, svg: frame('burndown', `Burndown: ${sprint.name}`, desc, body) };
}

export function velocityChart(model: ReportModel): ChartSvg | null {
  const data = model.delivery.velocity;
  if (data.length === 0) return null;
  const x = scaleBand<string>().domain(data.map((d, i) => `${i}`)).range([M.left, W - M.right]).padding(0.25);
  const inner = scaleBand<string>().domain(['committed', 'completed']).range([0, x.bandwidth()]).padding(0.08);
  const y = scaleLinear().domain([0, Math.max(1, ...data.map((d) => Math.max(d.committed, d.completed)))]).nice().range([H - M.bottom, M.top]);
  const bars = data
    .map((d, i) => {
      const x0 = x(`${i}`) ?? 0;
      const bar = (key: 'committed' | 'completed', colour: string) =>
        `<rect x="${r(x0 + (inner(key) ?? 0))}" y="${r(y(d[key]))}" width="${r(inner.bandwidth())}" height="${r(y(0) - y(d[key]))}" fill="${colour}"><title>${esc(`${d.name}: ${key} ${fmtNumber(d[key])}`)}</title></rect>`;
      return (
        bar('committed', GREY) +
        bar('completed', GREEN) +
        `<text x="${r(x0 + x.bandwidth() / 2)}" y="${H - M.bottom + 16}" text-anchor="middle" fill="${MUTED}">${esc(d.name.length > 14 ? `${d.name.slice(0, 13)}…` : d.name)}</text>`
      );
    })
    .join('');
  const body = yAxis(y, y.ticks(5), 'Points') + bars + legend([{ colour: GREY, label: 'Committed' }, { colour: GREEN, label: 'Completed' }]);
  const desc = `Velocity of the last ${data.length} completed sprints: ${data.map((d) => `${d.name} ${fmtNumber(d.completed)} of ${fmtNumber(d.committed)}`).join('; ')}.`;
  return { id: 'velocity', caption: 'Velocity: committed and completed points per sprint', svg: frame('velocity', 'Velocity', desc, body) };
}

const dayNumber = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000;
const dateOfNumber = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

export function forecastChart(model: ReportModel): ChartSvg | null {
  const f = model.delivery.forecast;
  if (!f.ok || f.distribution.length === 0) return null;
  // A time axis (not one band per finishing date), so gaps between dates and the due date read true.
  const days = f.distribution.map((d) => dayNumber(d.date));
  const lo = Math.min(...days, f.dueDate ? dayNumber(f.dueDate) : Infinity) - 1;
  const hi = Math.max(...days, f.dueDate ? dayNumber(f.dueDate) : -Infinity) + 1;
  const x = scaleLinear().domain([lo, hi]).range([M.left + 6, W - M.right - 6]);
  const y = scaleLinear().domain([0, Math.max(1, ...f.distribution.map((d) => d.count))]).nice().range([H - M.bottom, M.top + 30]);
  const barWidth = Math.max(3, Math.min(28, ((W - M.left - M.right) / (hi - lo)) * 0.8));
  const bars = f.distribution
    .map((d) => {
      const colour = f.p85 && d.date <= f.p85 ? BLUE : '#8fb3e8';
      return `<rect x="${r(x(dayNumber(d.date)) - barWidth / 2)}" y="${r(y(d.count))}" width="${r(barWidth)}" height="${r(y(0) - y(d.count))}" fill="${colour}"><title>${esc(`${d.date}: ${d.count} runs`)}</title></rect>`;
    })
    .join('');
  const ticks = x.ticks(Math.min(8, hi - lo)).filter((t) => Number.isInteger(t));
  const xLabels = ticks.map((t) => `<text x="${r(x(t))}" y="${H - M.bottom + 16}" text-anchor="middle" fill="${MUTED}">${esc(dateOfNumber(t).slice(5))}</text>`).join('');
  const marker = (date: string | null, label: string, colour: string, row: number) => {
    if (!date) return '';
    const cx = r(x(dayNumber(date)));
    const right = cx > W - M.right - 160;
    return (
      `<line x1="${cx}" x2="${cx}" y1="${M.top}" y2="${H - M.bottom}" stroke="${colour}" stroke-width="1.5" stroke-dasharray="3 2"/>` +
      `<text x="${right ? cx - 4 : cx + 4}" y="${M.top + 8 + row * 13}" text-anchor="${right ? 'end' : 'start'}" fill="${colour}">${esc(label)}</text>`
    );
  };
  const markers =
    f.p50 === f.p85
      ? marker(f.p50, `50 % and 85 %: ${f.p50}`, INK, 0)
      : marker(f.p50, `50 %: ${f.p50}`, INK, 0) + marker(f.p85, `85 %: ${f.p85}`, INK, 1);
  const body =
    yAxis(y, y.ticks(4), 'Simulations') +
    bars +
    xLabels +
    markers +
    marker(f.dueDate, `due ${f.dueDate}`, ORANGE, 2) +
    legend([{ colour: BLUE, label: 'Finish date, up to 85 %' }, { colour: '#8fb3e8', label: 'Later finishes' }]);
  const desc = `Monte Carlo forecast of ${f.milestone}, ${f.runs} simulations over ${forecastBasis(f)}: 50 % by ${f.p50}, 85 % by ${f.p85}, 95 % by ${f.p95}${f.dueDate ? `; due ${f.dueDate}` : ''}.`;
  return { id: 'forecast', caption: `Forecast: ${f.milestone}`, svg: frame('forecast', `Forecast: ${f.milestone}`, desc, body) };
}

export function heatmapChart(model: ReportModel): ChartSvg {
  const counts = model.risks.heatmap;
  const size = 40;
  const left = 110;
  const top = 12;
  const height = top + 5 * size + 64;
  const cells: string[] = [];
  for (let likelihood = 5; likelihood >= 1; likelihood--) {
    for (let impact = 1; impact <= 5; impact++) {
      const count = counts[likelihood - 1]?.[impact - 1] ?? 0;
      const band = bandOf(scoreBand(likelihood * impact));
      const cx = left + (impact - 1) * size;
      const cy = top + (5 - likelihood) * size;
      const dark = band.band === 'critical' || band.band === 'low';
      cells.push(
        `<rect x="${cx}" y="${cy}" width="${size - 2}" height="${size - 2}" fill="${band.colour}" fill-opacity="${count ? 1 : 0.35}"/>` +
          (count ? `<text x="${cx + (size - 2) / 2}" y="${cy + size / 2 + 3}" text-anchor="middle" font-size="13" font-weight="700" fill="${dark ? '#ffffff' : INK}">${count}</text>` : ''),
      );
    }
  }
  const axes =
    [1, 2, 3, 4, 5].map((i) => `<text x="${left + (i - 1) * size + (size - 2) / 2}" y="${top + 5 * size + 12}" text-anchor="middle" fill="${MUTED}">${i}</text>`).join('') +
    [1, 2, 3, 4, 5].map((l) => `<text x="${left - 8}" y="${top + (5 - l) * size + size / 2 + 3}" text-anchor="end" fill="${MUTED}">${l}</text>`).join('') +
    `<text x="${left + 2.5 * size}" y="${top + 5 * size + 28}" text-anchor="middle" fill="${INK}">Impact</text>` +
    `<text transform="translate(${left - 34} ${top + 2.5 * size}) rotate(-90)" text-anchor="middle" fill="${INK}">Likelihood</text>`;
  const lx = left + 5 * size + 24;
  const key = riskBands
    .map((band, i) => {
      const y = top + 14 + i * 20;
      return `<rect x="${lx}" y="${y - 10}" width="12" height="12" fill="${band.colour}"/><text x="${lx + 18}" y="${y}" fill="${INK}">${esc(`${band.label} (${band.min}-${band.max})`)}</text>`;
    })
    .join('');
  const total = counts.flat().reduce((a, b) => a + b, 0);
  const desc = `Open risks by likelihood (rows, 5 at the top) and impact (columns): ${total} open risk${total === 1 ? '' : 's'}.`;
  return { id: 'heatmap', caption: 'Risk heatmap: open risks by likelihood and impact', svg: frame('heatmap', 'Risk heatmap', desc, cells.join('') + axes + key, height) };
}

/** The charts the report shows, in reading order. */
export function reportCharts(model: ReportModel): ChartSvg[] {
  return [burndownChart(model), velocityChart(model), forecastChart(model), heatmapChart(model)].filter((c): c is ChartSvg => !!c);
}
