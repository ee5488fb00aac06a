import { writeCsv } from '../csv/write-csv';
import { fmtNumber } from './escape';
import type { ItemRef, ReportModel, RiskView } from './model';

/**
 * The items behind each section as one CSV: a `section` column says where a row belongs, so a
 * spreadsheet filter shows one section. Written by the one CSV writer (shared/csv), which
 * neutralises cells a spreadsheet would run as a formula.
 */
export const CSV_HEADER = ['section', 'key', 'title', 'type', 'status', 'owner', 'date', 'value', 'detail'] as const;

export function renderCsv(model: ReportModel): string {
  const rows: string[][] = [];
  const add = (section: string, cells: Partial<Record<(typeof CSV_HEADER)[number], string>>) => rows.push(CSV_HEADER.map((h) => (h === 'section' ? section : (cells[h] ?? ''))));
  const item = (section: string) => (i: ItemRef) => add(section, { key: i.key, title: i.title, type: i.type, status: i.status, owner: i.assignee, value: fmtNumber(i.estimate, '') });
  const risk = (section: string) => (r: RiskView) => add(section, { key: r.id, title: r.title, type: r.kind, status: r.status, owner: r.owner, date: r.reviewDate ?? '', value: String(r.score), detail: `${r.band}; ${r.category}` });

  add('health', { title: model.health.final, detail: model.health.override?.justification ?? 'proposed from the data' });
  for (const reason of model.health.reasons) add('health reason', { type: reason.rule, status: reason.level, detail: reason.text });
  model.delivery.items.forEach(item('sprint item'));
  model.delivery.carryOver.forEach(item('carry-over'));
  model.delivery.blocked.forEach(item('blocked'));
  for (const v of model.delivery.velocity) add('velocity', { title: v.name, value: fmtNumber(v.completed, ''), detail: `committed ${fmtNumber(v.committed, '')}` });
  const f = model.delivery.forecast;
  add('forecast', { title: f.milestone, date: f.p85 ?? '', value: String(f.remainingItems), detail: f.ok ? `p50 ${f.p50}; p85 ${f.p85}; p95 ${f.p95}${f.dueDate ? `; due ${f.dueDate}` : ''}` : f.reason });
  for (const e of model.roadmap?.epics ?? []) {
    add('roadmap', { key: e.key, title: e.title, type: e.kind, status: e.status, owner: e.owner, date: e.p85 ?? '', value: e.target ?? '', detail: [e.p50 ? `p50 ${e.p50}; p85 ${e.p85}; p95 ${e.p95}` : '', e.reason || e.work].filter(Boolean).join('; ') });
  }
  for (const e of model.experiments.concluded) {
    add('experiment', { key: e.id, title: e.title, status: e.status, date: e.concludedOn ?? '', value: fmtNumber(e.result, ''), detail: `${e.metric}; baseline ${fmtNumber(e.baseline, '')}; target ${fmtNumber(e.target, '')}` });
  }
  for (const p of model.models.promotions) add('promotion', { title: `${p.model} ${p.version}`, status: p.stage, owner: p.by, date: p.on });
  for (const d of model.models.deployments) add('deployment', { title: `${d.model} ${d.version}`, type: d.environment, status: d.status, date: d.date ?? '', detail: d.target });
  for (const m of model.models.monitors) add('monitor', { title: m.name, type: m.metric, status: m.status, detail: `${m.model}; ${m.detail}` });
  for (const d of model.models.drift) add('drift', { title: d.name, status: d.datasetDrift ? 'drift' : 'no drift', date: d.on, value: fmtNumber(d.driftShare, ''), detail: d.columns.join('; ') });
  for (const x of model.models.fairness) add('fairness', { title: x.name, status: x.flagged ? 'finding' : 'ok', date: x.on, value: fmtNumber(x.parityRatio, ''), detail: x.sensitive });
  model.models.retraining.forEach(item('retraining'));
  model.risks.top.forEach(risk('top risk'));
  model.risks.opened.forEach(risk('new risk'));
  model.risks.closed.forEach(risk('closed risk'));
  model.risks.overdue.forEach(risk('review overdue'));
  for (const d of model.decisions) add(d.kind === 'ask' ? 'ask' : 'decision', { title: d.text, owner: d.owner, date: d.date });
  model.next.items.forEach(item('next period'));
  for (const c of model.changes.lines) add('what changed', { type: c.kind, detail: c.text });
  return `${writeCsv(CSV_HEADER, rows)}\r\n`;
}
