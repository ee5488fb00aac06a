import type { SprintBurn } from '@shared/agile';
import { formatNumber } from './axes';
import type { ChartSize } from './chart-frame';
import { shortDate, unitLabel } from './chart-labels';
import { SprintLineChart } from './sprint-line-chart';
import { latestActual, scopeText, values } from './sprint-chart-parts';

export function burndownSummary(burn: SprintBurn): string {
  const latest = latestActual(burn);
  const start = `Committed ${unitLabel(burn.unit, burn.committed)} over ${burn.workingDays.length} working days.`;
  if (!latest) return `${start} The sprint has not started.`;
  const when = latest.index === 0 ? 'at the start' : `on ${shortDate(latest.date)}`;
  return `${start} ${unitLabel(burn.unit, latest.remaining ?? 0)} remaining of ${formatNumber(latest.scope ?? 0)} ${when} (ideal ${formatNumber(latest.idealRemaining)}). ${scopeText(burn)}`;
}

/** Remaining work per working day against the ideal line, with the total scope and its changes. */
export function BurndownChart({ burn, width, height, title = 'Sprint burndown' }: ChartSize & { burn: SprintBurn; title?: string }) {
  return (
    <SprintLineChart
      burn={burn}
      width={width}
      height={height}
      title={title}
      summary={burndownSummary(burn)}
      lines={[
        { id: 'ideal', label: 'Ideal', color: 'var(--muted)', dashed: true, values: values(burn, (p) => p.idealRemaining) },
        { id: 'scope', label: 'Scope', color: 'var(--fg)', curve: 'step', values: values(burn, (p) => p.scope) },
        { id: 'remaining', label: 'Remaining', color: 'var(--accent)', values: values(burn, (p) => p.remaining) },
      ]}
    />
  );
}
