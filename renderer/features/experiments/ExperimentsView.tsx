import { useMemo } from 'react';
import { experimentStatuses, type Experiment } from '@shared/domain';
import { ActionButton } from '../../kernel/actions/ActionButton';
import { EmptyState } from '../../kernel/views/EmptyState';
import { ViewHeader } from '../../kernel/views/ViewHeader';
import { useExperimentData } from './experiment-data';
import { ExperimentCard } from './ExperimentCard';
import { useExperimentsUi } from './experiments-slice';
import './runs/runs.css';
import './experiments.css';

const statusOrder: Record<Experiment['status'], number> = { running: 0, proposed: 1, inconclusive: 2, validated: 3, refuted: 4 };

/** The experiment backlog: hypothesis cards with their evidence (linked runs) underneath. */
export function ExperimentsView() {
  const data = useExperimentData();
  const status = useExperimentsUi((s) => s.status);
  const experiments = data?.experiments;
  const shown = useMemo(
    () =>
      (experiments ?? [])
        .filter((e) => status === 'all' || e.status === status)
        .sort((a, b) => statusOrder[a.status] - statusOrder[b.status] || b.createdAt.localeCompare(a.createdAt) || a.title.localeCompare(b.title)),
    [experiments, status],
  );
  if (!data) return null;

  return (
    <div className="view view-wide">
      <ViewHeader title="Experiments" summary="Hypotheses the team is testing, each with the runs that answer it.">
        <ActionButton id="ml.import.mlflow-folder" />
        <ActionButton id="experiments.new" className="button primary" />
      </ViewHeader>
      {data.experiments.length === 0 ? (
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
          <StatusFilter experiments={data.experiments} />
          {shown.length === 0 && <p className="muted">No experiment is {status}.</p>}
          <ul className="experiment-list" aria-label="Experiments">
            {shown.map((experiment) => (
              <li key={experiment.id}>
                <ExperimentCard data={data} experiment={experiment} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** One chip per status with its count; the pressed one filters the cards. */
function StatusFilter({ experiments }: { experiments: Experiment[] }) {
  const status = useExperimentsUi((s) => s.status);
  const setStatus = useExperimentsUi((s) => s.setStatus);
  const counts = useMemo(() => {
    const out: Record<string, number> = { all: experiments.length };
    for (const e of experiments) out[e.status] = (out[e.status] ?? 0) + 1;
    return out;
  }, [experiments]);
  return (
    <div className="status-filter" role="group" aria-label="Show experiments by status">
      {(['all', ...experimentStatuses] as const).map((s) => (
        <button key={s} type="button" className={status === s ? 'exp-chip active' : 'exp-chip'} aria-pressed={status === s} onClick={() => setStatus(s)}>
          {s} <span className="chip-count">{counts[s] ?? 0}</span>
        </button>
      ))}
    </div>
  );
}
