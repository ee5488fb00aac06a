import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import type { FlowDay, SprintVelocity } from '@shared/agile';
import { CumulativeFlowChart, VelocityChart } from '../../../renderer/kernel/charts';

const sprints: SprintVelocity[] = [
  { sprintId: 'v1', name: 'Sprint 1', endDate: '2026-01-09', committed: 20, completed: 18 },
  { sprintId: 'v2', name: 'Sprint 2', endDate: '2026-01-23', committed: 24, completed: 26 },
  { sprintId: 'v3', name: 'Sprint 3', endDate: '2026-02-06', committed: 16, completed: 8 },
];

describe('VelocityChart', () => {
  it('draws a committed and a completed bar per sprint, sized by the numbers', () => {
    const { container } = render(<VelocityChart sprints={sprints} width={500} height={260} />);
    expect(container.querySelectorAll('rect.bar')).toHaveLength(6);
    const completed = [...container.querySelectorAll('rect.bar-completed')];
    expect(completed.map((r) => r.getAttribute('data-value'))).toEqual(['18', '26', '8']);
    const heights = completed.map((r) => Number(r.getAttribute('height')));
    expect(heights[1]).toBeGreaterThan(heights[0]);
    expect(heights[0] / heights[2]).toBeCloseTo(18 / 8, 5);
    expect([...container.querySelectorAll('.axis-x .tick text')].map((t) => t.textContent)).toEqual(['Sprint 1', 'Sprint 2', 'Sprint 3']);
  });

  it('states every sprint and the average in its accessible name', () => {
    render(<VelocityChart sprints={sprints} width={500} height={260} />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Velocity. Sprint 1 committed 20, completed 18; Sprint 2 committed 24, completed 26; Sprint 3 committed 16, completed 8. ' +
        'Average completed over the last 3 sprints: 17.3 points.',
    );
    expect(screen.getByText('Average 17.3')).toBeTruthy();
  });

  it('says so when there is no completed sprint', () => {
    const { container } = render(<VelocityChart sprints={[]} width={500} height={260} />);
    expect(container.querySelectorAll('rect')).toHaveLength(0);
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('No completed sprints yet');
  });
});

describe('CumulativeFlowChart', () => {
  const days: FlowDay[] = [
    { date: '2026-03-04', todo: 4, inprogress: 0, done: 0 },
    { date: '2026-03-05', todo: 3, inprogress: 1, done: 0 },
    { date: '2026-03-06', todo: 3, inprogress: 0, done: 1 },
    { date: '2026-03-10', todo: 3, inprogress: 0, done: 2 },
    { date: '2026-03-11', todo: 2, inprogress: 0, done: 3 },
  ];

  it('stacks done, in progress and to do, and names the first and last day', () => {
    const { container } = render(<CumulativeFlowChart days={days} width={500} height={260} />);
    expect([...container.querySelectorAll('path.layer')].map((p) => p.getAttribute('class'))).toEqual([
      'layer layer-done', 'layer layer-inprogress', 'layer layer-todo',
    ]);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Cumulative flow. Items by status over 5 days. 4 Mar: 4 to do, 0 in progress, 0 done. 11 Mar: 2 to do, 0 in progress, 3 done.',
    );
    expect([...container.querySelectorAll('.axis-x .tick text')].map((t) => t.textContent)).toEqual(['4 Mar', '5 Mar', '6 Mar', '10 Mar', '11 Mar']);
  });

  it('puts the top of the stack at the total of each day', () => {
    const { container } = render(<CumulativeFlowChart days={days} width={500} height={260} />);
    const top = container.querySelector('path.layer-todo')?.getAttribute('d') ?? '';
    // All days total 4 or 5, so every upper vertex sits at the 4 or 5 mark; day 4 (5 items) is highest.
    const ys = [...top.matchAll(/[ML][^,]+,([-\d.]+)/g)].map((m) => Number(m[1])).slice(0, 5);
    expect(ys[3]).toBeLessThan(ys[0]);
    expect(ys[0]).toBe(ys[1]);
  });
});
