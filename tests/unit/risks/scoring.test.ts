import { describe, expect, it } from 'vitest';
import { currentScore, residualScore, riskScore, scoreBand } from '@shared/risks';
import { makeRisk } from './risk-fixtures';

describe('risk scores and bands', () => {
  it('scores likelihood x impact and bands the standard 5x5 matrix', () => {
    // Rows: likelihood 1..5; columns: impact 1..5.
    const matrix = [1, 2, 3, 4, 5].map((likelihood) => [1, 2, 3, 4, 5].map((impact) => scoreBand(riskScore(likelihood, impact))[0].toUpperCase()).join(''));
    expect(matrix).toEqual([
      'LLLLM',
      'LLMMH',
      'LMMHH',
      'LMHHC',
      'MHHCC',
    ]);
    expect([4, 5, 9, 10, 16, 20, 25].map(scoreBand)).toEqual(['low', 'medium', 'medium', 'high', 'high', 'critical', 'critical']);
  });

  it('refuses levels outside 1-5', () => {
    expect(() => riskScore(0, 3)).toThrow('likelihood and impact must be whole numbers from 1 to 5 (got 0 and 3)');
    expect(() => riskScore(2.5, 3)).toThrow(RangeError);
    expect(() => scoreBand(26)).toThrow('a risk score runs from 1 to 25 (got 26)');
  });

  it('gives a residual score once both residual levels are assessed', () => {
    expect(residualScore(makeRisk({ likelihood: 4, impact: 5, residualLikelihood: 2, residualImpact: null }))).toBeNull();
    const mitigated = makeRisk({ likelihood: 4, impact: 5, residualLikelihood: 2, residualImpact: 3 });
    expect(residualScore(mitigated)).toBe(6);
    expect(currentScore(mitigated)).toBe(6);
    expect(currentScore(makeRisk({ likelihood: 4, impact: 5 }))).toBe(20);
  });
});
