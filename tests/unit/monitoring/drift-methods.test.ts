import { describe, expect, it } from 'vitest';
import {
  binnedShares, computeDrift, defaultMethod, fillZeroShares, histogramCounts, jensenShannonDistance,
  populationStabilityIndex, readCsvText, sturgesEdges, wassersteinDistance, type ColumnSample,
} from '@shared/monitoring';

const num = (xs: number[]): ColumnSample => ({ type: 'num', sorted: Float64Array.from(xs).sort(), integerDtype: false });

describe("Evidently's default test choice", () => {
  it('uses tests for a reference of at most 1,000 rows and distances above', () => {
    expect(defaultMethod('num', 1000, 6)).toBe('ks');
    expect(defaultMethod('num', 1000, 5)).toBe('chisquare');
    expect(defaultMethod('cat', 1000, 3)).toBe('chisquare');
    expect(defaultMethod('cat', 1000, 2)).toBe('z');
    expect(defaultMethod('num', 1001, 6)).toBe('wasserstein');
    expect(defaultMethod('num', 1001, 5)).toBe('jensenshannon');
    expect(defaultMethod('cat', 5000, 40)).toBe('jensenshannon');
  });

  it('picks them per column on real CSV text, dropping missing cells per column', () => {
    const make = (n: number, f: (i: number) => string) => ['x,level,flag', ...Array.from({ length: n }, (_, i) => f(i))].join('\n');
    const reference = readCsvText(make(1200, (i) => `${i % 50},${i % 4},${i % 2 ? 'yes' : 'no'}`));
    const current = readCsvText(make(900, (i) => `${i % 7 === 0 ? '' : (i % 50) + 10},${i % 4},${i % 3 ? 'yes' : 'no'}`));
    const result = computeDrift(reference, current);
    expect(result.columns.map((c) => [c.column, c.method])).toEqual([
      ['x', 'wasserstein'],
      ['level', 'jensenshannon'],
      ['flag', 'jensenshannon'],
    ]);
    expect(result.columns[0].nCurrent).toBe(900 - Math.ceil(900 / 7));
    expect(result.columns[0].drift).toBe(true);
  });

  it('forces a method and threshold for every column when asked', () => {
    const reference = readCsvText('v\n1\n2\n3\n4\n5\n6\n7\n8');
    const current = readCsvText('v\n2\n3\n4\n5\n6\n7\n8\n9');
    const psi = computeDrift(reference, current, { method: 'psi', threshold: 5 });
    expect(psi.columns[0]).toMatchObject({ method: 'psi', threshold: 5, drift: false });
    expect(() => computeDrift(readCsvText('c\na\nb'), readCsvText('c\na\nb'), { method: 'ks' })).toThrow(/categorical/);
  });

  it('reports a column with no values instead of a number', () => {
    expect(() => computeDrift(readCsvText('a,b\n1,\n2,'), readCsvText('a,b\n1,3\n2,4'))).toThrow(/"b" has no values in the reference/);
    expect(() => computeDrift(readCsvText('a\n1'), readCsvText('b\n1'))).toThrow(/share no column/);
  });
});

describe('distances', () => {
  it('Wasserstein is the area between the two CDFs', () => {
    expect(wassersteinDistance(Float64Array.of(0, 1, 3), Float64Array.of(5, 6, 8))).toBeCloseTo(5, 14);
    expect(wassersteinDistance(Float64Array.of(0, 1), Float64Array.of(0, 0, 1, 1))).toBe(0);
    // CDFs 1/2 vs 0 on [0,1), 1/2 vs 1 on [1,2): area 1/2 + 1/2.
    expect(wassersteinDistance(Float64Array.of(0, 2), Float64Array.of(1))).toBeCloseTo(1, 14);
  });

  it('Jensen–Shannon distance is 0 for the same shares and √ln2 for disjoint ones', () => {
    expect(jensenShannonDistance([0.2, 0.8], [0.2, 0.8])).toBe(0);
    expect(jensenShannonDistance([1, 0], [0, 1])).toBeCloseTo(Math.sqrt(Math.LN2), 14);
  });

  it('PSI fills empty bins the way Evidently does', () => {
    const filled = fillZeroShares(Float64Array.of(0.5, 0.5, 0));
    expect(Array.from(filled)).toEqual([0.5, 0.5, 0.0001]);
    expect(populationStabilityIndex([0.5, 0.5], [0.25, 0.75])).toBeCloseTo(0.25 * Math.log(2) - 0.25 * Math.log(2 / 3), 14);
  });

  it('bins numbers with numpy sturges edges over both samples once the reference has more than 20 values', () => {
    const edges = sturgesEdges(0, 10, 16);
    expect(Array.from(edges)).toEqual([0, 2, 4, 6, 8, 10]); // log2(16) + 1 = 5 bins
    expect(Array.from(histogramCounts(Float64Array.of(0, 1.99, 2, 9.5, 10), edges))).toEqual([2, 1, 0, 0, 2]);
    const ref = num(Array.from({ length: 30 }, (_, i) => i));
    const shares = binnedShares(ref, num([0, 29]));
    expect(shares.edges).not.toBeNull();
    expect(shares.reference.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(binnedShares(num([1, 2, 2]), num([2, 3])).labels).toEqual([2, 3, 1]);
  });
});
