import { histogramLayout, sprintLinesLayout, velocityLayout, type ValueTick } from '../charts';
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

function yAxis(ticks: readonly ValueTick[], label: string): string {
  const parts = ticks.map(
    (t) => `<line x1="${M.left}" x2="${W - M.right}" y1="${r(t.at)}" y2="${r(t.at)}" stroke="${GRID}"/><text x="${M.left - 6}" y="${r(t.at) + 4}" text-anchor="end" fill="${MUTED}">${esc(fmtNumber(t.value))}</text>`,
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

const box = { width: W, height: H, margin: M };

export function burndownChart(model: ReportModel): ChartSvg | null {
  const points = model.delivery.burndown;
  const sprint = model.delivery.sprint;
  if (!sprint || points.length < 2) return null;
  const step = every(points.length, 10);
  const layout = sprintLinesLayout(
    {
      count: points.length,
      lines: [
        { id: 'ideal', values: points.map((p) => p.ideal) },
        { id: 'remaining', values: points.map((p) => p.remaining) },
      ],
      labels: points.flatMap((p, i) => (i % step === 0 || i === points.length - 1 ? [{ index: i, label: p.date.slice(5) }] : [])),
    },
    box,
  );
  const [ideal, actual] = layout.lines;
  const xLabels = layout.xTicks.map((t) => `<text x="${r(t.at)}" y="${H - M.bottom + 16}" text-anchor="middle" fill="${MUTED}">${esc(t.label)}</text>`).join('');
  const lastIndex = points.findLastIndex((p) => p.remaining !== null);
  const last = lastIndex >= 0 ? { i: lastIndex, v: points[lastIndex].remaining as number } : undefined;
  const body =
    yAxis(layout.yTicks, 'Points remaining') +
    xLabels +
    `<path d="${ideal.d}" fill="none" stroke="${MUTED}" stroke-width="2" stroke-dasharray="5 4"/>` +
    `<path d="${actual.d}" fill="none" stroke="${BLUE}" stroke-width="2.5"/>` +
    actual.points.map((p) => `<circle cx="${r(p.x)}" cy="${r(p.y)}" r="2.5" fill="${BLUE}"/>`).join('') +
    legend([{ colour: BLUE, label: 'Remaining' }, { colour: MUTED, label: 'Ideal', dashed: true }]);
  const desc = `Burndown of ${sprint.name} from ${points[0].date} to ${points.at(-1)?.date}: ${fmtNumber(points[0].ideal)} points committed${last ? `, ${fmtNumber(last.v)} remaining on ${points[last.i].date}` : ''}.`;
  return { id: 'burndown', caption: `Burndown: ${sprint.name}`, svg: frame('burndown', `Burndown: ${sprint.name}`, desc, body) };
}

export function velocityChart(model: ReportModel): ChartSvg | null {
  const data = model.delivery.velocity;
  if (data.length === 0) return null;
  const layout = velocityLayout(data.map((d, i) => ({ id: `${i}`, name: d.name, committed: d.committed, completed: d.completed })), box);
  const colour = { committed: GREY, completed: GREEN } as const;
  const bars = layout.groups
    .map((group, i) => {
      const rects = group.bars.map(
        (b) => `<rect x="${r(b.x)}" y="${r(b.y)}" width="${r(b.width)}" height="${r(b.height)}" fill="${colour[b.key]}"><title>${esc(`${group.name}: ${b.key} ${fmtNumber(b.value)}`)}</title></rect>`,
      );
      const name = group.name.length > 14 ? `${group.name.slice(0, 13)}…` : group.name;
      return `${rects.join('')}<text x="${r(layout.xTicks[i].at)}" y="${H - M.bottom + 16}" text-anchor="middle" fill="${MUTED}">${esc(name)}</text>`;
    })
    .join('');
  const body = yAxis(layout.yTicks, 'Points') + bars + legend([{ colour: GREY, label: 'Committed' }, { colour: GREEN, label: 'Completed' }]);
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
  const barWidth = Math.max(3, Math.min(28, ((W - M.left - M.right) / (hi - lo)) * 0.8));
  // Bars and markers sit 6 px in from the axes; the top 30 px are the markers' labels.
  const inset = { top: M.top + 30, right: M.right + 6, bottom: M.bottom, left: M.left + 6 };
  const half = barWidth / 2 / ((W - inset.left - inset.right) / (hi - lo));
  const markDays = [f.p50, f.p85, f.dueDate].map((date) => (date ? dayNumber(date) : lo));
  const layout = histogramLayout(
    { domain: [lo, hi], bars: days.map((day, i) => ({ from: day - half, to: day + half, count: f.distribution[i].count })), marks: markDays, xTickCount: Math.min(8, hi - lo), yTickCount: 4 },
    { width: W, height: H, margin: inset },
  );
  const bars = layout.bars
    .map((b, i) => {
      const d = f.distribution[i];
      const colour = f.p85 && d.date <= f.p85 ? BLUE : '#8fb3e8';
      return `<rect x="${r(b.x0)}" y="${r(b.y)}" width="${r(b.x1 - b.x0)}" height="${r(b.height)}" fill="${colour}"><title>${esc(`${d.date}: ${d.count} runs`)}</title></rect>`;
    })
    .join('');
  const ticks = layout.xTicks.filter((t) => Number.isInteger(t.value));
  const xLabels = ticks.map((t) => `<text x="${r(t.at)}" y="${H - M.bottom + 16}" text-anchor="middle" fill="${MUTED}">${esc(dateOfNumber(t.value).slice(5))}</text>`).join('');
  const marker = (date: string | null, label: string, colour: string, row: number, at: number) => {
    if (!date) return '';
    const cx = r(at);
    const right = cx > W - M.right - 160;
    return (
      `<line x1="${cx}" x2="${cx}" y1="${M.top}" y2="${H - M.bottom}" stroke="${colour}" stroke-width="1.5" stroke-dasharray="3 2"/>` +
      `<text x="${right ? cx - 4 : cx + 4}" y="${M.top + 8 + row * 13}" text-anchor="${right ? 'end' : 'start'}" fill="${colour}">${esc(label)}</text>`
    );
  };
  const [p50, p85, due] = layout.marks.map((m) => m.x);
  const markers =
    f.p50 === f.p85
      ? marker(f.p50, `50 % and 85 %: ${f.p50}`, INK, 0, p50)
      : marker(f.p50, `50 %: ${f.p50}`, INK, 0, p50) + marker(f.p85, `85 %: ${f.p85}`, INK, 1, p85);
  const body =
    yAxis(layout.yTicks, 'Simulations') +
    bars +
    xLabels +
    markers +
    marker(f.dueDate, `due ${f.dueDate}`, ORANGE, 2, due) +
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
