import { describe, expect, it } from 'vitest';
import { defaultMetric, guessDirection, paramPlot } from '@shared/ml';

const summary = (latest: number) => ({ latest, min: latest, max: latest, bestStep: 0, steps: 1 });
const run = (id: string, params: Record<string, string>, metrics: Record<string, number>) => ({
  id,
  name: id,
  params,
  metrics: Object.fromEntries(Object.entries(metrics).map(([k, v]) => [k, summary(v)])),
});

describe('default primary metric', () => {
  it('never picks a count such as epochs_trained when a quality measure was logged', () => {
    const runs = [run('a', {}, { epochs_trained: 10, val_rmse: 0.7 }), run('b', {}, { epochs_trained: 12, val_rmse: 0.6 })];
    expect(defaultMetric(runs)).toBe('val_rmse');
    expect(guessDirection('val_rmse')).toBe('minimize');
  });
  it("prefers the experiment's target metric when the runs logged it", () => {
    const runs = [run('a', {}, { loss: 1, metric_2: 0.9 })];
    expect(defaultMetric(runs, 'metric_2')).toBe('metric_2');
    expect(defaultMetric(runs, 'not_logged')).toBe('loss');
  });
  it('reads accuracy-like names as higher-is-better even with an epoch suffix', () => {
    const runs = [run('a', {}, { epochs: 10, test_acc_epoch: 0.83, train_loss_epoch: 0.03 }), run('b', {}, { epochs: 10 })];
    expect(defaultMetric(runs)).toBe('test_acc_epoch');
    expect(guessDirection('test_acc_epoch')).toBe('maximize');
    expect(guessDirection('train_loss_epoch')).toBe('minimize');
    expect(guessDirection('val_mape')).toBe('minimize');
  });
});

describe('params → metric plot data', () => {
  it('keeps only differing params, numbers as numbers and text as sorted categories', () => {
    const runs = [
      run('a', { lr: '0.1', opt: 'sgd', seed: '1' }, { acc: 0.8 }),
      run('b', { lr: '0.01', opt: 'adam', seed: '1' }, { acc: 0.9 }),
      run('c', { opt: 'sgd', seed: '1' }, {}),
    ];
    const plot = paramPlot(runs, 'acc');
    expect(plot.params).toEqual([
      { key: 'lr', kind: 'number', min: 0.01, max: 0.1 },
      { key: 'opt', kind: 'category', categories: ['adam', 'sgd'] },
    ]);
    expect(plot.metric).toEqual({ key: 'acc', min: 0.8, max: 0.9 });
    expect(plot.rows.map((r) => [r.params, r.metric])).toEqual([
      [[0.1, 'sgd'], 0.8],
      [[0.01, 'adam'], 0.9],
      [[null, 'sgd'], null],
    ]);
  });
});
