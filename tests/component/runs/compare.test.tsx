import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { runSchema, type Run } from '@shared/domain';
import { RunComparison } from '../../../renderer/features/experiments/runs/RunComparison';

const run = (id: string, params: Record<string, string>, accuracy: number, loss: number): Run =>
  runSchema.parse({
    id, workspaceId: 'ws', createdAt: '2025-01-01T00:00:00Z', name: id, params,
    metrics: {
      accuracy: { latest: accuracy, min: accuracy - 0.1, max: accuracy, bestStep: 9, steps: 10 },
      loss: { latest: loss, min: loss, max: loss + 1, bestStep: 9, steps: 10 },
    },
  });

const runs = [
  run('rf-100', { n_estimators: '100', max_depth: '6', seed: '42' }, 0.95, 0.2),
  run('rf-300', { n_estimators: '300', max_depth: '6', seed: '42' }, 0.975, 0.15),
  run('logreg', { C: '1.0', seed: '42' }, 0.93, 0.3),
];

const renderComparison = (props: Partial<Parameters<typeof RunComparison>[0]> = {}) =>
  render(
    <RunComparison
      runs={runs}
      histories={new Map()}
      metric="accuracy"
      direction="maximize"
      metrics={['accuracy', 'loss']}
      onMetric={vi.fn()}
      onDirection={vi.fn()}
      {...props}
    />,
  );

describe('comparing runs', () => {
  it('highlights the params whose values differ, and only those', () => {
    renderComparison();
    const table = screen.getByRole('region', { name: 'Params table' });
    const rowOf = (key: string) => within(table).getByRole('rowheader', { name: new RegExp(`^${key}`) }).closest('tr') as HTMLElement;
    expect(rowOf('n_estimators')).toHaveClass('differs');
    expect(rowOf('max_depth')).toHaveClass('differs'); // logreg has none
    expect(rowOf('C')).toHaveClass('differs');
    expect(rowOf('seed')).not.toHaveClass('differs');
    expect(rowOf('n_estimators')).toHaveTextContent('differs');
    expect(screen.getByText('3 of 4 differ')).toBeInTheDocument();
  });

  it('names the best run by the primary metric and follows the direction', () => {
    const { rerender } = renderComparison();
    expect(screen.getByRole('status')).toHaveTextContent('Best run rf-300 with accuracy 0.975 (highest latest value)');
    rerender(
      <RunComparison runs={runs} histories={new Map()} metric="loss" direction="minimize" metrics={['accuracy', 'loss']} onMetric={vi.fn()} onDirection={vi.fn()} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Best run rf-300 with loss 0.15 (lowest latest value)');
    rerender(
      <RunComparison runs={runs} histories={new Map()} metric="loss" direction="maximize" metrics={['accuracy', 'loss']} onMetric={vi.fn()} onDirection={vi.fn()} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Best run logreg with loss 0.3');
  });

  it('marks the best value of each metric row', () => {
    renderComparison();
    const table = screen.getByRole('region', { name: 'Metrics table' });
    const best = [...table.querySelectorAll('td.best-cell')].map((cell) => cell.textContent);
    expect(best).toEqual(['0.975 (best)0.875 – 0.975', '0.15 (best)0.15 – 1.15']);
  });

  it('overlays one line per run and says when a long history was downsampled', () => {
    const steps = Array.from({ length: 5000 }, (_, i) => i);
    const histories = new Map([
      ['rf-100', { steps, values: steps.map((s) => s / 5000), timestamps: [] }],
      ['rf-300', { steps: [0, 1, 2], values: [0.5, 0.9, 0.975], timestamps: [] }],
    ]);
    const { container } = renderComparison({ histories });
    expect(container.querySelectorAll('path.series')).toHaveLength(2);
    expect(screen.getByText(/rf-100 downsampled from 5,000 points/)).toBeInTheDocument();
    // The chart's accessible summary uses the exact figures, not the downsampled copy.
    expect(screen.getByRole('img', { name: /accuracy by step/ }).getAttribute('aria-label')).toContain('rf-300: latest 0.975 (min 0.875, max 0.975)');
  });
});
