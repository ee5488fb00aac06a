import { useState } from 'react';
import { runStatuses, type Run } from '@shared/domain';
import { parseKeyValueLines, parseMetricLines } from '@shared/ml';
import { FormDialog, FormProblems } from '../../../kernel/dialogs/FormDialog';
import { defineDialog, type DialogProps } from '../../../kernel/dialogs/dialog-stack';
import { useAppStore } from '../../../kernel/store';
import { useRows } from '../../../data/live-rows';
import { addRun } from './run-commands';
import { toast } from '../../../kernel/feedback/toast';
import { asOptions, SelectField } from '../../../kernel/fields/SelectField';

const toIso = (local: string): string | null => (local ? new Date(local).toISOString() : null);

/** Enter a run by hand: for work tracked outside MLflow/W&B, or a quick number from a notebook. */
function AddRunDialog({ onClose, experimentId }: { experimentId?: string } & DialogProps) {
  const workspaceId = useAppStore((s) => s.workspaceId);
  const experiments = useRows('experiments', workspaceId) ?? [];
  const runs = useRows('runs', workspaceId) ?? [];
  const [form, setForm] = useState({ name: '', experimentId: experimentId ?? '', status: 'FINISHED' as Run['status'], parentRunId: '', params: '', metrics: '', tags: '', start: '', end: '', sourceUrl: '' });
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));

  const submit = async () => {
    if (!workspaceId) return;
    const params = parseKeyValueLines(form.params, 'Params');
    const metrics = parseMetricLines(form.metrics);
    const tags = parseKeyValueLines(form.tags, 'Tags');
    const problems = [...params.errors, ...metrics.errors, ...tags.errors];
    if (!form.name.trim()) problems.unshift('Name: a run needs a name');
    if (form.start && form.end && form.end < form.start) problems.push('Ended: the end is before the start');
    if (form.sourceUrl && !/^https?:\/\//i.test(form.sourceUrl.trim())) problems.push('Source link: expected an http(s):// address');
    if (problems.length > 0) throw new FormProblems(problems);
    const run = await addRun(workspaceId, {
      name: form.name.trim(),
      experimentId: form.experimentId || null,
      status: form.status,
      parentRunId: form.parentRunId || null,
      params: params.values,
      metrics: metrics.values,
      tags: tags.values,
      startTime: toIso(form.start),
      endTime: toIso(form.end),
      sourceUrl: form.sourceUrl.trim() || null,
    });
    toast(`Added run ${run.name}`, 'success');
    onClose();
  };

  return (
    <FormDialog title="Add a run by hand" open onClose={onClose} onSubmit={submit} submitLabel="Add run" wide noValidate errorList>
      <div className="field-row">
        <label className="field grow">
          <span>Name</span>
          <input data-autofocus value={form.name} onChange={(e) => set({ name: e.target.value })} placeholder="e.g. xgboost-depth6" />
        </label>
        <label className="field">
          <span>Status</span>
          <SelectField value={form.status} onChange={(status) => set({ status })} options={asOptions(runStatuses)} />
        </label>
      </div>
      <div className="field-row">
        <label className="field grow">
          <span>Experiment</span>
          <SelectField value={form.experimentId} onChange={(experimentId) => set({ experimentId })} options={[['', 'None'], ...experiments.map((x) => [x.id, x.title] as const)]} />
        </label>
        <label className="field grow">
          <span>Parent run (sweep)</span>
          <SelectField value={form.parentRunId} onChange={(parentRunId) => set({ parentRunId })} options={[['', 'None'], ...runs.map((r) => [r.id, r.name] as const)]} />
        </label>
      </div>
      <div className="field-row">
        <label className="field grow">
          <span>Params (key = value, one a line)</span>
          <textarea value={form.params} onChange={(e) => set({ params: e.target.value })} placeholder={'learning_rate = 0.01\nmax_depth = 6'} />
        </label>
        <label className="field grow">
          <span>Metrics (key = number, one a line)</span>
          <textarea value={form.metrics} onChange={(e) => set({ metrics: e.target.value })} placeholder={'accuracy = 0.94\nval_loss = 0.21'} />
        </label>
        <label className="field grow">
          <span>Tags (key = value)</span>
          <textarea value={form.tags} onChange={(e) => set({ tags: e.target.value })} placeholder="owner = ada" />
        </label>
      </div>
      <div className="field-row">
        <label className="field">
          <span>Started</span>
          <input type="datetime-local" value={form.start} onChange={(e) => set({ start: e.target.value })} />
        </label>
        <label className="field">
          <span>Ended</span>
          <input type="datetime-local" value={form.end} onChange={(e) => set({ end: e.target.value })} />
        </label>
        <label className="field grow">
          <span>Source link</span>
          <input type="url" value={form.sourceUrl} onChange={(e) => set({ sourceUrl: e.target.value })} placeholder="https://…" />
        </label>
      </div>
    </FormDialog>
  );
}

/** Opened with an experiment id, the run is filed under that experiment. */
export const addRunDialog = defineDialog<{ experimentId?: string }>('add-run', AddRunDialog);
