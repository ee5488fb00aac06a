import { describe, expect, it } from 'vitest';
import {
  bestRun, commonMetric, compareMetrics, compareParams, compareSelectionProblem, composeHypothesis, guessDirection,
  parseKeyValueLines, parseMetricLines, parseOptionalNumber, proposeVerdict, runTree,
} from '@shared/ml';

const summary = (latest: number) => ({ latest, min: latest, max: latest, bestStep: 0, steps: 1 });
const run = (id: string, metrics: Record<string, number>, params: Record<string, string> = {}, endTime: string | null = null) => ({
  id, name: id, startTime: null, endTime, params,
  metrics: Object.fromEntries(Object.entries(metrics).map(([k, v]) => [k, summary(v)])),
});

describe('the verdict proposed from the winning run', () => {
  const accuracy = { metric: 'accuracy', direction: 'maximize' as const, baseline: 0.9, target: 0.95 };
  it('validates when the result reaches the target', () => {
    expect(proposeVerdict(accuracy, 0.95)).toEqual({ verdict: 'validated', reason: 'accuracy 0.95 is at or above the target 0.95' });
    expect(proposeVerdict(accuracy, 0.975).verdict).toBe('validated');
  });
  it('refutes when the result falls short of the target, even if it beats the baseline', () => {
    expect(proposeVerdict(accuracy, 0.93)).toEqual({ verdict: 'refuted', reason: 'accuracy 0.93 falls short of the target 0.95' });
  });
  it('reads the target the other way for a metric to minimise', () => {
    const loss = { metric: 'loss', direction: 'minimize' as const, baseline: 0.5, target: 0.3 };
    expect(proposeVerdict(loss, 0.29).verdict).toBe('validated');
    expect(proposeVerdict(loss, 0.31).verdict).toBe('refuted');
  });
  it('judges against the baseline when there is no target', () => {
    const noTarget = { ...accuracy, target: null };
    expect(proposeVerdict(noTarget, 0.91).verdict).toBe('validated');
    expect(proposeVerdict(noTarget, 0.9).verdict).toBe('refuted');
  });
  it('is inconclusive without a result or anything to compare it with', () => {
    expect(proposeVerdict(accuracy, null).verdict).toBe('inconclusive');
    expect(proposeVerdict(accuracy, Number.NaN).verdict).toBe('inconclusive');
    expect(proposeVerdict({ ...accuracy, baseline: null, target: null }, 0.9).verdict).toBe('inconclusive');
  });
});

describe('the best run by a metric', () => {
  const runs = [run('a', { acc: 0.9, loss: 0.3 }), run('b', { acc: 0.97, loss: 0.5 }), run('c', { loss: 0.2 })];
  it('takes the highest latest value to maximise and the lowest to minimise', () => {
    expect(bestRun(runs, 'acc', 'maximize')?.id).toBe('b');
    expect(bestRun(runs, 'loss', 'minimize')?.id).toBe('c');
  });
  it('ignores runs without the metric and is null when none has it', () => {
    expect(bestRun(runs, 'f1', 'maximize')).toBeNull();
  });
  it('breaks a tie by the run that finished first', () => {
    const tied = [run('late', { acc: 0.9 }, {}, '2025-01-02T00:00:00Z'), run('early', { acc: 0.9 }, {}, '2025-01-01T00:00:00Z')];
    expect(bestRun(tied, 'acc', 'maximize')?.id).toBe('early');
  });
  it('guesses that losses and errors are minimised', () => {
    expect(guessDirection('val_loss')).toBe('minimize');
    expect(guessDirection('rmse')).toBe('minimize');
    expect(guessDirection('accuracy')).toBe('maximize');
  });
});

describe('comparing runs', () => {
  const runs = [run('a', { acc: 0.9 }, { lr: '0.1', depth: '4' }), run('b', { acc: 0.8, f1: 0.7 }, { lr: '0.1', depth: '6' }), run('c', {}, { lr: '0.1' })];
  it('flags params whose values differ, counting a missing param as different', () => {
    expect(compareParams(runs)).toEqual([
      { key: 'depth', values: ['4', '6', null], differs: true },
      { key: 'lr', values: ['0.1', '0.1', '0.1'], differs: false },
    ]);
  });
  it('lists every metric any run logged', () => {
    expect(compareMetrics(runs).map((row) => [row.key, row.values.map((v) => v?.latest ?? null)])).toEqual([
      ['acc', [0.9, 0.8, null]],
      ['f1', [null, 0.7, null]],
    ]);
    expect(commonMetric(runs)).toBe('acc');
  });
  it('takes 2 to 20 runs', () => {
    expect(compareSelectionProblem(1)).toMatch(/at least 2/);
    expect(compareSelectionProblem(2)).toBeNull();
    expect(compareSelectionProblem(20)).toBeNull();
    expect(compareSelectionProblem(21)).toMatch(/at most 20/);
  });
});

describe('hypothesis cards and hand-entered runs', () => {
  it('writes the hypothesis sentence from its parts', () => {
    expect(composeHypothesis({ change: 'If we add class weights.', metric: 'recall', baseline: 0.6, target: 0.7 })).toBe(
      'If we add class weights, then recall moves from 0.6 to 0.7.',
    );
    expect(composeHypothesis({ change: '', metric: '', baseline: null, target: null })).toBe('If we …, then the metric moves from … to ….');
  });
  it('reads optional numbers and says what is wrong', () => {
    expect(parseOptionalNumber(' ')).toEqual({ value: null, error: null });
    expect(parseOptionalNumber('0.95')).toEqual({ value: 0.95, error: null });
    expect(parseOptionalNumber('high').error).toBe('"high" is not a number');
  });
  it('reads params and metrics line by line, naming the bad line', () => {
    expect(parseKeyValueLines('lr = 0.01\n\n# note\ndepth: 6', 'Params')).toEqual({ values: { lr: '0.01', depth: '6' }, errors: [] });
    expect(parseKeyValueLines('lr 0.01', 'Params').errors).toEqual(['Params, line 1: expected "key = value", got "lr 0.01"']);
    const metrics = parseMetricLines('acc = 0.9\nloss = low');
    expect(metrics.values.acc).toEqual({ latest: 0.9, min: 0.9, max: 0.9, bestStep: 0, steps: 1 });
    expect(metrics.errors).toEqual(['Metrics, line 2: the value of "loss" must be a number, got "low"']);
  });
});

describe('the runs list order', () => {
  const r = (id: string, parentRunId: string | null, startTime: string) => ({ id, name: id, parentRunId, startTime });
  it('puts a sweep parent before its trials, newest first, and never loses a run in a parent loop', () => {
    const rows = runTree([r('t1', 'sweep', '2025-01-02'), r('solo', null, '2025-01-05'), r('sweep', null, '2025-01-01'), r('t2', 'sweep', '2025-01-03'), r('x', 'y', '2025-01-01'), r('y', 'x', '2025-01-01')]);
    expect(rows.map((row) => `${'-'.repeat(row.depth)}${row.run.id}`)).toEqual(['solo', 'sweep', '-t2', '-t1', 'x', '-y']);
    expect(rows.find((row) => row.run.id === 'sweep')?.childCount).toBe(2);
  });
});
