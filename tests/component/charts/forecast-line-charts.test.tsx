import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { historyForecast, monteCarloForecast } from '@shared/agile';
import { ForecastChart, LineChart } from '../../../renderer/kernel/charts';

describe('ForecastChart', () => {
  it('shows one bar when every simulation ends on the same day', () => {
    const forecast = monteCarloForecast({ weeklyThroughput: [5, 5, 5], remaining: 20, start: '2026-03-02' });
    const { container } = render(<ForecastChart forecast={forecast} width={600} height={280} />);
    const bars = container.querySelectorAll('rect.bar');
    expect(bars).toHaveLength(1);
    expect(bars[0].getAttribute('data-count')).toBe('10000');
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Completion forecast. 10000 simulations for 20 items remaining: 50% finish by 30 Mar 2026, 85% by 30 Mar 2026, 95% by 30 Mar 2026.',
    );
  });

  it('labels both axes and says how much history a widened forecast rests on', () => {
    const forecast = historyForecast({ weeklyThroughput: [5, 5, 5], remaining: 20, start: '2026-03-02' });
    const { container } = render(<ForecastChart forecast={forecast} width={600} height={280} />);
    expect(container.textContent).toContain('completion date');
    expect(container.textContent).toContain('simulated runs');
    expect(container.querySelectorAll('rect.bar').length).toBeGreaterThan(3);
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('Based on 3 weeks of throughput history, few enough that the spread was widened.');
  });

  it('marks P50, P85 and P95 on a spread of outcomes', () => {
    // 0 or 10 a week for 10 items: done after 1, 2, 3 … weeks; P85 = 3 weeks, P95 = 5 weeks.
    const forecast = monteCarloForecast({ weeklyThroughput: [0, 10], remaining: 10, start: '2026-03-02' });
    const { container } = render(<ForecastChart forecast={forecast} width={600} height={280} />);
    expect(container.querySelectorAll('rect.bar').length).toBeGreaterThanOrEqual(5);
    const counts = [...container.querySelectorAll('rect.bar')].map((r) => Number(r.getAttribute('data-count')));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(10_000);
    expect(counts[0]).toBeGreaterThan(counts[1]);
    const labels = [...container.querySelectorAll('.percentile text')].map((t) => t.textContent);
    expect(labels[1]).toBe('P85 23 Mar');
    expect(labels[2]).toBe('P95 6 Apr');
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('85% by 23 Mar 2026, 95% by 6 Apr 2026');
  });

  it('explains why there is no forecast', () => {
    const forecast = monteCarloForecast({ weeklyThroughput: [0, 0], remaining: 20, start: '2026-03-02' });
    const { container } = render(<ForecastChart forecast={forecast} width={600} height={280} />);
    expect(container.querySelectorAll('rect.bar')).toHaveLength(0);
    expect(container.querySelector('svg > text')?.textContent).toMatch(/^No forecast: nothing was finished in the last 2 week\(s\)/);
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('No forecast: nothing was finished');
  });
});

describe('LineChart', () => {
  const series = [
    { id: 'auc', label: 'AUC', points: [{ x: 1, y: 0.8 }, { x: 2, y: null }, { x: 3, y: 0.84 }, { x: 4, y: 0.86 }] },
    { id: 'baseline', label: 'Baseline', dashed: true, points: [{ x: 1, y: 0.82 }, { x: 4, y: 0.82 }] },
  ];

  it('draws each series with gaps for missing values and a threshold band', () => {
    const { container } = render(
      <LineChart title="AUC by step" series={series} width={400} height={240} threshold={{ from: 0.75, to: 0.9, label: 'Healthy' }} />,
    );
    expect(container.querySelectorAll('path.series')).toHaveLength(2);
    // The null at x=2 splits the AUC line in two pieces.
    expect(container.querySelector('[data-series="auc"]')?.getAttribute('d')?.match(/M/g)).toHaveLength(2);
    expect(container.querySelector('.threshold rect')).toBeTruthy();
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'AUC by step. AUC: latest 0.86 (min 0.8, max 0.86, 3 points); Baseline: latest 0.82 (min 0.82, max 0.82, 2 points); Healthy: 0.75 to 0.9.',
    );
  });

  it('renders a readable empty state', () => {
    const { container } = render(<LineChart title="Latency" series={[]} width={400} height={240} />);
    expect(container.querySelector('svg > text')?.textContent).toBe('No data yet');
    expect(container.querySelectorAll('path')).toHaveLength(0);
  });
});

describe('LineChart for metric histories', () => {
  it('fits the y axis to the data when not zero-based and shows isolated points as dots', () => {
    const { container } = render(
      <LineChart
        title="AUC"
        zeroBased={false}
        width={400}
        height={240}
        series={[{ id: 'auc', label: 'AUC', points: [{ x: 1, y: 0.8 }, { x: 2, y: null }, { x: 3, y: 0.84 }, { x: 4, y: 0.86 }] }]}
      />,
    );
    const yLabels = [...container.querySelectorAll('.axis-y .tick text')].map((t) => Number(t.textContent));
    expect(Math.min(...yLabels)).toBeGreaterThanOrEqual(0.75);
    expect(container.querySelectorAll('circle.point')).toHaveLength(1);
  });
});
