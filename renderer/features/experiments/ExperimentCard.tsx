import type { Experiment, Run, WorkItem } from '@shared/domain';
import { bestRun, COMPARE_MAX } from '@shared/ml';
import { datasetName } from '@shared/models';
import { itemKey } from '@shared/work';
import { pushDialog } from '../../kernel/dialogs/dialog-stack';
import { Facts } from '../../kernel/views/Facts';
import { useAppStore } from '../../kernel/store';
import { addExperimentToBacklog } from './experiment-commands';
import type { ExperimentData } from './experiment-data';
import { experimentDialog, linkExperimentRunsDialog, winnerDialog } from './experiment-dialogs';
import { addRunDialog } from './runs/AddRunDialog';
import { formatMetric } from './runs/run-format';
import { useRunsUi } from './runs/runs-slice';

const RUNS_SHOWN = 6;

interface CardProps {
  data: ExperimentData;
  experiment: Experiment;
}

/** One hypothesis card: its facts, its evidence (the linked runs, winner and best first) and what to do next. */
export function ExperimentCard({ data, experiment }: CardProps) {
  const { workspace } = data;
  const linked = data.runsByExperiment.get(experiment.id) ?? [];
  const item = experiment.workItemId ? data.items.get(experiment.workItemId) : undefined;
  const best = experiment.metric ? bestRun(linked, experiment.metric, experiment.direction) : null;
  const ordered = [...linked].sort((a, b) => {
    const rank = (r: Run) => (r.id === experiment.winningRunId ? 0 : r.id === best?.id ? 1 : 2);
    return rank(a) - rank(b) || (b.startTime ?? '').localeCompare(a.startTime ?? '');
  });
  const headingId = `exp-${experiment.id}`;
  return (
    <article className="experiment-card panel" aria-labelledby={headingId}>
      <header className="experiment-head">
        <h2 id={headingId}>{experiment.title}</h2>
        <span className={`exp-status exp-${experiment.status}`}>{experiment.status}</span>
        {item && <span className="item-key" title="Backlog item">{itemKey(workspace, item)}</span>}
      </header>
      <p className={experiment.hypothesis ? 'hypothesis' : 'hypothesis muted'}>{experiment.hypothesis || 'No hypothesis written yet. Use Edit to say what you expect to change.'}</p>
      <ExperimentFacts data={data} experiment={experiment} />
      {experiment.conclusion && <p className="conclusion">{experiment.conclusion}</p>}
      <LinkedRuns experiment={experiment} linked={linked} ordered={ordered} best={best} />
      <CardActions data={data} experiment={experiment} item={item} linked={linked} ordered={ordered} />
    </article>
  );
}

function ExperimentFacts({ data, experiment }: CardProps) {
  const owner = data.members.find((m) => m.id === experiment.ownerId)?.name;
  const dataset = data.datasets.find((d) => d.id === experiment.datasetVersionId);
  return (
    <Facts
      className="exp-facts"
      facts={[
        ['Metric', experiment.metric ? `${experiment.metric} ${experiment.direction === 'minimize' ? '↓ lower is better' : '↑ higher is better'}` : '—'],
        ['Baseline → target', `${formatMetric(experiment.baseline)} → ${formatMetric(experiment.target)}`],
        ['Result', formatMetric(experiment.result)],
        ['Dataset', dataset ? datasetName(dataset) : '—'],
        ['Owner', owner ?? '—'],
      ]}
    />
  );
}

function LinkedRuns({ experiment, linked, ordered, best }: { experiment: Experiment; linked: Run[]; ordered: Run[]; best: Run | null }) {
  return linked.length > 0 ? (
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
  );
}

function CardActions({ data, experiment, item, linked, ordered }: CardProps & { item?: WorkItem; linked: Run[]; ordered: Run[] }) {
  const { workspace } = data;
  return (
    <div className="button-row">
      <button type="button" className="button" aria-label={`Edit ${experiment.title}…`} onClick={() => pushDialog(experimentDialog, { experimentId: experiment.id })}>
        Edit…
      </button>
      <button
        type="button"
        className="button"
        aria-label={`Choose winning run of ${experiment.title}…`}
        disabled={linked.length === 0}
        onClick={() => pushDialog(winnerDialog, { experimentId: experiment.id })}
      >
        Choose winning run…
      </button>
      <button type="button" className="button" aria-label={`Link runs to ${experiment.title}…`} onClick={() => pushDialog(linkExperimentRunsDialog, { experimentId: experiment.id })}>
        Link runs…
      </button>
      <button type="button" className="button ghost" aria-label={`Add run by hand to ${experiment.title}…`} onClick={() => pushDialog(addRunDialog, { experimentId: experiment.id })}>
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
  );
}
