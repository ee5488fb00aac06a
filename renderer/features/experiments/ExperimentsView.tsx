import { datasetName as nameOfDataset } from '@shared/models';
import { useMemo, useState } from 'react';
import { experimentStatuses, type Experiment, type Run } from '@shared/domain';
import { bestRun, COMPARE_MAX } from '@shared/ml';
import { itemKey } from '@shared/work';
import { ActionButton } from '../../kernel/actions/ActionButton';
import { EmptyState } from '../../kernel/views/EmptyState';
import { useAppStore } from '../../kernel/store';
import { useRows } from '../../data/live-rows';
import { useItemMap } from '../../entities/items/item-queries';
import { MlImportDialog } from './ml-import/MlImportDialog';
import { AddRunDialog } from './runs/AddRunDialog';
import { formatMetric } from './runs/run-format';
import { useRunsUi } from './runs/runs-slice';
import { useCurrentWorkspace, useMembers } from '../../entities/workspaces/queries';
import { addExperimentToBacklog } from './experiment-commands';
import { ExperimentDialog } from './ExperimentDialog';
import { useExperimentsUi } from './experiments-slice';
import { WinnerDialog } from './WinnerDialog';
import { LinkExperimentRunsDialog } from './LinkExperimentRunsDialog';
import './runs/runs.css';
import './experiments.css';

const RUNS_SHOWN = 6;

const statusOrder: Record<Experiment['status'], number> = { running: 0, proposed: 1, inconclusive: 2, validated: 3, refuted: 4 };

/** The experiment backlog: hypothesis cards with their evidence (linked runs) underneath. */
export function ExperimentsView() {
  const workspace = useCurrentWorkspace();
  const workspaceId = workspace?.id ?? null;
  const experiments = useRows('experiments', workspaceId);
  const runs = useRows('runs', workspaceId);
  const datasets = useRows('datasets', workspaceId) ?? [];
  const items = useItemMap(workspaceId);
  const members = useMembers(workspaceId);
  const ui = useExperimentsUi();
  const [linkingToId, setLinkingTo] = useState<string | null>(null);

  const runsByExperiment = useMemo(() => {
    const map = new Map<string, Run[]>();
    for (const run of runs ?? []) {
      if (!run.experimentId) continue;
      const list = map.get(run.experimentId) ?? [];
      list.push(run);
      map.set(run.experimentId, list);
    }
    return map;
  }, [runs]);
  const counts = useMemo(() => {
    const out: Record<string, number> = { all: experiments?.length ?? 0 };
    for (const e of experiments ?? []) out[e.status] = (out[e.status] ?? 0) + 1;
    return out;
  }, [experiments]);
  const shown = useMemo(
    () =>
      (experiments ?? [])
        .filter((e) => ui.status === 'all' || e.status === ui.status)
        .sort((a, b) => statusOrder[a.status] - statusOrder[b.status] || b.createdAt.localeCompare(a.createdAt) || a.title.localeCompare(b.title)),
    [experiments, ui.status],
  );

  if (!workspace || !experiments || !runs) return null;
  const editing = ui.editing && ui.editing !== 'new' ? experiments.find((e) => e.id === ui.editing) : undefined;
  const judging = ui.judging ? experiments.find((e) => e.id === ui.judging) : undefined;
  const linkingTo = linkingToId ? experiments.find((e) => e.id === linkingToId) : undefined;
  const memberName = (id: string | null) => members.find((m) => m.id === id)?.name;
  const datasetName = (id: string | null) => {
    const d = datasets.find((x) => x.id === id);
    return d ? nameOfDataset(d) : undefined;
  };

  return (
    <div className="view view-wide">
      <header className="view-header row-header">
        <div>
          <h1>Experiments</h1>
          <p className="muted">Hypotheses the team is testing, each with the runs that answer it.</p>
        </div>
        <div className="button-row">
          <ActionButton id="ml.import.mlflow-folder" />
          <ActionButton id="experiments.new" className="button primary" />
        </div>
      </header>
      {experiments.length === 0 ? (
        <EmptyState
          title="No experiments yet"
          action={
            <>
              <ActionButton id="experiments.new" className="button primary" />
              <ActionButton id="ml.import.mlflow-folder" />
            </>
          }
        >
          <p>Write a hypothesis — “if we …, then recall moves from 0.62 to 0.70” — and it joins the backlog as an experiment item. Or import an MLflow store to bring its experiments and runs in.</p>
        </EmptyState>
      ) : (
        <>
          <div className="status-filter" role="group" aria-label="Show experiments by status">
            {(['all', ...experimentStatuses] as const).map((status) => (
              <button key={status} type="button" className={ui.status === status ? 'exp-chip active' : 'exp-chip'} aria-pressed={ui.status === status} onClick={() => ui.setStatus(status)}>
                {status} <span className="chip-count">{counts[status] ?? 0}</span>
              </button>
            ))}
          </div>
          {shown.length === 0 && <p className="muted">No experiment is {ui.status}.</p>}
          <ul className="experiment-list" aria-label="Experiments">
            {shown.map((experiment) => {
              const linked = runsByExperiment.get(experiment.id) ?? [];
              const item = experiment.workItemId ? items.get(experiment.workItemId) : undefined;
              const best = experiment.metric ? bestRun(linked, experiment.metric, experiment.direction) : null;
              const ordered = [...linked].sort((a, b) => {
                const rank = (r: Run) => (r.id === experiment.winningRunId ? 0 : r.id === best?.id ? 1 : 2);
                return rank(a) - rank(b) || (b.startTime ?? '').localeCompare(a.startTime ?? '');
              });
              const headingId = `exp-${experiment.id}`;
              return (
                <li key={experiment.id}>
                  <article className="experiment-card panel" aria-labelledby={headingId}>
                    <header className="experiment-head">
                      <h2 id={headingId}>{experiment.title}</h2>
                      <span className={`exp-status exp-${experiment.status}`}>{experiment.status}</span>
                      {item && <span className="item-key" title="Backlog item">{itemKey(workspace, item)}</span>}
                    </header>
                    <p className={experiment.hypothesis ? 'hypothesis' : 'hypothesis muted'}>{experiment.hypothesis || 'No hypothesis written yet. Use Edit to say what you expect to change.'}</p>
                    <dl className="exp-facts">
                      <div>
                        <dt>Metric</dt>
                        <dd>{experiment.metric ? `${experiment.metric} ${experiment.direction === 'minimize' ? '↓ lower is better' : '↑ higher is better'}` : '—'}</dd>
                      </div>
                      <div>
                        <dt>Baseline → target</dt>
                        <dd>
                          {formatMetric(experiment.baseline)} → {formatMetric(experiment.target)}
                        </dd>
                      </div>
                      <div>
                        <dt>Result</dt>
                        <dd>{formatMetric(experiment.result)}</dd>
                      </div>
                      <div>
                        <dt>Dataset</dt>
                        <dd>{datasetName(experiment.datasetVersionId) ?? '—'}</dd>
                      </div>
                      <div>
                        <dt>Owner</dt>
                        <dd>{memberName(experiment.ownerId) ?? '—'}</dd>
                      </div>
                    </dl>
                    {experiment.conclusion && <p className="conclusion">{experiment.conclusion}</p>}
                    {linked.length > 0 ? (
                      <table className="linked-runs">
                        <caption>
                          {linked.length} linked run{linked.length === 1 ? '' : 's'}
                        </caption>
                        <thead>
                          <tr>
                            <th scope="col">Run</th>
                            <th scope="col">Status</th>
                            <th scope="col" className="num">
                              {experiment.metric || 'metric'}
                            </th>
                          </tr>
                        </thead>
                        <tbody>
                          {ordered.slice(0, RUNS_SHOWN).map((run) => (
                            <tr key={run.id} className={run.id === experiment.winningRunId ? 'winner' : undefined}>
                              <td>
                                {run.name}
                                {run.id === experiment.winningRunId && <span className="run-flag winner-flag">winner</span>}
                                {run.id === best?.id && run.id !== experiment.winningRunId && <span className="run-flag">best</span>}
                              </td>
                              <td>{run.status}</td>
                              <td className="num">{experiment.metric ? formatMetric(run.metrics[experiment.metric]?.latest) : '—'}</td>
                            </tr>
                          ))}
                        </tbody>
                        {linked.length > RUNS_SHOWN && (
                          <tfoot>
                            <tr>
                              <td colSpan={3} className="muted">
                                … and {linked.length - RUNS_SHOWN} more in Runs
                              </td>
                            </tr>
                          </tfoot>
                        )}
                      </table>
                    ) : (
                      <p className="muted">No runs linked yet: import them or add one by hand under this experiment.</p>
                    )}
                    <div className="button-row">
                      <button type="button" className="button" aria-label={`Edit ${experiment.title}…`} onClick={() => ui.edit(experiment.id)}>
                        Edit…
                      </button>
                      <button
                        type="button"
                        className="button"
                        aria-label={`Choose winning run of ${experiment.title}…`}
                        disabled={linked.length === 0}
                        onClick={() => ui.judge(experiment.id)}
                      >
                        Choose winning run…
                      </button>
                      <button type="button" className="button" aria-label={`Link runs to ${experiment.title}…`} onClick={() => setLinkingTo(experiment.id)}>
                        Link runs…
                      </button>
                      <button type="button" className="button ghost" aria-label={`Add run by hand to ${experiment.title}…`} onClick={() => ui.addRunTo(experiment.id)}>
                        Add run by hand…
                      </button>
                      {linked.length >= 2 && (
                        <button
                          type="button"
                          className="button ghost"
                          aria-label={`Compare ${Math.min(linked.length, COMPARE_MAX)} runs of ${experiment.title}`}
                          onClick={() => {
                            useRunsUi.getState().compare(ordered.slice(0, COMPARE_MAX).map((r) => r.id));
                            useAppStore.getState().go('runs');
                          }}
                        >
                          Compare {Math.min(linked.length, COMPARE_MAX)} runs
                        </button>
                      )}
                      {!item && (
                        <button type="button" className="button ghost" aria-label={`Add to backlog: ${experiment.title}`} onClick={() => void addExperimentToBacklog(workspace, experiment)}>
                          Add to backlog
                        </button>
                      )}
                    </div>
                  </article>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {(ui.editing === 'new' || editing) && (
        <ExperimentDialog
          key={ui.editing}
          workspace={workspace}
          experiment={editing ?? null}
          item={editing?.workItemId ? items.get(editing.workItemId) : undefined}
          members={members}
          datasets={datasets}
          runs={runs}
          onClose={() => ui.edit(null)}
        />
      )}
      {judging && <WinnerDialog key={judging.id} workspace={workspace} experiment={judging} runs={runsByExperiment.get(judging.id) ?? []} onClose={() => ui.judge(null)} />}
      {ui.addingRunTo && <AddRunDialog key={ui.addingRunTo} open experimentId={ui.addingRunTo} onClose={() => ui.addRunTo(null)} />}
      {linkingTo && <LinkExperimentRunsDialog key={linkingTo.id} workspaceId={workspace.id} target={linkingTo} experiments={experiments} runs={runs ?? []} onClose={() => setLinkingTo(null)} />}
      <MlImportDialog />
    </div>
  );
}

