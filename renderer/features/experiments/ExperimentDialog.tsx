import { itemKey } from '@shared/work';
import { useState } from 'react';
import { experimentStatuses, type DatasetVersion, type Experiment, type Member, type Run, type WorkItem, type Workspace } from '@shared/domain';
import { composeHypothesis, guessDirection, parseOptionalNumber } from '@shared/ml';
import { FormDialog, FormProblems } from '../../kernel/dialogs/FormDialog';
import { createExperiment, updateExperiment, type ExperimentFields } from './experiment-commands';
import { toast } from '../../kernel/feedback/toast';
import { asOptions, SelectField } from '../../kernel/fields/SelectField';

interface Props {
  workspace: Workspace;
  /** null creates a new card. */
  experiment: Experiment | null;
  item?: WorkItem;
  members: Member[];
  datasets: DatasetVersion[];
  runs: Run[];
  onClose(): void;
}

const numberText = (value: number | null) => (value === null ? '' : String(value));

/** Create or edit a hypothesis card. A new card also lands on the backlog as an "experiment" item. */
export function ExperimentDialog({ workspace, experiment, item, members, datasets, runs, onClose }: Props) {
  const [form, setForm] = useState({
    title: experiment?.title ?? '',
    change: '',
    hypothesis: experiment?.hypothesis ?? '',
    metric: experiment?.metric ?? '',
    direction: experiment?.direction ?? ('maximize' as Experiment['direction']),
    directionTouched: !!experiment?.metric,
    baseline: numberText(experiment?.baseline ?? null),
    target: numberText(experiment?.target ?? null),
    datasetVersionId: experiment?.datasetVersionId ?? '',
    ownerId: experiment?.ownerId ?? '',
    status: experiment?.status ?? ('proposed' as Experiment['status']),
    conclusion: experiment?.conclusion ?? '',
  });
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const baseline = parseOptionalNumber(form.baseline);
  const target = parseOptionalNumber(form.target);
  const composed = composeHypothesis({ change: form.change, metric: form.metric, baseline: baseline.value, target: target.value });
  const knownMetrics = [...new Set(runs.flatMap((r) => Object.keys(r.metrics)))].sort();

  const submit = async () => {
    const problems: string[] = [];
    if (!form.title.trim()) problems.push('Title: an experiment needs a title');
    if (baseline.error) problems.push(`Baseline: ${baseline.error}`);
    if (target.error) problems.push(`Target: ${target.error}`);
    if (problems.length) throw new FormProblems(problems);
    const fields: ExperimentFields = {
      title: form.title.trim(),
      hypothesis: experiment ? form.hypothesis.trim() : form.change.trim() ? composed : '',
      metric: form.metric.trim(),
      direction: form.direction,
      baseline: baseline.value,
      target: target.value,
      datasetVersionId: form.datasetVersionId || null,
      ownerId: form.ownerId || null,
      status: form.status,
      conclusion: form.conclusion.trim(),
    };
    if (experiment) {
      await updateExperiment(workspace, experiment, fields, item);
      toast(`Saved ${fields.title}`, 'success');
    } else {
      const { item: created } = await createExperiment(workspace, fields);
      toast(`Created ${fields.title}: ${itemKey(workspace, created)} is on the backlog`, 'success');
    }
    onClose();
  };

  return (
    <FormDialog
      title={experiment ? `Edit ${experiment.title}` : 'New experiment'}
      open
      onClose={onClose}
      onSubmit={submit}
      submitLabel={experiment ? 'Save' : 'Create experiment'}
      wide
      noValidate
      errorList
    >
      <label className="field">
        <span>Title</span>
        <input data-autofocus value={form.title} onChange={(e) => set({ title: e.target.value })} placeholder="e.g. Class weights for rare fraud" />
      </label>
      {experiment ? (
        <label className="field">
          <span>Hypothesis</span>
          <textarea value={form.hypothesis} onChange={(e) => set({ hypothesis: e.target.value })} placeholder="If we …, then <metric> moves from <baseline> to <target>." />
        </label>
      ) : (
        <label className="field">
          <span>If we …</span>
          <input value={form.change} onChange={(e) => set({ change: e.target.value })} placeholder="add class weights to the loss" />
        </label>
      )}
      <div className="field-row">
        <label className="field grow">
          <span>Primary metric</span>
          <input
            list="known-metrics"
            value={form.metric}
            onChange={(e) => set({ metric: e.target.value, ...(form.directionTouched ? {} : { direction: guessDirection(e.target.value) }) })}
            placeholder="e.g. recall"
          />
          <datalist id="known-metrics">
            {knownMetrics.map((m) => (
              <option key={m} value={m} />
            ))}
          </datalist>
        </label>
        <label className="field">
          <span>Better is</span>
          <SelectField value={form.direction} onChange={(direction) => set({ direction, directionTouched: true })} options={[['maximize', 'higher'], ['minimize', 'lower']]} />
        </label>
        <label className="field">
          <span>Baseline</span>
          <input inputMode="decimal" value={form.baseline} onChange={(e) => set({ baseline: e.target.value })} aria-invalid={!!baseline.error} />
        </label>
        <label className="field">
          <span>Target</span>
          <input inputMode="decimal" value={form.target} onChange={(e) => set({ target: e.target.value })} aria-invalid={!!target.error} />
        </label>
      </div>
      {!experiment && (
        <p className="hypothesis-preview">
          <span className="muted">Hypothesis: </span>
          {composed}
        </p>
      )}
      <div className="field-row">
        <label className="field grow">
          <span>Dataset version</span>
          <SelectField value={form.datasetVersionId} onChange={(datasetVersionId) => set({ datasetVersionId })} options={[['', 'None'], ...datasets.map((d) => [d.id, `${d.name} v${d.version}`] as const)]} />
        </label>
        <label className="field grow">
          <span>Owner</span>
          <SelectField value={form.ownerId} onChange={(ownerId) => set({ ownerId })} options={[['', 'Nobody yet'], ...members.map((m) => [m.id, m.name] as const)]} />
        </label>
        <label className="field">
          <span>Status</span>
          <SelectField value={form.status} onChange={(status) => set({ status })} options={asOptions(experimentStatuses)} />
        </label>
      </div>
      {experiment && (
        <label className="field">
          <span>Conclusion</span>
          <textarea value={form.conclusion} onChange={(e) => set({ conclusion: e.target.value })} placeholder="What did we learn, and what next?" />
        </label>
      )}
    </FormDialog>
  );
}
