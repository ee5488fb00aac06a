import { describe, expect, it } from 'vitest';
import { buildReportModel, ReportPeriodError, renderHtml } from '@shared/reports';
import { FIXTURE_NOW } from './report-fixture';
import { DAY, fixtureInput, sprint1Report, sprint2Report } from './fixture-model';

describe('the report model, built from a workspace backup', () => {
  const model = sprint2Report();

  it('proposes At risk for sprint 2 with the reasons a stakeholder can check', () => {
    expect(model.health.proposed).toBe('at risk');
    expect(model.health.final).toBe('at risk');
    expect(model.health.reasons.map((r) => [r.rule, r.level])).toEqual([
      ['milestone-forecast', 'at risk'], ['risks', 'at risk'], ['monitors', 'at risk'], ['alerts', 'at risk'], ['blocked', 'at risk'], ['sprint-progress', 'on track'],
    ]);
    // Three weeks of history: the widened forecast (as the sprints view's) no longer promises the due date.
    expect(model.health.reasons[0].text).toBe('FD-1 Launch fraud scoring is due 2026-04-05: the median forecast 2026-03-30 makes it, but the 85 % date 2026-04-06 does not.');
    expect(model.summary).toBe(model.summaryDraft);
    expect(model.summary.split('\n')[2]).toBe('- At risk: 1 open critical risk: Label leakage inflates offline recall (20).');
  });

  it('"NO DATA" is not healthy: open critical alerts, a silent monitor and an unchecked promotion weigh on the health, named', () => {
    const input = fixtureInput();
    const alerts = input.alerts.map((a) => ({ ...a, severity: 'critical' as const }));
    // The accuracy feed stopped five days ago: its one-day window holds no value.
    const metricPoints = input.metricPoints.map((p) => (p.monitorId === 'mon-acc' ? { ...p, timestamp: new Date(Date.parse(p.timestamp) - 5 * DAY).toISOString() } : p));
    const modelVersions = input.modelVersions.map((v) => (v.id === 'mv-3' ? { ...v, checklist: [] } : v));
    const health = sprint2Report({}, { ...input, alerts, metricPoints, modelVersions }).health;
    expect(health.proposed).toBe('off track');
    expect(health.reasons.slice(0, 2).map((r) => r.text)).toEqual([
      '1 critical alert is open: Accuracy floor triggered.',
      '1 failed promotion check: fraud-scorer v3 is in Production with 4 unticked checklist points (Evaluation passed, Fairness review, Security review, Sign-off).',
    ]);
    expect(health.reasons.find((r) => r.rule === 'monitor-data')).toMatchObject({ level: 'at risk', text: expect.stringContaining('Accuracy floor (fraud-scorer v3) (last value 2026-03-11)') });
    expect(health.reasons.find((r) => r.rule === 'monitors')?.text).toBe('No model monitor is triggered.');
  });

  it('delivery: goal, progress from the item history, scope added mid-sprint, blocked work, velocity and forecast', () => {
    const d = model.delivery;
    expect(d.sprint).toMatchObject({ name: 'Sprint 2', goal: 'Scoring API in shadow mode', state: 'active' });
    expect(d.progress).toEqual({ committed: 24, scope: 25, completed: 18, remaining: 7, percent: 72 });
    expect(d.scopeChange).toEqual({ added: 1, removed: 0, changes: 1 });
    expect(d.blocked.map((i) => i.key)).toEqual(['FD-10']);
    expect(d.burndown[0]).toEqual({ date: '2026-03-09', ideal: 24, remaining: 24 });
    expect(d.burndown.at(-1)).toMatchObject({ date: '2026-03-20', ideal: 0, remaining: null });
    expect(d.velocity).toEqual([{ name: 'Sprint 0', committed: 18, completed: 16 }, { name: 'Sprint 1', committed: 23, completed: 15 }]);
    // The sprints view's forecast: three weeks of history, so the spread is widened and said to be.
    expect(d.forecast).toMatchObject({ milestone: 'FD-1 Launch fraud scoring', dueDate: '2026-04-05', remainingItems: 5, ok: true, historyWeeks: 3, widened: true });
    expect(d.forecast.p50! < d.forecast.p85! && d.forecast.p85! < d.forecast.p95!).toBe(true);
    expect(d.items).toHaveLength(7);
  });

  it('a completed sprint is read as it stood when it closed: its unfinished work is the carry-over', () => {
    const previous = sprint1Report();
    expect(previous.delivery.progress).toMatchObject({ committed: 23, completed: 15 });
    expect(previous.delivery.carryOver.map((i) => `${i.key} ${i.title}`)).toEqual(['FD-6 Shadow-mode scoring API']);
    expect(previous.health.reasons[0]).toMatchObject({ rule: 'sprint-progress', level: 'off track' });
  });

  it('experiments concluded in the period, with the metric against baseline and target', () => {
    expect(model.experiments.running).toBe(1);
    expect(model.experiments.concluded.map((e) => [e.title, e.status, e.baseline, e.target, e.result, e.metTarget, e.concludedOn])).toEqual([
      ['Smaller model keeps p95 latency under 50 ms', 'refuted', 80, 50, 64, false, '2026-03-10'],
      ['Graph features lift recall', 'validated', 0.72, 0.78, 0.81, true, '2026-03-14'],
    ]);
    // Outside the period nothing was concluded.
    expect(sprint1Report().experiments.concluded).toEqual([]);
  });

  it('models: promotions from the stage history, the deployment, monitors re-evaluated, drift and fairness findings, retraining', () => {
    const m = model.models;
    expect(m.promotions.map((p) => `${p.version} ${p.stage} ${p.on} ${p.by}`)).toEqual(['v3 Staging 2026-03-10 Grace Hopper', 'v3 Production 2026-03-14 Alan Turing']);
    expect(m.deployments).toEqual([{ model: 'fraud-scorer', version: 'v3', environment: 'production', target: 'KServe', status: 'live', date: '2026-03-14' }]);
    expect(m.monitors.map((x) => [x.name, x.status])).toEqual([['Accuracy floor', 'triggered'], ['Latency p95', 'healthy']]);
    expect(m.drift).toEqual([{ name: 'February vs training', model: 'fraud-scorer v3', on: '2026-03-13', driftShare: 0.5, datasetDrift: true, columns: ['amount'] }]);
    expect(m.fairness[0]).toMatchObject({ parityRatio: 0.74, flagged: true });
    expect(m.retraining.map((i) => i.title)).toEqual(['Retrain on February data']);
  });

  it('risks: top by score, heatmap of open risks, new and closed in the period, reviews overdue', () => {
    const r = model.risks;
    expect(r.top.map((x) => `${x.title} ${x.score}`)).toEqual([
      'Label leakage inflates offline recall 20', 'Card data access delayed 12', 'GPU quota cut by the cloud vendor 12', 'Drift after the holiday season 4',
    ]);
    expect(r.heatmap[3][4]).toBe(1); // likelihood 4, impact 5
    expect(r.heatmap.flat().reduce((a, b) => a + b, 0)).toBe(4);
    expect(r.opened.map((x) => x.title)).toEqual(['Card data access delayed']);
    expect(r.closed.map((x) => x.title)).toEqual(['PII in feature logs']);
    expect(r.overdue.map((x) => x.title)).toEqual(['GPU quota cut by the cloud vendor']);
  });

  it('the plan for the next period is the next sprint and its items', () => {
    expect(model.next.sprint).toMatchObject({ name: 'Sprint 3', startDate: '2026-03-23' });
    expect(model.next.items.map((i) => i.key)).toEqual(['FD-14', 'FD-15', 'FD-16']);
    expect(model.next.points).toBe(10);
  });

  it('what changed since the sprint 1 report: health, new, closed and re-scored risks (heaviest first), the forecast dates', () => {
    expect(model.changes.since?.title).toBe('Fraud detection status: Sprint 1');
    expect(model.changes.lines.map((l) => l.text)).toEqual([
      'Health Off track → At risk.',
      'New open risk: Card data access delayed (score 12).',
      'No longer open: PII in feature logs (was 10).',
      'Risk Label leakage inflates offline recall: score 15 → 20 (up).',
      // Sprint 1 had one week of history: too little to forecast at all.
      'Forecast for FD-1 Launch fraud scoring is available again: 85 % by 2026-04-06.',
    ]);
  });

  it('an override needs a written justification, and the summary draft follows the stated health', () => {
    expect(sprint2Report({ override: { health: 'off track', justification: '   ' } }).health).toMatchObject({ final: 'at risk', override: null });
    const overridden = sprint2Report({ override: { health: 'off track', justification: ' Canary blocked by the monitor. ' } });
    expect(overridden.health).toMatchObject({ proposed: 'at risk', final: 'off track', override: { health: 'off track', justification: 'Canary blocked by the monitor.' } });
    expect(overridden.summary.startsWith('Overall: Off track.')).toBe(true);
    expect(sprint2Report({ summary: 'Our words.' }).summary).toBe('Our words.');
  });

  it('an executive summary keeps lists short and leaves out the sprint items', () => {
    const exec = sprint2Report({ audience: 'executive' });
    expect(exec.delivery.items).toEqual([]);
    expect(exec.risks.top.length).toBeLessThanOrEqual(5);
  });

  it('a date range reads the sprint that overlaps it, and bad ranges are refused with the reason', () => {
    const input = fixtureInput();
    const byDates = buildReportModel(input, { period: { kind: 'dates', from: '2026-03-09', to: '2026-03-16' }, audience: 'team', now: FIXTURE_NOW, previous: null });
    expect(byDates.period).toEqual({ from: '2026-03-09', to: '2026-03-16', label: '2026-03-09 to 2026-03-16', sprintId: 'sp-2' });
    expect(() => buildReportModel(input, { period: { kind: 'dates', from: '2026-03-20', to: '2026-03-01' }, audience: 'team', now: FIXTURE_NOW })).toThrow(
      new ReportPeriodError('the period ends (2026-03-01) before it starts (2026-03-20)'),
    );
    expect(() => buildReportModel(input, { period: { kind: 'dates', from: '2026-02-30', to: '2026-03-01' }, audience: 'team', now: FIXTURE_NOW })).toThrow(/from: expected a date/);
    expect(() => buildReportModel(input, { period: { kind: 'sprint', sprintId: 'nope' }, audience: 'team', now: FIXTURE_NOW })).toThrow('no sprint with id nope');
  });

  it('is pure: the same input gives the same report, and a saved (JSON) snapshot does not follow later edits', () => {
    const input = fixtureInput();
    expect(sprint2Report({}, input)).toEqual(sprint2Report({}, input));
    const saved = JSON.parse(JSON.stringify(sprint2Report({}, input)));
    const html = renderHtml(saved);
    // Later, the plan changes: the critical risk is closed.
    const later = fixtureInput();
    (later.risks.find((r) => r.id === 'rk-leak') as { status: string }).status = 'closed';
    expect(sprint2Report({ now: FIXTURE_NOW + DAY }, later).risks.top[0].title).not.toBe('Label leakage inflates offline recall');
    expect(renderHtml(saved)).toBe(html);
    expect(saved.risks.top[0].title).toBe('Label leakage inflates offline recall');
  });
});
