import { describe, expect, it } from 'vitest';
import { histogramLayout, sprintLinesLayout, stackedFlowLayout, thinLabels, velocityLayout, type ChartBox } from '@shared/charts';

const box: ChartBox = { width: 640, height: 260, margin: { top: 16, right: 16, bottom: 44, left: 58 } };
const bottom = 260 - 44;

describe('velocity layout', () => {
  const sprints = [
    { id: 'a', name: 'Sprint 1', committed: 20, completed: 10 },
    { id: 'b', name: 'Sprint 2', committed: 24, completed: 26 },
  ];
  const layout = velocityLayout(sprints, box, 18);

  it('stands every bar on the zero line with a height in proportion to its points', () => {
    const [first, second] = layout.groups;
    for (const bar of [...first.bars, ...second.bars]) expect(bar.y + bar.height).toBeCloseTo(bottom, 6);
    expect(first.bars.map((b) => b.key)).toEqual(['committed', 'completed']);
    expect(first.bars[0].height / first.bars[1].height).toBeCloseTo(2, 6);
    expect(second.bars[1].height).toBeGreaterThan(second.bars[0].height);
  });

  it('puts a sprint’s two bars side by side under its label, inside the plot', () => {
    for (const [i, group] of layout.groups.entries()) {
      const [committed, completed] = group.bars;
      expect(completed.x).toBeGreaterThan(committed.x + committed.width);
      expect(layout.xTicks[i].at).toBeGreaterThan(committed.x);
      expect(layout.xTicks[i].at).toBeLessThan(completed.x + completed.width);
      expect(committed.x).toBeGreaterThanOrEqual(58);
      expect(completed.x + completed.width).toBeLessThanOrEqual(640 - 16);
    }
    expect(layout.xTicks.map((t) => t.label)).toEqual(['Sprint 1', 'Sprint 2']);
  });

  it('labels the y axis in round steps from zero, keeps the tallest bar inside the plot, and places the average on it', () => {
    expect(layout.yTicks.map((t) => t.value)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(layout.yTicks[0].at).toBe(bottom);
    const tallest = layout.groups[1].bars[1];
    expect(tallest.y).toBeGreaterThanOrEqual(16);
    const perPoint = (bottom - layout.yTicks[1].at) / 5;
    expect(layout.average?.y).toBeCloseTo(bottom - 18 * perPoint, 6);
    expect(tallest.height).toBeCloseTo(26 * perPoint, 6);
  });
});

describe('sprint lines layout', () => {
  const input = {
    count: 5,
    lines: [
      { id: 'ideal', values: [8, 6, 4, 2, 0] },
      { id: 'remaining', values: [8, 8, null, 5, null] },
      { id: 'scope', values: [8, 8, 11, 11, 11], curve: 'step' as const },
    ],
    labels: [
      { index: 0, label: 'Start' },
      { index: 4, label: '11 Mar' },
    ],
    markers: [{ index: 2, value: 11, label: 'added D (+3)' }],
  };
  const layout = sprintLinesLayout(input, box);
  const [ideal, remaining, scope] = layout.lines;

  it('spaces the days evenly from the left edge of the plot to its right edge', () => {
    const xs = ideal.points.map((p) => p.x);
    expect(xs[0]).toBe(58);
    expect(xs.at(-1)).toBe(640 - 16);
    expect(xs[2] - xs[1]).toBeCloseTo(xs[1] - xs[0], 6);
    expect(layout.xTicks).toEqual([
      { at: 58, label: 'Start' },
      { at: 624, label: '11 Mar' },
    ]);
  });

  it('leaves a gap for a missing day and dots a value that has no neighbour to join', () => {
    expect(remaining.d.match(/M/g)).toHaveLength(2);
    expect(remaining.points).toHaveLength(3);
    expect(remaining.isolated).toEqual([remaining.points[2]]);
    expect(ideal.isolated).toEqual([]);
  });

  it('draws scope as steps: it holds its value until the day it changes', () => {
    // A step line has a horizontal then a vertical segment per change: more vertices than days.
    expect(scope.d.match(/[ML]/g)!.length).toBeGreaterThan(5);
    expect(ideal.d.match(/[ML]/g)).toHaveLength(5);
  });

  it('scales y from zero to the highest value of any line, and puts markers on it', () => {
    expect(layout.yTicks[0]).toEqual({ at: bottom, value: 0 });
    expect(Math.min(...scope.points.map((p) => p.y))).toBeGreaterThanOrEqual(16);
    expect(layout.markers[0].x).toBeCloseTo(ideal.points[2].x, 6);
    expect(layout.markers[0].y).toBeCloseTo(scope.points[2].y, 6);
    expect(layout.markers[0].y).toBeLessThan(ideal.points[0].y);
  });
});

describe('thinLabels', () => {
  it('keeps at most the number asked, evenly spaced, always with the first and the last', () => {
    const days = Array.from({ length: 23 }, (_, i) => i);
    const kept = thinLabels(days, 10);
    expect(kept.length).toBeLessThanOrEqual(10);
    expect(kept[0]).toBe(0);
    expect(kept.at(-1)).toBe(22);
    expect(thinLabels([1, 2, 3], 10)).toEqual([1, 2, 3]);
  });
});

describe('histogram layout (forecast finishing dates)', () => {
  const layout = histogramLayout(
    {
      domain: [0, 20],
      bars: [
        { from: 2, to: 3, count: 100 },
        { from: 3, to: 4, count: 400 },
        // A gap of days with no finish reads as a gap, not as the next bar.
        { from: 10, to: 17, count: 50 },
      ],
      marks: [3.5, 18],
      xTickCount: 5,
      yTickCount: 4,
    },
    box,
  );
  const dayWidth = (640 - 16 - 58) / 20;

  it('places bars on a true day axis: a wider span is a wider bar, an empty span an empty gap', () => {
    const [a, b, week] = layout.bars;
    expect(a.x0).toBeCloseTo(58 + 2 * dayWidth, 6);
    expect(b.x0).toBeCloseTo(a.x1, 6);
    expect(week.x1 - week.x0).toBeCloseTo(7 * (a.x1 - a.x0), 6);
    expect(week.x0 - b.x1).toBeCloseTo(6 * dayWidth, 6);
  });

  it('sizes bars by count from the bottom of the plot', () => {
    const [a, b] = layout.bars;
    expect(b.height / a.height).toBeCloseTo(4, 6);
    expect(a.y + a.height).toBeCloseTo(bottom, 6);
    expect(layout.yTicks[0]).toEqual({ at: bottom, value: 0 });
  });

  it('puts marks and day ticks on the same axis as the bars', () => {
    expect(layout.marks.map((m) => m.day)).toEqual([3.5, 18]);
    expect(layout.marks[0].x).toBeCloseTo((layout.bars[1].x0 + layout.bars[1].x1) / 2, 6);
    expect(layout.xTicks.map((t) => t.value)).toEqual([0, 5, 10, 15, 20]);
    expect(layout.xTicks[2].at).toBeCloseTo(layout.bars[2].x0, 6);
  });
});

describe('stacked flow layout (cumulative flow)', () => {
  const days = [
    { done: 0, inprogress: 0, todo: 4 },
    { done: 1, inprogress: 1, todo: 2 },
    { done: 3, inprogress: 0, todo: 2 },
  ];
  const layout = stackedFlowLayout(days, ['done', 'inprogress', 'todo'] as const, box);

  it('stacks the first key at the bottom and puts the top layer at each day’s total', () => {
    expect(layout.layers.map((l) => l.key)).toEqual(['done', 'inprogress', 'todo']);
    const perItem = (bottom - layout.yTicks[1].at) / layout.yTicks[1].value;
    const [done, , todo] = layout.layers;
    expect(done.tops[2]).toBeCloseTo(bottom - 3 * perItem, 6);
    expect(todo.tops[0]).toBeCloseTo(todo.tops[1], 6);
    expect(todo.tops[2]).toBeLessThan(todo.tops[1]);
    expect(todo.tops[2]).toBeCloseTo(bottom - 5 * perItem, 6);
  });

  it('spreads the days across the plot', () => {
    expect(layout.dayX).toEqual([58, 58 + 283, 624]);
  });
});
