import { describe, expect, it } from 'vitest';
import { diffReports, type ReportModel } from '@shared/reports';

type Comparable = Pick<ReportModel, 'health' | 'risks' | 'delivery'>;

function report(overrides: { health?: ReportModel['health']['final']; scores?: Record<string, { title: string; score: number }>; forecast?: Partial<ReportModel['delivery']['forecast']>; velocity?: number | null }): Comparable {
  const health = overrides.health ?? 'on track';
  return {
    health: { proposed: health, final: health, reasons: [], override: null },
    risks: { top: [], heatmap: [], opened: [], closed: [], overdue: [], openCount: 0, scores: overrides.scores ?? {} },
    delivery: {
      sprint: null, progress: null, burndown: [], velocity: [], averageVelocity: overrides.velocity ?? null, scopeChange: { added: 0, removed: 0, changes: 0 }, carryOver: [], blocked: [], items: [],
      forecast: { milestone: 'FD-1 Launch', dueDate: '2026-04-30', remainingItems: 5, ok: true, reason: '', p50: '2026-04-10', p85: '2026-04-20', p95: '2026-04-25', runs: 2000, historyWeeks: 12, widened: false, distribution: [], ...overrides.forecast },
    },
  };
}

describe('what changed since the previous report', () => {
  it('says the health moved, or that it did not', () => {
    expect(diffReports(report({ health: 'on track' }), report({ health: 'at risk' }))[0]).toEqual({ kind: 'health', text: 'Health On track → At risk.' });
    expect(diffReports(report({ health: 'off track' }), report({ health: 'off track' }))[0]).toEqual({ kind: 'health', text: 'Health unchanged: Off track.' });
  });

  it('lists risks whose score moved, new open risks and risks no longer open, biggest first', () => {
    const before = report({ scores: { a: { title: 'Leakage', score: 15 }, b: { title: 'GPU quota', score: 12 }, c: { title: 'PII in logs', score: 10 } } });
    const after = report({ scores: { a: { title: 'Leakage', score: 20 }, b: { title: 'GPU quota', score: 8 }, d: { title: 'Card data late', score: 12 } } });
    expect(diffReports(before, after).filter((l) => l.kind === 'risk').map((l) => l.text)).toEqual([
      'New open risk: Card data late (score 12).',
      'No longer open: PII in logs (was 10).',
      'Risk Leakage: score 15 → 20 (up).',
      'Risk GPU quota: score 12 → 8 (down).',
    ]);
    expect(diffReports(before, before).filter((l) => l.kind === 'risk').map((l) => l.text)).toEqual(['Open risks and their scores unchanged.']);
  });

  it('gives the forecast dates of the same milestone with their shift in days', () => {
    const lines = diffReports(report({}), report({ forecast: { p50: '2026-04-17', p85: '2026-04-19' } })).filter((l) => l.kind === 'forecast');
    expect(lines.map((l) => l.text)).toEqual(['Forecast for FD-1 Launch: median 2026-04-10 → 2026-04-17 (7 days later), 85 % 2026-04-20 → 2026-04-19 (1 day earlier).']);
    expect(diffReports(report({}), report({})).find((l) => l.kind === 'forecast')?.text).toBe('Forecast for FD-1 Launch unchanged: median 2026-04-10, 85 % by 2026-04-20.');
  });

  it('names a new milestone, and a forecast that stopped being possible', () => {
    expect(diffReports(report({}), report({ forecast: { milestone: 'FD-9 Canary', p85: '2026-05-02' } })).find((l) => l.kind === 'forecast')?.text).toBe(
      'Next milestone is now FD-9 Canary (was FD-1 Launch), 85 % likely by 2026-05-02.',
    );
    expect(diffReports(report({}), report({ forecast: { ok: false, p50: null, p85: null, reason: 'no throughput history yet' } })).find((l) => l.kind === 'forecast')?.text).toBe(
      'No forecast for FD-1 Launch any more: no throughput history yet',
    );
  });

  it('reports a change of average velocity, not noise', () => {
    expect(diffReports(report({ velocity: 15.5 }), report({ velocity: 18 })).find((l) => l.kind === 'velocity')?.text).toBe('Average velocity 15.5 → 18 points per sprint.');
    expect(diffReports(report({ velocity: 15.5 }), report({ velocity: 15.51 })).some((l) => l.kind === 'velocity')).toBe(false);
  });
});
