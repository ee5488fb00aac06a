import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { itemEventsFromOps, sprintBurn } from '@shared/agile';
import { BurndownChart, BurnupChart } from '../../../renderer/kernel/charts';
import { calendar, s1, sprintItems, sprintOps, workflow } from '../../unit/agile/sprint-scenario';

const input = { sprint: s1, items: sprintItems, events: itemEventsFromOps(sprintOps), workflow, calendar };
const finished = sprintBurn({ ...input, asOf: '2026-03-12T09:00' });
const midway = sprintBurn({ ...input, asOf: '2026-03-10T11:00' });

const tickLabels = (svg: Element) => [...svg.querySelectorAll('.axis-x .tick text')].map((t) => t.textContent);
/** Number of vertices in a path's "d": one M or L per point. */
const vertices = (path: Element | null) => (path?.getAttribute('d') ?? '').match(/[ML]/g)?.length ?? 0;

describe('BurndownChart', () => {
  it('summarises remaining vs ideal and the scope changes in its accessible name', () => {
    render(<BurndownChart burn={finished} width={600} height={300} />);
    const svg = screen.getByRole('img');
    expect(svg.getAttribute('aria-label')).toBe(
      'Sprint burndown. Committed 11 points over 4 working days. 8 points remaining of 16 on 11 Mar (ideal 0). ' +
        'Scope changed 3 times: 3 points added, 1 point removed.',
    );
    expect(svg.querySelector('title')?.textContent).toBe('Sprint burndown');
    expect(svg.getAttribute('width')).toBe('600');
  });

  it('labels only working days on the x axis and marks every scope change', () => {
    const { container } = render(<BurndownChart burn={finished} width={600} height={300} />);
    const svg = container.querySelector('svg') as SVGSVGElement;
    expect(tickLabels(svg)).toEqual(['Start', '5 Mar', '6 Mar', '10 Mar', '11 Mar']);
    expect([...svg.querySelectorAll('.marker title')].map((t) => t.textContent)).toEqual([
      'added D on 7 Mar (+3)',
      'estimate B on 10 Mar (+3)',
      'removed E on 11 Mar (-1)',
    ]);
    expect(vertices(svg.querySelector('[data-series="remaining"]'))).toBe(5);
    expect(vertices(svg.querySelector('[data-series="ideal"]'))).toBe(5);
    expect(svg.querySelector('[data-series="ideal"]')?.getAttribute('stroke-dasharray')).toBe('5 4');
  });

  it('stops the remaining line at today', () => {
    const { container } = render(<BurndownChart burn={midway} width={600} height={300} />);
    expect(vertices(container.querySelector('[data-series="remaining"]'))).toBe(4);
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('9 points remaining of 14 on 10 Mar (ideal 2.75)');
  });
});

describe('BurnupChart', () => {
  it('summarises completed against scope', () => {
    const { container } = render(<BurnupChart burn={finished} width={600} height={300} />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('8 points completed of 16 in scope on 11 Mar (ideal 11)');
    expect(container.querySelector('.legend')?.textContent).toBe('IdealScopeCompleted');
  });

  it('draws the completed line higher as work finishes', () => {
    const { container } = render(<BurnupChart burn={finished} width={600} height={300} />);
    const d = container.querySelector('[data-series="completed"]')?.getAttribute('d') ?? '';
    const ys = [...d.matchAll(/[ML][^,]+,([-\d.]+)/g)].map((m) => Number(m[1]));
    expect(ys).toHaveLength(5);
    // SVG y grows downwards: completed 0, 0, 3, 5, 8.
    expect(ys[0]).toBe(ys[1]);
    expect(ys[2]).toBeLessThan(ys[1]);
    expect(ys[3]).toBeLessThan(ys[2]);
    expect(ys[4]).toBeLessThan(ys[3]);
  });
});
