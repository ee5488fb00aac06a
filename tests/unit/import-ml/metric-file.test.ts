import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseMetricFile, summarisePoints, type ImportProblem } from '@shared/import/ml';

const parse = (text: string) => {
  const problems: ImportProblem[] = [];
  const points = parseMetricFile(text, 'exp/run/metrics/loss', problems);
  return { points, problems, summary: summarisePoints(points) };
};

describe('MLflow metric files', () => {
  it('reads `<timestamp> <value> [<step>]` lines, step defaulting to 0', () => {
    const { points, summary } = parse('1700000000000 0.5 0\n1700000000100 0.25 1\n1700000000200 0.125\n');
    expect(Array.from(points.values.subarray(0, points.length))).toEqual([0.5, 0.25, 0.125]);
    expect(Array.from(points.steps.subarray(0, points.length))).toEqual([0, 1, 0]);
    expect(summary).toMatchObject({ min: 0.125, max: 0.5, steps: 2 });
  });

  it("takes MLflow's latest: the largest (step, timestamp, value), not the last line", () => {
    // Step 5 logged twice at the same time, then a late write for an earlier step.
    const { summary } = parse('10 0.1 5\n10 0.3 5\n20 0.9 2\n');
    expect(summary?.latest).toBe(0.3);
    expect(parse('30 0.7 5\n20 0.8 5\n').summary?.latest).toBe(0.7);
  });

  it('counts distinct steps (repeated lines do not count twice) and the step of the best value', () => {
    const { summary } = parse('1 0.2 0\n1 0.2 0\n2 0.9 3\n3 0.4 1\n4 0.5 1\n');
    expect(summary).toEqual({ latest: 0.9, min: 0.2, max: 0.9, bestStep: 3, steps: 3 });
  });

  it('reports a line that is not numbers with its line number and still reads the rest', () => {
    const { points, problems } = parse('1 0.5 0\n2 oops 1\n3 0.7 2\nnot a line\n4 0.9 3\n');
    expect(points.length).toBe(3);
    expect(problems.map((p) => [p.path, p.line])).toEqual([
      ['exp/run/metrics/loss', 2],
      ['exp/run/metrics/loss', 4],
    ]);
    expect(problems[0].message).toContain('oops');
  });

  it("reads Python's nan and inf, exponents, CRLF endings and MLflow 3's extra columns", () => {
    const { points, summary, problems } = parse('1 nan 0\r\n2 inf 1\r\n3 -inf 2\r\n4 1e-05 3 run123 ds digest\r\n');
    expect(problems).toEqual([]);
    const values = Array.from(points.values.subarray(0, points.length));
    expect(values[0]).toBeNaN();
    expect(values.slice(1)).toEqual([Infinity, -Infinity, 1e-5]);
    // min/max consider finite values only.
    expect(summary).toMatchObject({ latest: 1e-5, min: 1e-5, max: 1e-5, bestStep: 3 });
  });

  it('parses every double exactly as Number() does (the fast path never rounds differently)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 50 }), (doubles) => {
        const text = doubles.map((value, step) => `${1700000000000 + step} ${value} ${step}`).join('\n');
        const { points, problems } = parse(text);
        expect(problems).toEqual([]);
        expect(Array.from(points.values.subarray(0, points.length))).toEqual(doubles.map((d) => Number(String(d))));
      }),
    );
    // Decimal forms Python writes, with up to 15 and beyond 15 significant digits.
    for (const token of ['0.1', '0.30000000000000004', '123.456', '-0.000123', '0.9666666666666667', '1234567.0']) {
      expect(parse(`1 ${token} 0`).points.values[0]).toBe(Number(token));
    }
  });

  it('gives no summary for an empty file', () => {
    expect(parse('').summary).toBeNull();
    expect(parse('\n\n').summary).toBeNull();
  });
});
