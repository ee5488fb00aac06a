import { useState, type FormEvent } from 'react';
import type { Experiment, Run, Workspace } from '@shared/domain';
import { bestRun, defaultMetric, type Verdict } from '@shared/ml';
import { Modal } from '../../kernel/dialogs/Modal';
import { formatMetric } from './runs/run-format';
import { chooseWinner, proposeWinner } from './experiment-commands';
import { toast } from '../../kernel/feedback/toast';
import { asOptions, SelectField } from '../../kernel/fields/SelectField';

/**
 * Pick the run that answers the hypothesis. The best run by the primary metric is preselected;
 * the verdict is proposed from the target, and the team confirms or changes it.
 */
export function WinnerDialog({ workspace, experiment, runs, onClose }: { workspace: Workspace; experiment: Experiment; runs: Run[]; onClose(): void }) {
  const metric = experiment.metric || defaultMetric(runs) || '';
  const judged = { ...experiment, metric };
  const best = metric ? bestRun(runs, metric, experiment.direction) : null;
  const [runId, setRunId] = useState(experiment.winningRunId ?? best?.id ?? runs[0]?.id ?? '');
  const run = runs.find((r) => r.id === runId);
  const proposal = run ? proposeWinner(judged, run) : null;
  const [override, setOverride] = useState<{ runId: string; status: Verdict } | null>(null);
  const status = override && override.runId === runId ? override.status : (proposal?.verdict ?? 'inconclusive');
  const [conclusion, setConclusion] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!run || !proposal) return;
    await chooseWinner(workspace, experiment, {
      runId: run.id,
      result: proposal.result,
      status,
      conclusion: conclusion ?? (experiment.conclusion || `Winning run ${run.name}: ${proposal.reason}.`),
      metric,
    });
    toast(`${experiment.title}: ${status}, winner ${run.name}`, 'success');
    onClose();
  };

  return (
    <Modal title={`Choose the winning run of ${experiment.title}`} open onClose={onClose} wide>
      <form className="form" onSubmit={submit}>
        <p className="hint">
          Judged by {metric ? <strong>{metric}</strong> : 'no metric (set one with Edit…)'} ({experiment.direction === 'minimize' ? 'lower' : 'higher'} is better)
          {experiment.target !== null ? `, target ${experiment.target}` : ''}
          {experiment.baseline !== null ? `, baseline ${experiment.baseline}` : ''}.
        </p>
        <fieldset className="winner-list">
          <legend>Runs</legend>
          {runs.map((r) => (
            <label key={r.id} className="winner-option">
              <input type="radio" name="winner" value={r.id} checked={r.id === runId} onChange={() => setRunId(r.id)} />
              <span className="grow">{r.name}</span>
              <span className="num">{metric ? formatMetric(r.metrics[metric]?.latest) : '—'}</span>
              {best?.id === r.id && <span className="best-badge">best</span>}
            </label>
          ))}
        </fieldset>
        {proposal && (
          <p className={`verdict-proposal verdict-${proposal.verdict}`} role="status">
            Proposed: <strong>{proposal.verdict}</strong> — {proposal.reason}.
          </p>
        )}
        <div className="field-row">
          <label className="field">
            <span>Verdict</span>
            <SelectField value={status} onChange={(verdict) => setOverride({ runId, status: verdict })} options={asOptions(['validated', 'refuted', 'inconclusive'])} />
          </label>
          <label className="field grow">
            <span>Conclusion</span>
            <textarea
              value={conclusion ?? (experiment.conclusion || (run && proposal ? `Winning run ${run.name}: ${proposal.reason}.` : ''))}
              onChange={(e) => setConclusion(e.target.value)}
            />
          </label>
        </div>
        <div className="modal-footer">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={!run}>
            Confirm winner
          </button>
        </div>
      </form>
    </Modal>
  );
}
