import { describe, expect, it } from 'vitest';
import { experimentSchema, riskSchema, type WorkItem } from '@shared/domain';
import { forecastEpics, pairedThroughput, weeklyThroughput, roadmapCsv, roadmapPlan, roadmapWithForecasts, targetVerdict, type EpicForecast } from '@shared/agile';
import { item, workflow } from './sprint-scenario';

const START = '2026-03-02'; // a Monday
const steady = { items: [5, 5, 5, 5], points: [15, 15, 15, 15] };
const dateOf = (f: EpicForecast | undefined, p: 'p50' | 'p85' | 'p95') => (f?.ok ? f[p].date : f?.reason);

describe('per-epic Monte Carlo forecast', () => {
  it('works a dependency chain in order: an epic starts after the epics it depends on finish', () => {
    // C is first on the roadmap but waits on B, which waits on A: the team does A, B, then C.
    // 5 items a week: A (10 items) ends after 2 weeks, B (5) after 3, C (5) after 4.
    const forecasts = forecastEpics({
      epics: [
        { id: 'C', dependsOn: ['B'], amount: 5, unit: 'items' },
        { id: 'A', dependsOn: [], amount: 10, unit: 'items' },
        { id: 'B', dependsOn: ['A'], amount: 5, unit: 'items' },
      ],
      history: steady,
      start: START,
    });
    expect(['A', 'B', 'C'].map((id) => dateOf(forecasts.get(id), 'p50'))).toEqual(['2026-03-16', '2026-03-23', '2026-03-30']);
    expect(forecasts.get('C')).toMatchObject({ ok: true, runs: 10_000, p85: { days: 28 }, p95: { days: 28 } });
  });

  it('continues the next epic part-way through the week the previous one ended in', () => {
    // 7 items at 5 a week: 1 week + 2/5 of the next (ceil(9.8) = 10 days); the next 4 items use
    // the other 3/5 of that week (3 items) and 1/5 of another: 2.2 weeks = ceil(15.4) = 16 days.
    const forecasts = forecastEpics({
      epics: [
        { id: 'A', dependsOn: [], amount: 7, unit: 'items' },
        { id: 'B', dependsOn: [], amount: 4, unit: 'items' },
      ],
      history: steady,
      start: START,
      runs: 50,
    });
    expect(forecasts.get('A')).toMatchObject({ ok: true, p50: { days: 10, date: '2026-03-12' } });
    expect(forecasts.get('B')).toMatchObject({ ok: true, p50: { days: 16, date: '2026-03-18' } });
  });

  it('gives no date at all when the team has no history, and says so', () => {
    const forecasts = forecastEpics({ epics: [{ id: 'A', dependsOn: [], amount: 3, unit: 'items' }], history: { items: [], points: [] }, start: START });
    expect(forecasts.get('A')).toEqual({ ok: false, reason: expect.stringContaining('no completed-work history yet') });
    const thin = forecastEpics({ epics: [{ id: 'A', dependsOn: [], amount: 3, unit: 'items' }], history: { items: [4, 2], points: [4, 2] }, start: START });
    expect(thin.get('A')).toEqual({ ok: false, reason: expect.stringContaining('only 2 weeks of completed-work history') });
  });

  it('refuses a dependency loop (and the epics waiting on it) without touching the others', () => {
    const forecasts = forecastEpics({
      epics: [
        { id: 'A', name: 'T-1', dependsOn: ['B'], amount: 1, unit: 'items' },
        { id: 'B', name: 'T-2', dependsOn: ['A'], amount: 1, unit: 'items' },
        { id: 'C', name: 'T-3', dependsOn: ['A'], amount: 1, unit: 'items' },
        { id: 'D', name: 'T-4', dependsOn: [], amount: 5, unit: 'items' },
      ],
      history: steady,
      start: START,
    });
    expect(dateOf(forecasts.get('A'), 'p50')).toBe('its dependencies form a loop (T-1 → T-2 → T-1)');
    expect(dateOf(forecasts.get('C'), 'p50')).toBe('it waits on T-1, which has no forecast');
    expect(dateOf(forecasts.get('D'), 'p50')).toBe('2026-03-09');
  });

  it('is reproducible from its seed, and spreads P50 ≤ P85 ≤ P95 over an uneven history', () => {
    const input = { epics: [{ id: 'A', dependsOn: [], amount: 30, unit: 'items' as const }], history: { items: [1, 9, 4, 0, 6, 2], points: [1, 9, 4, 0, 6, 2] }, start: START, seed: 3 };
    const a = forecastEpics(input).get('A');
    expect(forecastEpics(input).get('A')).toEqual(a);
    if (!a?.ok) throw new Error('expected a forecast');
    expect(a.p50.days).toBeLessThan(a.p95.days);
    expect(a.p50.days).toBeLessThanOrEqual(a.p85.days);
  });
});

describe('the at-risk rule', () => {
  const forecast = (p85: string): EpicForecast => ({ ok: true, runs: 1, p50: { days: 0, date: p85 }, p85: { days: 0, date: p85 }, p95: { days: 0, date: p85 } });
  it('flags an epic whose P85 lands after its target, saying by how much', () => {
    expect(targetVerdict('2026-03-03', forecast('2026-03-12'))).toEqual({ atRisk: true, reason: 'P85 lands 12 Mar, 9 days after the target 3 Mar', daysLate: 9 });
    expect(targetVerdict('2026-12-30', forecast('2027-01-02'))).toEqual({ atRisk: true, reason: 'P85 lands 2 Jan 2027, 3 days after the target 30 Dec 2026', daysLate: 3 });
  });
  it('keeps an epic on track when P85 lands on or before the target, and gives no verdict without a target or forecast', () => {
    expect(targetVerdict('2026-03-12', forecast('2026-03-12'))).toEqual({ atRisk: false, reason: 'P85 lands 12 Mar, on the target 12 Mar', daysLate: 0 });
    expect(targetVerdict('2026-03-13', forecast('2026-03-12'))).toEqual({ atRisk: false, reason: 'P85 lands 12 Mar, 1 day before the target 13 Mar', daysLate: -1 });
    expect(targetVerdict(null, forecast('2026-03-12'))).toBeNull();
    expect(targetVerdict('2026-03-12', { ok: false, reason: 'no history' })).toBeNull();
  });
});

describe('roadmap plan from items', () => {
  // Three full weeks before Monday 16 March 2026, two 3-point items finished in each.
  const asOf = new Date(2026, 2, 16, 12).getTime();
  const history: WorkItem[] = [0, 1, 2].flatMap((week) =>
    [0, 1].map((k) => item({ id: `h${week}${k}`, status: 'done', estimate: 3, completedAt: new Date(2026, 1, 24 + week * 7 + k, 10).toISOString() })),
  );
  const epics = [
    item({ id: 'E1', number: 1, type: 'epic', title: 'Scoring API', rank: 'a1', dueDate: '2026-03-20', links: ['risk:R1', 'experiment:X1'] }),
    item({ id: 'E2', number: 2, type: 'epic', title: 'Drift alerts', rank: 'a2', blockedBy: ['E1'], dueDate: '2026-04-30' }),
    item({ id: 'M1', number: 3, type: 'milestone', title: 'Launch', rank: 'a3', blockedBy: ['E1', 'E2'], dueDate: '2026-04-10' }),
    item({ id: 'E3', number: 4, type: 'epic', title: 'Empty', rank: 'a4' }),
  ];
  const children = [
    ...[1, 2, 3, 4].map((k) => item({ id: `a${k}`, parentId: 'E1', estimate: 3 })),
    item({ id: 'a5', parentId: 'E1', estimate: 3, status: 'done' }), // done before records began: not in the history
    item({ id: 'b1', parentId: 'E2', estimate: 5 }),
    item({ id: 'b2', parentId: 'E2', estimate: null }),
    item({ id: 'b3', parentId: 'E2', estimate: null }),
  ];
  const experiments = [
    experimentSchema.parse({ id: 'X1', workspaceId: 'ws', createdAt: '2026-01-01', title: 'Calibrated scores lift recall', status: 'running' }),
    experimentSchema.parse({ id: 'X2', workspaceId: 'ws', createdAt: '2026-01-01', title: 'Validated already', status: 'validated' }),
  ];
  const risks = [
    riskSchema.parse({ id: 'R1', workspaceId: 'ws', createdAt: '2026-01-01', title: 'Label leakage', likelihood: 4, impact: 5 }),
    riskSchema.parse({ id: 'R2', workspaceId: 'ws', createdAt: '2026-01-01', title: 'Minor', likelihood: 2, impact: 2, links: ['item:E1'] }),
  ];
  const input = { items: [...history, ...epics, ...children], workflow, workspaceKey: 'T', experiments, risks, asOf };

  it('reads the paired weekly history exactly as the backlog forecast reads each unit', () => {
    const common = { items: input.items, events: [], workflow, asOf };
    expect(pairedThroughput(common)).toEqual({
      items: weeklyThroughput({ ...common, unit: 'items' }).map((w) => w.value),
      points: weeklyThroughput({ ...common, unit: 'points' }).map((w) => w.value),
    });
  });

  it('counts an estimated epic in points and an unestimated one by items, and says which', () => {
    const { rows, simulation } = roadmapPlan(input);
    expect(simulation.history).toEqual({ items: [2, 2, 2], points: [6, 6, 6] });
    const [e1, e2] = rows;
    expect(e1.remaining).toMatchObject({ unit: 'points', points: 12, open: 4, text: '12 points left in 4 items' });
    expect(e2.remaining).toMatchObject({ unit: 'items', open: 3, unestimated: 2, text: '3 items left, counted by items: 2 unestimated' });
  });

  it('forecasts in dependency order, lands the milestone with its last epic and flags the late one', () => {
    const { rows } = roadmapWithForecasts(input, { runs: 200 });
    const byId = new Map(rows.map((row) => [row.id, row]));
    // E1: 12 points at 6 a week = 2 weeks (30 Mar). E2: 3 items at 2 a week = 1.5 more weeks: 3.5 weeks = 25 days (10 Apr).
    expect(dateOf(byId.get('E1')!.forecast!, 'p85')).toBe('2026-03-30');
    expect(dateOf(byId.get('E2')!.forecast!, 'p85')).toBe('2026-04-10');
    expect(dateOf(byId.get('M1')!.forecast!, 'p85')).toBe('2026-04-10');
    expect(byId.get('E1')!.verdict).toEqual({ atRisk: true, reason: 'P85 lands 30 Mar, 10 days after the target 20 Mar', daysLate: 10 });
    expect(byId.get('M1')!.verdict).toEqual({ atRisk: false, reason: 'P85 lands 10 Apr, on the target 10 Apr', daysLate: 0 });
    expect(byId.get('E3')!.forecast).toEqual({ ok: false, reason: 'it has no child items yet: add its stories to forecast it' });
  });

  it('shows gating experiments that are not validated and open critical risks on the epic', () => {
    const [e1] = roadmapPlan(input).rows;
    expect(e1.gates).toEqual([{ id: 'X1', title: 'Calibrated scores lift recall', status: 'running' }]);
    expect(e1.criticalRisks).toEqual([{ id: 'R1', title: 'Label leakage', score: 20 }]);
  });

  it('exports the roadmap as CSV with dates, status and reason', () => {
    const { rows } = roadmapWithForecasts(input, { runs: 200 });
    const csv = roadmapCsv(rows, { member: () => '', key: (id) => rows.find((r) => r.id === id)?.key ?? id });
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('key,title,kind,owner,labels,depends on,target,p50,p85,p95,status,reason,work left,unit,gating experiments,critical risks');
    expect(lines[1]).toBe('T-1,Scoring API,epic,,,,2026-03-20,2026-03-30,2026-03-30,2026-03-30,at risk,"P85 lands 30 Mar, 10 days after the target 20 Mar",12,points,Calibrated scores lift recall (running),Label leakage (20)');
    expect(lines[3]).toContain('T-3,Launch,milestone,,,T-1; T-2,2026-04-10');
  });
});
