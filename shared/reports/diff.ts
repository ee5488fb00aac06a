import { healthLabel } from './health';
import type { ChangeLine, ReportModel } from './model';

type Comparable = Pick<ReportModel, 'health' | 'risks' | 'delivery'>;

const daysBetween = (a: string, b: string) => Math.round((Date.UTC(+b.slice(0, 4), +b.slice(5, 7) - 1, +b.slice(8, 10)) - Date.UTC(+a.slice(0, 4), +a.slice(5, 7) - 1, +a.slice(8, 10))) / 86_400_000);
const shift = (days: number) => (days === 0 ? 'unchanged' : `${Math.abs(days)} day${Math.abs(days) === 1 ? '' : 's'} ${days > 0 ? 'later' : 'earlier'}`);
const num = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));

/**
 * What changed since the previous report: health, open risks' scores (risen, fallen, new, no
 * longer open) and the forecast dates of the next milestone, plus average velocity. Compares
 * the two frozen models only, so it reads the same whenever it is re-rendered.
 */
export function diffReports(previous: Comparable, next: Comparable): ChangeLine[] {
  const lines: ChangeLine[] = [];
  const before = previous.health.final;
  const after = next.health.final;
  lines.push({ kind: 'health', text: before === after ? `Health unchanged: ${healthLabel(after)}.` : `Health ${healthLabel(before)} → ${healthLabel(after)}.` });

  const prevScores = previous.risks.scores ?? {};
  const nextScores = next.risks.scores ?? {};
  const riskLines: { weight: number; text: string }[] = [];
  for (const [id, now] of Object.entries(nextScores)) {
    const was = prevScores[id];
    if (!was) riskLines.push({ weight: now.score, text: `New open risk: ${now.title} (score ${now.score}).` });
    else if (was.score !== now.score) {
      riskLines.push({ weight: Math.abs(now.score - was.score), text: `Risk ${now.title}: score ${was.score} → ${now.score} (${now.score > was.score ? 'up' : 'down'}).` });
    }
  }
  for (const [id, was] of Object.entries(prevScores)) {
    if (!nextScores[id]) riskLines.push({ weight: was.score, text: `No longer open: ${was.title} (was ${was.score}).` });
  }
  riskLines.sort((a, b) => b.weight - a.weight || (a.text < b.text ? -1 : 1));
  lines.push(...riskLines.map((line) => ({ kind: 'risk' as const, text: line.text })));
  if (riskLines.length === 0) lines.push({ kind: 'risk', text: 'Open risks and their scores unchanged.' });

  const pf = previous.delivery.forecast;
  const nf = next.delivery.forecast;
  if (pf.milestone !== nf.milestone) {
    lines.push({ kind: 'forecast', text: `Next milestone is now ${nf.milestone} (was ${pf.milestone})${nf.p85 ? `, 85 % likely by ${nf.p85}` : ''}.` });
  } else if (pf.p50 && pf.p85 && nf.p50 && nf.p85) {
    const d50 = daysBetween(pf.p50, nf.p50);
    const d85 = daysBetween(pf.p85, nf.p85);
    lines.push({
      kind: 'forecast',
      text:
        d50 === 0 && d85 === 0
          ? `Forecast for ${nf.milestone} unchanged: median ${nf.p50}, 85 % by ${nf.p85}.`
          : `Forecast for ${nf.milestone}: median ${pf.p50} → ${nf.p50} (${shift(d50)}), 85 % ${pf.p85} → ${nf.p85} (${shift(d85)}).`,
    });
  } else if (pf.ok !== nf.ok) {
    lines.push({ kind: 'forecast', text: nf.ok ? `Forecast for ${nf.milestone} is available again: 85 % by ${nf.p85}.` : `No forecast for ${nf.milestone} any more: ${nf.reason}` });
  }

  const pv = previous.delivery.averageVelocity;
  const nv = next.delivery.averageVelocity;
  if (pv !== null && nv !== null && Math.abs(nv - pv) >= 0.05) lines.push({ kind: 'velocity', text: `Average velocity ${num(pv)} → ${num(nv)} points per sprint.` });
  return lines;
}
