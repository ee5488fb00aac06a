import { describe, expect, it } from 'vitest';
import { draftSummary, proposeHealth, worstHealth, type HealthFacts } from '@shared/reports';

const calm: HealthFacts = {
  sprint: { name: 'Sprint 2', state: 'active', scope: 20, completed: 10, workingDays: 10, elapsedWorkingDays: 5 },
  milestone: { name: 'Launch', dueDate: '2026-04-30', p50: '2026-04-10', p85: '2026-04-20' },
  openRisks: [{ title: 'Vendor delay', score: 12 }],
  triggeredMonitors: [],
  silentMonitors: [],
  openAlerts: [],
  failedChecks: [],
  blocked: { points: 0, count: 0, sprintPoints: 20 },
};
const rule = (facts: Partial<HealthFacts>, id: string) => proposeHealth({ ...calm, ...facts }).reasons.find((r) => r.rule === id);

describe('health proposal', () => {
  it('is on track when every rule is, and lists a reason for each rule', () => {
    const { health, reasons } = proposeHealth(calm);
    expect(health).toBe('on track');
    expect(reasons.map((r) => r.rule)).toEqual(['sprint-progress', 'milestone-forecast', 'risks', 'monitors', 'alerts', 'blocked']);
    expect(reasons.every((r) => r.level === 'on track')).toBe(true);
  });

  it('sprint progress: an active sprint is judged by the scope its pace will finish (90 % and 70 % lines)', () => {
    const at = (completed: number) => rule({ sprint: { ...calm.sprint!, completed } }, 'sprint-progress');
    expect(at(9)).toMatchObject({ level: 'on track' }); // 9 / 5 days * 10 = 18 of 20 = 90 %
    expect(at(8.9)).toMatchObject({ level: 'at risk' });
    expect(at(7)).toMatchObject({ level: 'at risk' }); // 70 %
    expect(at(6.9)).toMatchObject({ level: 'off track' });
    expect(at(6)?.text).toBe('Sprint 2: 6 of 20 points done after 5 of 10 working days; at this pace 60 % of the scope will be done.');
  });

  it('sprint progress: a completed sprint is judged by what it delivered of its commitment', () => {
    const done = (completed: number) => rule({ sprint: { ...calm.sprint!, state: 'completed', scope: 23, completed } }, 'sprint-progress');
    expect(done(15)).toMatchObject({ level: 'off track', text: 'Sprint 2 delivered 15 of 23 committed points (65 %).' });
    expect(done(21)).toMatchObject({ level: 'on track' });
  });

  it('sprint progress gives no verdict before any working day has passed or without scope', () => {
    expect(rule({ sprint: { ...calm.sprint!, elapsedWorkingDays: 0 } }, 'sprint-progress')).toBeUndefined();
    expect(rule({ sprint: { ...calm.sprint!, scope: 0 } }, 'sprint-progress')).toBeUndefined();
    expect(rule({ sprint: null }, 'sprint-progress')).toBeUndefined();
  });

  it('milestone forecast: on track when the 85 % date makes the due date, at risk when only the median does, else off track', () => {
    const due = (p50: string, p85: string) => rule({ milestone: { name: 'Launch', dueDate: '2026-04-30', p50, p85 } }, 'milestone-forecast')?.level;
    expect(due('2026-04-20', '2026-04-30')).toBe('on track');
    expect(due('2026-04-30', '2026-05-01')).toBe('at risk');
    expect(due('2026-05-01', '2026-05-09')).toBe('off track');
    expect(rule({ milestone: { name: 'Launch', dueDate: null, p50: '2026-04-20', p85: '2026-04-30' } }, 'milestone-forecast')).toBeUndefined();
    expect(rule({ milestone: { name: 'Launch', dueDate: '2026-04-30', p50: null, p85: null } }, 'milestone-forecast')).toBeUndefined();
  });

  it('risks: one open critical risk, or three open high ones, put the report at risk', () => {
    expect(rule({ openRisks: [{ title: 'Leakage', score: 20 }] }, 'risks')).toMatchObject({ level: 'at risk', text: '1 open critical risk: Leakage (20).' });
    expect(rule({ openRisks: [12, 15, 16].map((score, i) => ({ title: `R${i}`, score })) }, 'risks')).toMatchObject({ level: 'at risk', text: '3 open high risks: R0 (12), R1 (15), R2 (16).' });
    expect(rule({ openRisks: [12, 15].map((score, i) => ({ title: `R${i}`, score })) }, 'risks')).toMatchObject({ level: 'on track', text: '2 open high risks, no critical ones.' });
    expect(rule({ openRisks: [{ title: 'Low', score: 9 }] }, 'risks')?.text).toBe('No open high or critical risks.');
  });

  it('monitors: one triggered monitor is at risk, two are off track', () => {
    expect(rule({ triggeredMonitors: ['Accuracy floor (fraud v3)'] }, 'monitors')).toMatchObject({ level: 'at risk', text: '1 model monitor is triggered: Accuracy floor (fraud v3).' });
    expect(rule({ triggeredMonitors: ['A', 'B'] }, 'monitors')?.level).toBe('off track');
  });

  it('monitor data: a monitor with no value in its window is never healthy; the stale or silent ones are named', () => {
    const silent = rule({ silentMonitors: [{ name: 'Accuracy floor (fraud v3)', lastValueOn: '2026-11-20' }, { name: 'Latency p95 (fraud v3)', lastValueOn: null }] }, 'monitor-data');
    expect(silent).toEqual({
      rule: 'monitor-data',
      level: 'at risk',
      text: '2 model monitors have no recent data, so their model health is unknown: Accuracy floor (fraud v3) (last value 2026-11-20), Latency p95 (fraud v3) (never reported).',
    });
    expect(proposeHealth({ ...calm, silentMonitors: [{ name: 'A', lastValueOn: null }] }).health).toBe('at risk');
  });

  it('alerts: an open critical alert is off track, an open warning at risk; informational ones do not weigh', () => {
    const critical = { title: 'Accuracy floor triggered', severity: 'critical' as const };
    expect(rule({ openAlerts: [critical, critical, critical] }, 'alerts')).toMatchObject({ level: 'off track', text: '3 critical alerts are open: Accuracy floor triggered, Accuracy floor triggered, Accuracy floor triggered.' });
    expect(rule({ openAlerts: [{ title: 'Drift on age', severity: 'warning' }] }, 'alerts')).toMatchObject({ level: 'at risk', text: '1 warning alert is open: Drift on age.' });
    expect(rule({ openAlerts: [{ title: 'FYI', severity: 'info' }] }, 'alerts')).toMatchObject({ level: 'on track', text: 'No critical or warning alert is open (1 informational).' });
  });

  it('promotion checks: unticked checks or a failed pipeline are at risk, in Production off track', () => {
    const staging = { text: 'fraud v4 is in Staging with 1 unticked checklist point (Sign-off)', production: false };
    expect(rule({ failedChecks: [staging] }, 'promotion-checks')).toMatchObject({ level: 'at risk', text: '1 failed promotion check: fraud v4 is in Staging with 1 unticked checklist point (Sign-off).' });
    expect(rule({ failedChecks: [staging, { text: 'the production deployment of fraud v3 failed its pipeline', production: true }] }, 'promotion-checks')?.level).toBe('off track');
    expect(rule({}, 'promotion-checks')).toBeUndefined();
  });

  it('blocked: 10 % of the sprint points blocked is at risk, 25 % off track', () => {
    const blocked = (points: number) => rule({ blocked: { points, count: 1, sprintPoints: 20 } }, 'blocked')?.level;
    expect(blocked(1)).toBe('on track');
    expect(blocked(2)).toBe('at risk');
    expect(blocked(4.9)).toBe('at risk');
    expect(blocked(5)).toBe('off track');
    expect(rule({ blocked: { points: 0, count: 0, sprintPoints: 0 } }, 'blocked')).toBeUndefined();
  });

  it('the overall health is the worst rule, and the reasons come worst first (bad news first)', () => {
    const { health, reasons } = proposeHealth({ ...calm, triggeredMonitors: ['A', 'B'], openRisks: [{ title: 'Leakage', score: 20 }] });
    expect(health).toBe('off track');
    expect(reasons.map((r) => `${r.level}:${r.rule}`)).toEqual(['off track:monitors', 'at risk:risks', 'on track:sprint-progress', 'on track:milestone-forecast', 'on track:alerts', 'on track:blocked']);
    expect(worstHealth([])).toBe('on track');
  });

  it('the summary draft opens with the verdict and the problems, then what went well', () => {
    const { health, reasons } = proposeHealth({ ...calm, triggeredMonitors: ['Accuracy floor'] });
    expect(draftSummary(reasons, health)).toBe(
      [
        'Overall: At risk.',
        '- At risk: 1 model monitor is triggered: Accuracy floor.',
        '- Sprint 2: 10 of 20 points done after 5 of 10 working days; at this pace 100 % of the scope will be done.',
        '- Launch is forecast by 2026-04-20 (85 % likely), before its due date 2026-04-30.',
        '- 1 open high risk, no critical ones.',
        '- No alert is open.',
        '- Nothing in the sprint is blocked.',
      ].join('\n'),
    );
  });
});
