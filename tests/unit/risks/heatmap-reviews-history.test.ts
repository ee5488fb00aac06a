import { describe, expect, it } from 'vitest';
import {
  assessmentEvents, heatmapCellFilter, heatmapCounts, isReviewOverdue, overdueReviews, queryRegister, reviewsDue, scoreSeries,
} from '@shared/risks';
import { makeRisk } from './risk-fixtures';

const risks = [
  makeRisk({ id: 'r1', likelihood: 4, impact: 5, residualLikelihood: 2, residualImpact: 3 }),
  makeRisk({ id: 'r2', likelihood: 4, impact: 5 }),
  makeRisk({ id: 'r3', likelihood: 1, impact: 1 }),
  makeRisk({ id: 'r4', likelihood: 4, impact: 5, status: 'closed' }),
  makeRisk({ id: 'r5', likelihood: 4, impact: 5, deleted: true }),
];

describe('likelihood-impact heatmap', () => {
  it('counts open risks per cell, and the cell filter selects exactly those risks', () => {
    const counts = heatmapCounts(risks);
    expect(counts[3][4]).toBe(2);
    expect(counts[0][0]).toBe(1);
    expect(counts.flat().reduce((a, b) => a + b, 0)).toBe(3);
    expect(heatmapCounts(risks, { includeClosed: true })[3][4]).toBe(3);
    expect(heatmapCounts(risks, { residual: true })[1][2]).toBe(1);

    const cell = heatmapCellFilter({ likelihood: 4, impact: 5 });
    expect(queryRegister(risks, { where: cell }).rows.map((risk) => risk.id)).toEqual(['r1', 'r2']);
  });
});

describe('reviews', () => {
  const dated = [
    makeRisk({ id: 'late', reviewDate: '2025-03-09' }),
    makeRisk({ id: 'today', reviewDate: '2025-03-10' }),
    makeRisk({ id: 'soon', reviewDate: '2025-03-20' }),
    makeRisk({ id: 'later', reviewDate: '2025-05-01' }),
    makeRisk({ id: 'closed-late', reviewDate: '2025-01-01', status: 'closed' }),
    makeRisk({ id: 'monitoring-late', reviewDate: '2024-12-31', status: 'monitoring' }),
    makeRisk({ id: 'undated' }),
  ];

  it('marks a review overdue when its date is before today and the risk is not closed', () => {
    expect(overdueReviews(dated, '2025-03-10').map((risk) => risk.id)).toEqual(['monitoring-late', 'late']);
    expect(isReviewOverdue(dated[1], '2025-03-10')).toBe(false);
    expect(isReviewOverdue(dated[1], '2025-03-11')).toBe(true);
  });

  it('lists reviews due in the coming days, across a month end', () => {
    expect(reviewsDue(dated, '2025-03-10', 14).map((risk) => risk.id)).toEqual(['today', 'soon']);
    expect(reviewsDue(dated, '2025-04-20', 11).map((risk) => risk.id)).toEqual(['later']);
  });
});

describe('score over time', () => {
  it('builds a series from assessment events, carrying the unchanged level', () => {
    const series = scoreSeries([
      { at: '2025-03-05T10:00:00Z', impact: 3 },
      { at: '2025-03-01T10:00:00Z', likelihood: 4, impact: 5 },
      { at: '2025-03-05T10:00:00Z', likelihood: 2 },
      { at: '2025-03-07T10:00:00Z', likelihood: 2 },
      { at: '2025-03-09T10:00:00Z', likelihood: 1, impact: 2 },
    ]);
    expect(series.map((point) => `${point.at.slice(0, 10)} ${point.score} ${point.band}`)).toEqual([
      '2025-03-01 20 critical',
      '2025-03-05 6 medium',
      '2025-03-09 2 low',
    ]);
  });

  it('reads events from field changes such as the op log', () => {
    const events = assessmentEvents([
      { at: 't1', field: 'likelihood', value: 3 },
      { at: 't1', field: 'title', value: 'x' },
      { at: 't2', field: 'impact', value: 4 },
    ]);
    expect(events).toEqual([{ at: 't1', likelihood: 3 }, { at: 't2', impact: 4 }]);
    expect(scoreSeries(events).map((point) => point.score)).toEqual([12]);
  });
});
