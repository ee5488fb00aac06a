import { itemKey } from '@shared/work';
import { useMemo, useState, type ReactNode } from 'react';
import type { Unit } from '@shared/agile';
import type { Sprint, WorkItem, Workspace } from '@shared/domain';
import { ActionButton } from '../../kernel/actions/ActionButton';
import { EmptyState } from '../../kernel/views/EmptyState';
import { BurndownChart, BurnupChart, CumulativeFlowChart, ForecastChart, VelocityChart } from '../../kernel/charts';
import { useItems } from '../../entities/items/item-queries';
import { useSprints } from '../../entities/sprints/sprint-queries';
import { useCurrentWorkspace } from '../../entities/workspaces/queries';
import { formatDay } from './sprint-format';
import { formatPoints } from './sprint-plan';
import { FORECAST_RUNS, useForecast, useReportHistory, useSprintReport, useVelocity, type ReportHistory } from './sprint-report-data';
import { stateLabel } from './SprintDetail';
import { useSprintsUi } from './sprints-slice';
import './sprints.css';
import { SelectField } from '../../kernel/fields/SelectField';
import { ViewHeader } from '../../kernel/views/ViewHeader';

const HALF = { width: 500, height: 270 };
const velocityChoices = [3, 6, 10];

/** The sprint the report opens on: the chosen one, else the active, else the latest completed. */
export function reportSprint(sprints: readonly Sprint[], chosenId: string | null): Sprint | undefined {
  const started = sprints.filter((s) => s.state !== 'planned');
  return (
    started.find((s) => s.id === chosenId) ?? started.find((s) => s.state === 'active') ?? started.filter((s) => s.state === 'completed').at(-1)
  );
}

function SprintCharts({
  workspace, sprint, history, now, children,
}: { workspace: Workspace; sprint: Sprint; history: ReportHistory | undefined; now: number; children: ReactNode }) {
  const report = useSprintReport(workspace, sprint, history, now);
  if (!report) return <p className="muted">Reading the sprint’s history…</p>;
  const { burn, flow } = report;
  return (
    <>
      <div className="sp-stat-row sp-report-stats" aria-label={`${sprint.name} in numbers`} role="group">
        <div className="stat">
          <span className="stat-value">{formatPoints(burn.committed)}</span>
          <span className="stat-label">committed at start</span>
        </div>
        <div className="stat">
          <span className="stat-value">{formatPoints(burn.added)}</span>
          <span className="stat-label">added mid-sprint</span>
        </div>
        <div className="stat">
          <span className="stat-value">{formatPoints(burn.removed)}</span>
          <span className="stat-label">removed mid-sprint</span>
        </div>
        <div className="stat">
          <span className="stat-value">{burn.workingDays.length}</span>
          <span className="stat-label">working days</span>
        </div>
      </div>
      <div className="sp-chart-grid">
        <figure className="panel sp-chart-panel">
          <figcaption className="sp-chart-title">Burndown</figcaption>
          <BurndownChart burn={burn} {...HALF} title={`${sprint.name} burndown`} />
        </figure>
        <figure className="panel sp-chart-panel">
          <figcaption className="sp-chart-title">Burnup</figcaption>
          <BurnupChart burn={burn} {...HALF} title={`${sprint.name} burnup`} />
        </figure>
        <figure className="panel sp-chart-panel">
          <figcaption className="sp-chart-title">Cumulative flow by status category</figcaption>
          <CumulativeFlowChart days={flow} {...HALF} title={`${sprint.name} cumulative flow`} />
        </figure>
        {children}
      </div>
    </>
  );
}

function ForecastSection({ workspace, items, history, now }: { workspace: Workspace; items: WorkItem[]; history: ReportHistory | undefined; now: number }) {
  const [unit, setUnit] = useState<Unit>('items');
  const [parentId, setParentId] = useState('');
  const parents = useMemo(() => {
    const withChildren = new Set(items.map((item) => item.parentId).filter(Boolean));
    return items.filter((item) => withChildren.has(item.id));
  }, [items]);
  const result = useForecast(workspace, history, unit, parentId || undefined, now);
  const unitWord = unit === 'points' ? 'points' : 'items';
  return (
    <section className="panel" aria-labelledby="forecast-heading">
      <div className="sp-panel-head">
        <h2 id="forecast-heading">Forecast</h2>
        <div className="field-row">
          <label className="field">
            <span>Forecast for</span>
            <SelectField value={parentId} onChange={setParentId} options={[['', 'The remaining backlog'], ...parents.map((item) => [item.id, `${itemKey(workspace, item)} ${item.title}`] as const)]} />
          </label>
          <label className="field">
            <span>Count</span>
            <SelectField value={unit} onChange={setUnit} options={[['items', 'Items'], ['points', 'Points']]} />
          </label>
        </div>
      </div>
      {!result ? (
        <p className="muted">Running {FORECAST_RUNS.toLocaleString('en')} simulations…</p>
      ) : (
        <>
          <p className="muted">
            {result.remaining.itemCount} open item{result.remaining.itemCount === 1 ? '' : 's'} ({result.remaining.amount} {unitWord}) ·{' '}
            {result.history.length} week{result.history.length === 1 ? '' : 's'} of throughput history
            {result.forecast.ok && result.forecast.basis?.widened ? ' (under 8 weeks: the spread between the dates is widened for what so little history cannot show)' : ''}
            {unit === 'points' && result.remaining.unestimated > 0 ? ` · ${result.remaining.unestimated} unestimated, counted as 0` : ''}
          </p>
          {result.forecast.ok && (
            <dl className="sp-stat-row sp-forecast-stats">
              {(['p50', 'p85', 'p95'] as const).map((key) => (
                <div className="stat" key={key}>
                  <dt className="stat-label">{`${key.slice(1)}% likely by`}</dt>
                  <dd className="stat-value">{result.forecast.ok ? formatDay(result.forecast[key].date) : ''}</dd>
                </div>
              ))}
            </dl>
          )}
          <figure className="sp-chart-panel">
            <ForecastChart forecast={result.forecast} width={1000} height={260} unitLabel={unitWord} />
          </figure>
        </>
      )}
    </section>
  );
}

export function SprintReportView() {
  const workspace = useCurrentWorkspace();
  const sprints = useSprints(workspace?.id ?? null);
  const items = useItems(workspace?.id ?? null);
  if (!workspace || !sprints || !items) return null;
  return <SprintReport workspace={workspace} sprints={sprints} items={items} />;
}

function SprintReport({ workspace, sprints, items }: { workspace: Workspace; sprints: Sprint[]; items: WorkItem[] }) {
  const history = useReportHistory(workspace.id);
  const chosenId = useSprintsUi((s) => s.reportSprintId);
  const selectReport = useSprintsUi((s) => s.selectReport);
  const [last, setLast] = useState(6);
  // Re-read "now" whenever the history changes, so a card moved a minute ago shows.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const now = useMemo(() => Date.now(), [history]);
  const velocityRows = useVelocity(workspace, sprints, items, last);
  const sprint = reportSprint(sprints, chosenId);
  const started = sprints.filter((s) => s.state !== 'planned');
  const velocity = (
      <section className="panel sp-chart-panel" aria-labelledby="velocity-heading">
        <div className="sp-panel-head">
          <h2 id="velocity-heading" className="sp-chart-title">Velocity</h2>
          <label className="field">
            <span>Sprints shown</span>
            <SelectField value={last} onChange={setLast} options={velocityChoices.map((n) => [n, `Last ${n}`] as const)} />
          </label>
        </div>
        <figure className="sp-chart-panel">
          <VelocityChart sprints={velocityRows} {...HALF} title={`Velocity, last ${last} sprints`} />
        </figure>
      </section>
  );

  return (
    <div className="view sp-sprint-report">
      <ViewHeader
        title="Sprint report"
        summary={
          sprint
            ? `${sprint.name} · ${stateLabel[sprint.state]} · ${formatDay(sprint.startDate)} – ${formatDay(sprint.endDate)}`
            : 'Burndown, burnup, velocity, cumulative flow and a forecast of the backlog.'
        }
        alignEnd
      >
        {started.length > 0 && (
          <label className="field">
            <span>Sprint</span>
            <SelectField value={sprint?.id ?? ''} onChange={selectReport} options={started.map((s) => [s.id, `${s.name} (${stateLabel[s.state].toLowerCase()})`] as const)} />
          </label>
        )}
      </ViewHeader>
      {sprint ? (
        <SprintCharts workspace={workspace} sprint={sprint} history={history} now={now}>
          {velocity}
        </SprintCharts>
      ) : (
        <EmptyState title="No sprint has started yet" action={<ActionButton id="sprints.start" className="button primary" />}>
          <p>The burndown and burnup appear once a sprint starts. Velocity fills in as sprints complete; the forecast needs a full week of finished work.</p>
        </EmptyState>
      )}
      {!sprint && <div className="sp-chart-grid">{velocity}</div>}
      <ForecastSection workspace={workspace} items={items} history={history} now={now} />
    </div>
  );
}
