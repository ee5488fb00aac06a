import { useState } from 'react';
import type { Experiment, Run } from '@shared/domain';
import { FormDialog, FormProblems } from '../../kernel/dialogs/FormDialog';
import { SelectField } from '../../kernel/fields/SelectField';
import { toast } from '../../kernel/feedback/toast';
import { linkRuns } from './runs/run-commands';

/** "Link runs…" on a hypothesis card: take over every run of another experiment (e.g. a whole imported MLflow one). */
export function LinkExperimentRunsDialog(props: {
  workspaceId: string;
  target: Experiment;
  experiments: readonly Experiment[];
  runs: readonly Run[];
  onClose: () => void;
}) {
  const { target } = props;
  const runsByExperiment = new Map<string | null, Run[]>();
  for (const run of props.runs) runsByExperiment.set(run.experimentId, [...(runsByExperiment.get(run.experimentId) ?? []), run]);
  const sources = props.experiments.filter((e) => e.id !== target.id && (runsByExperiment.get(e.id)?.length ?? 0) > 0);
  const unfiled = runsByExperiment.get(null) ?? [];
  const [from, setFrom] = useState('');
  const options: (readonly [string, string])[] = [
    ['', 'Choose where the runs are now…'],
    ...sources.map((e) => [e.id, `${e.title}${e.sourceRef?.startsWith('mlflow') ? ' (MLflow)' : ''} · ${runsByExperiment.get(e.id)?.length ?? 0} runs`] as const),
    ...(unfiled.length ? [['unfiled', `Runs without an experiment · ${unfiled.length}`] as const] : []),
  ];
  const submit = async () => {
    const runs = from === 'unfiled' ? unfiled : (runsByExperiment.get(from) ?? []);
    if (!from || runs.length === 0) throw new FormProblems(['Runs from: choose the experiment whose runs are evidence for this card']);
    const moved = await linkRuns(props.workspaceId, runs, target);
    toast(`Linked ${moved} run${moved === 1 ? '' : 's'} to ${target.title}`);
    props.onClose();
  };
  return (
    <FormDialog title={`Link runs to ${target.title}`} open onClose={props.onClose} onSubmit={submit} submitLabel="Link runs">
      <label className="field">
        <span>Runs from</span>
        <SelectField data-autofocus value={from} onChange={setFrom} options={options} />
      </label>
      {sources.length === 0 && unfiled.length === 0 && <p className="hint">No other runs to link: import an MLflow store or W&amp;B runs first.</p>}
    </FormDialog>
  );
}
