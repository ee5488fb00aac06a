import { useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Experiment, Run } from '@shared/domain';
import { defaultMetric, COMPARE_MAX, compareSelectionProblem, runTree } from '@shared/ml';
import { ActionButton } from '../../../kernel/actions/ActionButton';
import { EmptyState } from '../../../kernel/views/EmptyState';
import { ViewHeader } from '../../../kernel/views/ViewHeader';
import { useAppStore } from '../../../kernel/store';
import { useRows } from '../../../data/live-rows';
import { pushDialog } from '../../../kernel/dialogs/dialog-stack';
import { linkRunsDialog } from './LinkRunsDialog';
import { ComparePanel } from './ComparePanel';
import { RunDetail } from './RunDetail';
import { formatShortDateTime, formatDuration, formatMetric, paramSummary } from './run-format';
import { useRunsUi } from './runs-slice';
import './runs.css';
import { asOptions, SelectField } from '../../../kernel/fields/SelectField';
import { TextField } from '../../../kernel/fields/TextField';

const ROW_HEIGHT = 40;
/** Below this many rows every row renders (cheap, and find-in-page works); above it the list is virtualised. */
const VIRTUAL_FROM = 200;

/** Every run of the workspace: filter, check 2–20 to compare, open one for its details. */
export function RunsView() {
  const workspaceId = useAppStore((s) => s.workspaceId);
  const runs = useRows('runs', workspaceId);
  const experiments = useRows('experiments', workspaceId);
  const ui = useRunsUi();
  const [query, setQuery] = useState('');
  const [experimentFilter, setExperimentFilter] = useState('');
  const scrollRef = useRef<HTMLDivElement>(null);

  const experimentsById = useMemo(() => new Map((experiments ?? []).map((e) => [e.id, e])), [experiments]);
  const runsById = useMemo(() => new Map((runs ?? []).map((r) => [r.id, r])), [runs]);
  const rows = useMemo(() => {
    const needle = query.trim().toLowerCase();
    const kept = (runs ?? []).filter(
      (run) =>
        (!experimentFilter || run.experimentId === experimentFilter) &&
        (!needle || run.name.toLowerCase().includes(needle) || Object.entries(run.params).some(([k, v]) => `${k}=${v}`.toLowerCase().includes(needle))),
    );
    return runTree(kept);
  }, [runs, query, experimentFilter]);
  const metrics = useMemo(() => [...new Set((runs ?? []).flatMap((r) => Object.keys(r.metrics)))].sort(), [runs]);
  const metric = ui.metric && metrics.includes(ui.metric) ? ui.metric : defaultMetric(runs ?? []);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: { width: 1000, height: 600 },
  });

  if (!runs || !experiments) return null;
  if (ui.comparing) {
    const compared = ui.comparing.map((id) => runsById.get(id)).filter((r): r is Run => !!r);
    return <ComparePanel runs={compared} />;
  }

  const selected = ui.selected.filter((id) => runsById.has(id));
  const detail = ui.detailId ? runsById.get(ui.detailId) : undefined;
  const virtual = rows.length > VIRTUAL_FROM;
  const items = virtual ? virtualizer.getVirtualItems() : rows.map((_, index) => ({ index, start: index * ROW_HEIGHT, end: (index + 1) * ROW_HEIGHT }));
  const padTop = virtual ? (items[0]?.start ?? 0) : 0;
  const padBottom = virtual && items.length ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) : 0;

  return (
    <div className="view view-wide">
      <ViewHeader title="Runs" summary={`${runs.length} run${runs.length === 1 ? '' : 's'} from imports and by hand. Check 2–${COMPARE_MAX} to compare.`}>
        <ActionButton id="ml.import.mlflow-folder" />
        <ActionButton id="ml.import.wandb" />
        <ActionButton id="ml.import.mlflow-server" />
        <ActionButton id="runs.add" />
      </ViewHeader>
      {runs.length === 0 ? (
        <EmptyState
          title="No runs yet"
          action={
            <>
              <ActionButton id="ml.import.mlflow-folder" className="button primary" />
              <ActionButton id="runs.add" />
            </>
          }
        >
          <p>Import what MLflow or Weights &amp; Biases recorded (an mlruns/ folder, W&amp;B run folders or a CSV export, or a tracking server), or add a run by hand.</p>
        </EmptyState>
      ) : (
        <>
          <RunsToolbar query={query} onQuery={setQuery} experimentFilter={experimentFilter} onExperimentFilter={setExperimentFilter} experiments={experiments} metrics={metrics} metric={metric} selected={selected} />
          <div className={virtual ? 'runs-scroll virtual' : 'runs-scroll'} ref={scrollRef} tabIndex={0} role="region" aria-label="Runs list">
            <table className="runs-table" aria-label="Runs" aria-rowcount={rows.length + 1}>
              <RunsHead metric={metric} />
              <tbody>
                {padTop > 0 && (
                  <tr aria-hidden="true" style={{ height: padTop }}>
                    <td colSpan={11} />
                  </tr>
                )}
                {items.map((item) => {
                  const { run, depth, childCount } = rows[item.index];
                  return (
                    <RunRow key={run.id} run={run} depth={depth} childCount={childCount} index={item.index} metric={metric} checked={selected.includes(run.id)} experimentTitle={(run.experimentId && experimentsById.get(run.experimentId)?.title) || '—'} />
                  );
                })}
                {padBottom > 0 && (
                  <tr aria-hidden="true" style={{ height: padBottom }}>
                    <td colSpan={11} />
                  </tr>
                )}
              </tbody>
            </table>
            {rows.length === 0 && <p className="muted empty-filter">No run matches the filter.</p>}
          </div>
          {detail && <RunDetail run={detail} runsById={runsById} experiment={detail.experimentId ? experimentsById.get(detail.experimentId) : undefined} />}
        </>
      )}
    </div>
  );
}

interface RowProps {
  run: Run;
  depth: number;
  childCount: number;
  index: number;
  metric: string | null;
  checked: boolean;
  experimentTitle: string;
}

/** One run: its check box, name (a child run indented under its parent), and the chosen metric's summary. */
function RunRow({ run, depth, childCount, index, metric, checked, experimentTitle }: RowProps) {
  const ui = useRunsUi.getState;
  const summary = metric ? run.metrics[metric] : undefined;
  const userTags = Object.keys(run.tags).filter((k) => !k.startsWith('mlflow.')).length;
  return (
    <tr aria-rowindex={index + 2} className={checked ? 'selected' : undefined} style={{ height: ROW_HEIGHT }}>
      <td className="col-check">
        <input type="checkbox" aria-label={`Select ${run.name}`} checked={checked} onChange={() => ui().toggle(run.id)} />
      </td>
      <td style={{ paddingLeft: 8 + depth * 18 }}>
        {depth > 0 && (
          <span className="child-mark" aria-label="child run">
            ↳{' '}
          </span>
        )}
        <button type="button" className="link-button run-name" onClick={() => ui().showDetail(run.id)}>
          {run.name}
        </button>
        {childCount > 0 && <span className="muted"> · {childCount} child runs</span>}
      </td>
      <td>{experimentTitle}</td>
      <td>
        <span className={`run-status status-${run.status.toLowerCase()}`}>{run.status}</span>
      </td>
      <td>{formatShortDateTime(run.startTime)}</td>
      <td>{formatDuration(run)}</td>
      <td className="params-cell" title={paramSummary(run.params, 50)}>
        {paramSummary(run.params)}
      </td>
      <td className="num">{formatMetric(summary?.latest)}</td>
      <td className="num">{summary ? `${formatMetric(summary.min)} – ${formatMetric(summary.max)}` : '—'}</td>
      <td className="num">{summary?.bestStep ?? '—'}</td>
      <td>{userTags > 0 ? `${userTags} tag${userTags === 1 ? '' : 's'}` : '—'}</td>
    </tr>
  );
}

function RunsHead({ metric }: { metric: string | null }) {
  return (
    <thead>
      <tr>
        <th scope="col" className="col-check">
          <span className="sr-only">Select</span>
        </th>
        <th scope="col">Run</th>
        <th scope="col">Experiment</th>
        <th scope="col">Status</th>
        <th scope="col">Started</th>
        <th scope="col">Duration</th>
        <th scope="col">Params</th>
        <th scope="col" className="num">
          {metric ?? 'metric'} latest
        </th>
        <th scope="col" className="num">
          min – max
        </th>
        <th scope="col" className="num">
          best step
        </th>
        <th scope="col">Tags</th>
      </tr>
    </thead>
  );
}

interface ToolbarProps {
  query: string;
  onQuery(query: string): void;
  experimentFilter: string;
  onExperimentFilter(id: string): void;
  experiments: Experiment[];
  metrics: string[];
  metric: string | null;
  selected: string[];
}

/** Filter by text and experiment, the metric columns, and what to do with the checked runs. */
function RunsToolbar({ query, onQuery, experimentFilter, onExperimentFilter, experiments, metrics, metric, selected }: ToolbarProps) {
  const ui = useRunsUi();
  const selectionProblem = compareSelectionProblem(selected.length);
  return (
    <div className="runs-toolbar">
      <TextField label="Filter" type="search" value={query} placeholder="name or param=value" onChange={onQuery} />
      <label className="field">
        <span>Experiment</span>
        <SelectField value={experimentFilter} onChange={onExperimentFilter} options={[['', 'All experiments'], ...experiments.map((e) => [e.id, e.title] as const)]} />
      </label>
      <label className="field">
        <span>Metric columns</span>
        <SelectField value={metric ?? ''} onChange={ui.setMetric} options={metrics.length ? asOptions(metrics) : [['', 'No metrics']]} />
      </label>
      <div className="grow" />
      <span className="muted" aria-live="polite">
        {selected.length} selected
      </span>
      {selected.length > 0 && (
        <button type="button" className="button ghost" onClick={() => ui.setSelected([])}>
          Clear
        </button>
      )}
      <button type="button" className="button" disabled={selected.length === 0} onClick={() => pushDialog(linkRunsDialog, { runIds: selected })}>
        Link to hypothesis…
      </button>
      <button
        type="button"
        className="button primary"
        disabled={!!selectionProblem}
        title={selectionProblem ?? undefined}
        onClick={() => ui.compare(selected)}
      >
        Compare {selected.length >= 2 ? selected.length : ''} runs
      </button>
    </div>
  );
}
