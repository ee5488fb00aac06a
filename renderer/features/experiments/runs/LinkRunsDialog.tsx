import { useMemo, useState } from 'react';
import { FormDialog, FormProblems } from '../../../kernel/dialogs/FormDialog';
import { defineDialog, type DialogProps } from '../../../kernel/dialogs/dialog-stack';
import { SelectField } from '../../../kernel/fields/SelectField';
import { toast } from '../../../kernel/feedback/toast';
import { useAppStore } from '../../../kernel/store';
import { useRows } from '../../../data/live-rows';
import { linkRuns } from './run-commands';

/** "Link to hypothesis…": the checked runs become evidence of an existing hypothesis card. */
function LinkRunsDialog({ runIds, onClose }: { runIds: readonly string[] } & DialogProps) {
  const workspaceId = useAppStore((s) => s.workspaceId);
  const experiments = (useRows('experiments', workspaceId) ?? []).filter((e) => !e.deleted);
  const allRuns = useRows('runs', workspaceId);
  const runs = useMemo(() => (allRuns ?? []).filter((run) => runIds.includes(run.id)), [allRuns, runIds]);
  const [experimentId, setExperimentId] = useState('');
  const submit = async () => {
    const experiment = experiments.find((e) => e.id === experimentId);
    if (!workspaceId || !experiment) throw new FormProblems(['Hypothesis: choose the card these runs are evidence for']);
    const moved = await linkRuns(workspaceId, runs, experiment);
    toast(moved ? `Linked ${moved} run${moved === 1 ? '' : 's'} to ${experiment.title}` : `These runs were already linked to ${experiment.title}`);
    onClose();
  };
  return (
    <FormDialog title={`Link ${runs.length} run${runs.length === 1 ? '' : 's'} to a hypothesis`} open onClose={onClose} onSubmit={submit} submitLabel="Link runs">
      <p className="hint">{runs.map((run) => run.name || run.id.slice(0, 8)).join(', ')}</p>
      <label className="field">
        <span>Hypothesis</span>
        <SelectField data-autofocus value={experimentId} onChange={setExperimentId} options={[['', 'Choose a hypothesis…'], ...experiments.map((e) => [e.id, e.title] as const)]} />
      </label>
    </FormDialog>
  );
}

export const linkRunsDialog = defineDialog<{ runIds: readonly string[] }>('link-runs', LinkRunsDialog);
