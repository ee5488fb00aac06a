import type { SprintBurn } from '@shared/agile';
import { formatNumber } from './axes';
import type { ChartSize } from './chart-frame';
import { shortDate, unitLabel } from './chart-labels';
import { SprintLineChart } from './sprint-line-chart';
import { latestActual, scopeText, values } from './sprint-chart-parts';

export function burnupSummary(burn: SprintBurn): string {
  const latest = latestActual(burn);
  const start = `Committed ${unitLabel(burn.unit, burn.committed)} over ${burn.workingDays.length} working days.`;
  if (!latest) return `${start} The sprint has not started.`;
  const when = latest.index === 0 ? 'at the start' : `on ${shortDate(latest.date)}`;
  return `${start} ${unitLabel(burn.unit, latest.completed ?? 0)} completed of ${formatNumber(latest.scope ?? 0)} in scope ${when} (ideal ${formatNumber(latest.idealCompleted)}). ${scopeText(burn)}`;
}

/** Completed work climbing towards the scope line; scope changes show as steps in it. */
export function BurnupChart({ burn, width, height, title = 'Sprint burnup' }: ChartSize & { burn: SprintBurn; title?: string }) {
  return (
    <SprintLineChart
      burn={burn}
      width={width}
      height={height}
      title={title}
      summary={burnupSummary(burn)}
      lines={[
        { id: 'ideal', label: 'Ideal', color: 'var(--muted)', dashed: true, values: values(burn, (p) => p.idealCompleted) },
        { id: 'scope', label: 'Scope', color: 'var(--fg)', curve: 'step', values: values(burn, (p) => p.scope) },
        { id: 'completed', label: 'Completed', color: 'var(--ok)', values: values(burn, (p) => p.completed) },
      ]}
    />
  );
}
