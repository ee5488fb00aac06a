import { escapeXml as esc } from './escape';
import type { ReportModel, RoadmapEpicView } from './model';
import type { Table } from './sections';

/**
 * The roadmap section in words, as a table and as an SVG timeline with the forecast bands, for
 * every renderer (HTML and its PDF print, Markdown, CSV). Older saved reports have no roadmap:
 * each function then returns nothing, so they render as they did.
 */
export const ROADMAP_TITLE = 'Roadmap';

const band = (e: RoadmapEpicView) => (e.p50 ? (e.p50 === e.p95 ? e.p50 : `${e.p50} to ${e.p95}`) : '–');

export function roadmapLines(model: ReportModel): string[] {
  const r = model.roadmap;
  if (!r) return [];
  if (r.epics.length === 0) return ['No open epics or milestones on the roadmap.'];
  const late = r.epics.filter((e) => e.status === 'at risk');
  const count = (kind: RoadmapEpicView['kind']) => r.epics.filter((e) => e.kind === kind).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const what = [plural(count('epic'), 'open epic'), count('milestone') ? plural(count('milestone'), 'milestone') : ''].filter(Boolean).join(' and ');
  return [
    `${what}, forecast from ${r.start} by ${r.runs} Monte Carlo runs over the team's weekly throughput, worked in roadmap order after their dependencies.`,
    late.length ? `${late.length} at risk (85 % date after the target): ${late.map((e) => `${e.key} ${e.title}: ${e.reason}`).join('; ')}.` : 'None is at risk: every forecast 85 % date is on or before its target.',
  ];
}

export function roadmapTable(model: ReportModel): Table | null {
  const r = model.roadmap;
  if (!r) return null;
  return {
    caption: 'Epics and milestones: forecast band (50 % to 95 %), 85 % date and target',
    head: ['Key', 'Epic', 'Owner', 'Depends on', 'Forecast 50–95 %', 'P85', 'Target', 'Status', 'Why', 'Gates and critical risks'],
    rows: r.epics.map((e) => [
      e.key, e.title, e.owner, e.dependsOn.join(', ') || '–', band(e), e.p85 ?? '–', e.target ?? '–', e.status, e.reason || e.work,
      [...e.gates.map((g) => `gate: ${g}`), ...e.risks.map((x) => `risk: ${x}`)].join('; ') || '–',
    ]),
    empty: 'No open epics or milestones on the roadmap.',
  };
}

const W = 640;
const LEFT = 170;
const RIGHT = 16;
const ROW = 22;
const TOP = 28;
const MAX_ROWS = 40;
const dayNumber = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000;
const monthStarts = (from: number, to: number) => {
  const out: number[] = [];
  const d = new Date(from * 86_400_000);
  for (let m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)); m.getTime() / 86_400_000 <= to; m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1))) out.push(m.getTime() / 86_400_000);
  return out;
};

/** The timeline: one row per epic, the 50–95 % band as a bar, P85 as a tick, the target as a diamond (red when late). */
export function roadmapSvg(model: ReportModel): string | null {
  const r = model.roadmap;
  const epics = r?.epics.filter((e) => e.p50 || e.target).slice(0, MAX_ROWS) ?? [];
  if (!r || epics.length === 0) return null;
  const dates = epics.flatMap((e) => [e.p95, e.target].filter((d): d is string => !!d)).map(dayNumber);
  const lo = dayNumber(r.start);
  const hi = Math.max(lo + 14, ...dates) + 3;
  const x = (day: number) => LEFT + ((day - lo) / (hi - lo)) * (W - LEFT - RIGHT);
  const height = TOP + epics.length * ROW + 12;
  const grid = monthStarts(lo, hi)
    .map((m) => `<line x1="${x(m).toFixed(1)}" x2="${x(m).toFixed(1)}" y1="${TOP - 6}" y2="${height - 8}" stroke="#d9e2ec"/><text x="${(x(m) + 3).toFixed(1)}" y="${TOP - 10}" fill="#52606d">${new Date(m * 86_400_000).toISOString().slice(0, 7)}</text>`)
    .join('');
  const rows = epics
    .map((e, i) => {
      const y = TOP + i * ROW;
      const late = e.status === 'at risk';
      const label = `${e.key} ${e.title}`;
      let out = `<text x="${LEFT - 6}" y="${y + 14}" text-anchor="end" fill="#1f2933">${esc(label.length > 26 ? `${label.slice(0, 25)}…` : label)}</text>`;
      if (e.p50 && e.p95) {
        const x0 = x(dayNumber(e.p50));
        const x1 = Math.max(x0 + 3, x(dayNumber(e.p95)));
        out += `<rect x="${x0.toFixed(1)}" y="${y + 5}" width="${(x1 - x0).toFixed(1)}" height="12" rx="3" fill="${late ? '#f7c6c5' : '#c5d8f5'}" stroke="${late ? '#9b1c1c' : '#1f5fbf'}"><title>${esc(`${label}: 50 % by ${e.p50}, 85 % by ${e.p85}, 95 % by ${e.p95}`)}</title></rect>`;
        if (e.p85) out += `<line x1="${x(dayNumber(e.p85)).toFixed(1)}" x2="${x(dayNumber(e.p85)).toFixed(1)}" y1="${y + 3}" y2="${y + 19}" stroke="#1f2933" stroke-width="2"/>`;
      }
      if (e.target) {
        const tx = x(dayNumber(e.target));
        out += `<path d="M${tx.toFixed(1)} ${y + 4} l6 7 l-6 7 l-6 -7 z" fill="${late ? '#9b1c1c' : '#b45309'}"><title>${esc(`${label}: target ${e.target}`)}</title></path>`;
      }
      return out;
    })
    .join('');
  const more = r.epics.length > epics.length ? ` (first ${epics.length} of ${r.epics.length} shown)` : '';
  const desc = `Roadmap forecast from ${r.start}: for each epic the bar runs from its 50 % to its 95 % date, the tick is the 85 % date and the diamond its target${more}. ${epics.filter((e) => e.status === 'at risk').length} at risk.`;
  return (
    `<svg viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" role="img" aria-labelledby="rp-roadmap-title rp-roadmap-desc" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="11">` +
    `<title id="rp-roadmap-title">Roadmap forecast</title><desc id="rp-roadmap-desc">${esc(desc)}</desc><rect width="${W}" height="${height}" fill="#ffffff"/>${grid}${rows}</svg>`
  );
}
