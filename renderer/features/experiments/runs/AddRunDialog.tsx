import { useState } from 'react';
import { runStatuses, type Experiment, type Run } from '@shared/domain';
import { parseKeyValueLines, parseMetricLines } from '@shared/ml';
import { FormDialog, FormProblems } from '../../../kernel/dialogs/FormDialog';
import { useAppStore } from '../../../kernel/store';
import { useRows } from '../../../data/live-rows';
import { addRun } from './run-commands';
import { toast } from '../../../kernel/feedback/toast';

const toIso = (local: string): string | null => (local ? new Date(local).toISOString() : null);

/** Enter a run by hand: for work tracked outside MLflow/W&B, or a quick number from a notebook. */
export function AddRunDialog({ open, onClose, experimentId }: { open: boolean; onClose: () => void; experimentId?: string | null }) {
  const workspaceId = useAppStore((s) => s.workspaceId);
  const experiments = useRows<Experiment>('experiments', workspaceId) ?? [];
  const runs = useRows<Run>('runs', workspaceId) ?? [];
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
    setForm((f) => ({ ...f, name: '', params: '', metrics: '', tags: '' }));
    onClose();
  };

  return (
    <FormDialog title="Add a run by hand" open={open} onClose={onClose} onSubmit={submit} submitLabel="Add run" wide noValidate errorList>
      <div className="field-row">
        <label className="field grow">
          <span>Name</span>
          <input data-autofocus value={form.name} onChange={(e) => set({ name: e.target.value })} placeholder="e.g. xgboost-depth6" />
        </label>
        <label className="field">
          <span>Status</span>
          <select value={form.status} onChange={(e) => set({ status: e.target.value as Run['status'] })}>
            {runStatuses.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="field-row">
        <label className="field grow">
          <span>Experiment</span>
          <select value={form.experimentId} onChange={(e) => set({ experimentId: e.target.value })}>
            <option value="">None</option>
            {experiments.map((x) => (
              <option key={x.id} value={x.id}>
                {x.title}
              </option>
            ))}
          </select>
        </label>
        <label className="field grow">
          <span>Parent run (sweep)</span>
          <select value={form.parentRunId} onChange={(e) => set({ parentRunId: e.target.value })}>
            <option value="">None</option>
            {runs.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
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
