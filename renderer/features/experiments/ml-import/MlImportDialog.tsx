import { errorMessage } from '@shared/domain';
import { useEffect, useState, type FormEvent } from 'react';
import type { ImportPlan, PlannedEntity } from '@shared/import/ml';
import { Modal } from '../../../kernel/dialogs/Modal';
import type { DialogProps } from '../../../kernel/dialogs/dialog-stack';
import { ImportPreviewDialog, type ImportCount } from '../../../kernel/import-preview/ImportPreviewDialog';
import { useAppStore } from '../../../kernel/store';
import { commitImport, explainImportError, previewMlflowServer } from './ml-import-commands';
import { useMlImport } from './ml-import-slice';
import './ml-import.css';
import { toast } from '../../../kernel/feedback/toast';
import { SelectField } from '../../../kernel/fields/SelectField';
import { useRows } from '../../../data/live-rows';
import { TextField } from '../../../kernel/fields/TextField';

const nouns: Record<PlannedEntity, string> = {
  experiments: 'experiments', runs: 'runs', metricSeries: 'metric histories', models: 'models', modelVersions: 'model versions',
};

/** The plan in words, one row per kind of row: what is created, updated and left as it is. */
export function PlanSummary({ plan }: { plan: ImportPlan }) {
  const rows = (Object.entries(plan.counts) as [PlannedEntity, ImportPlan['counts'][PlannedEntity]][]).filter(
    ([, c]) => c.create + c.update + c.unchanged > 0,
  );
  if (rows.length === 0) return <p className="muted">The source holds nothing to import.</p>;
  return (
    <table className="ml-plan-table">
      <caption className="sr-only">What the import will change</caption>
      <thead>
        <tr>
          <th scope="col">Kind</th>
          <th scope="col">To create</th>
          <th scope="col">To update</th>
          <th scope="col">Unchanged</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([entity, count]) => (
          <tr key={entity}>
            <th scope="row">{nouns[entity]}</th>
            <td>{count.create}</td>
            <td>{count.update}</td>
            <td>{count.unchanged}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ServerForm({ workspaceId }: { workspaceId: string }) {
  const setStep = useMlImport((s) => s.setStep);
  const [url, setUrl] = useState('http://localhost:5000');
  const [token, setToken] = useState('');
  const [error, setError] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    let parsed: URL;
    try {
      parsed = new URL(url.trim());
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('not http');
    } catch {
      setError('Enter the server address, e.g. http://localhost:5000');
      return;
    }
    const from = parsed.toString().replace(/\/$/, '');
    setStep({ kind: 'reading', from });
    try {
      setStep({ kind: 'preview', preview: await previewMlflowServer(from, token, workspaceId) });
    } catch (e) {
      setStep({ kind: 'failed', from, message: explainImportError(e, from) });
    }
  };
  return (
    <form className="form" onSubmit={submit}>
      <p className="hint">Reads experiments, runs with their metric histories, and registered models through MLflow's REST API. Nothing is written until you confirm the preview.</p>
      <TextField label="Tracking server URL" data-autofocus type="url" required value={url} aria-invalid={!!error} aria-describedby={error ? 'mlflow-url-error' : undefined} onChange={setUrl} />
      <TextField label="Access token (optional)" type="password" autoComplete="off" value={token} onChange={setToken} />
      {error && (
        <p className="error" id="mlflow-url-error" role="alert">
          {error}
        </p>
      )}
      <div className="modal-footer">
        <button type="button" className="button" onClick={() => setStep({ kind: 'closed' })}>
          Cancel
        </button>
        <button type="submit" className="button primary">
          Preview import
        </button>
      </div>
    </form>
  );
}

/**
 * Preview, then the valid part in one transaction, or cancel: the ML import dialog for every
 * source. One entry on the kernel's dialog stack, whose steps the import flow's slice drives.
 */
export function MlImportDialog({ onClose }: DialogProps) {
  const step = useMlImport((s) => s.step);
  const setStep = useMlImport((s) => s.setStep);
  const close = useMlImport((s) => s.close);
  // The flow ended (cancelled, or closed from elsewhere): take its entry off the stack.
  useEffect(() => {
    if (step.kind === 'closed') onClose();
  }, [step.kind, onClose]);
  const workspaceId = useAppStore((s) => s.workspaceId);
  const [busy, setBusy] = useState(false);
  const [attachTo, setAttachTo] = useState('');
  // Cards made here (not imported) are the hypotheses imported runs can be attached to.
  const hypotheses = (useRows('experiments', workspaceId) ?? []).filter((e) => !e.deleted && !e.sourceRef);
  if (step.kind === 'closed' || !workspaceId) return null;

  if (step.kind === 'wandb-choice') {
    return (
      <Modal title="Import W&B runs" open onClose={close}>
        <p className="hint">
          Pick a folder of local runs (a project folder holding <code>wandb/run-*</code>) or the CSV you exported from a W&amp;B runs table. Command-line arguments are never read: they can hold secrets.
        </p>
        <div className="modal-footer">
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="button" className="button" onClick={step.chooseCsv}>
            Choose CSV export…
          </button>
          <button type="button" className="button primary" data-autofocus onClick={step.chooseFolder}>
            Choose run folder…
          </button>
        </div>
      </Modal>
    );
  }
  if (step.kind === 'server') {
    return (
      <Modal title="Import from MLflow server" open onClose={close}>
        <ServerForm workspaceId={workspaceId} />
      </Modal>
    );
  }
  if (step.kind === 'reading') {
    return (
      <Modal title="Reading…" open onClose={close}>
        <p role="status" aria-live="polite">
          Reading {step.from}…
        </p>
      </Modal>
    );
  }
  if (step.kind === 'failed') {
    return <ImportPreviewDialog title="Import ML runs" open fileName={step.from} stage="refused" error={step.message} onClose={close} />;
  }

  const { preview } = step;
  const { plan } = preview;
  const changes = plan.changes.length;
  const done = step.kind === 'done';
  const total = (key: 'create' | 'update' | 'unchanged') => Object.values(plan.counts).reduce((sum, c) => sum + c[key], 0);
  const counts: ImportCount[] = [
    { label: done ? 'created' : 'to create', value: total('create'), tone: 'create' },
    { label: done ? 'updated' : 'to update', value: total('update'), tone: 'update' },
    { label: 'unchanged', value: total('unchanged'), tone: 'neutral' },
  ];
  const problems = plan.problems.map((p) => ({ file: p.path || '(folder)', line: p.line, message: p.message }));
  const confirm = async () => {
    setBusy(true);
    try {
      await commitImport(preview, workspaceId, attachTo || null);
      setStep({ kind: 'done', preview });
      toast(`Imported from ${preview.from}: ${total('create')} created, ${total('update')} updated`, 'success');
    } catch (error) {
      setStep({ kind: 'failed', from: preview.from, message: `The import failed and nothing was written: ${errorMessage(error)}` });
    } finally {
      setBusy(false);
    }
  };
  return (
    <ImportPreviewDialog
      title={`Import from ${preview.source === 'mlflow' ? 'MLflow' : 'Weights & Biases'}`}
      open
      fileName={preview.from}
      stage={done ? 'done' : 'preview'}
      counts={counts}
      problems={problems}
      problemsHeading={problems.length ? `${problems.length} problem${problems.length === 1 ? '' : 's'}: ${problems.length === 1 ? 'this part is' : 'these parts are'} left out` : undefined}
      busy={busy}
      importLabel={changes === 0 ? 'Already up to date' : problems.length > 0 ? `Import the valid part (${changes} changes)` : `Import ${changes} changes`}
      onImport={changes === 0 ? undefined : () => void confirm()}
      onClose={close}
    >
      <PlanSummary plan={plan} />
      {!done && plan.rows.runs.length > 0 && hypotheses.length > 0 && (
        <label className="field">
          <span>Attach these runs to hypothesis</span>
          <SelectField value={attachTo} onChange={setAttachTo} options={[['', 'None: keep them under their imported experiment'], ...hypotheses.map((e) => [e.id, e.title] as const)]} />
        </label>
      )}
      {preview.skippedFiles > 0 && <p className="muted">{preview.skippedFiles} file(s) skipped (artifacts, binaries or too large).</p>}
      {!done && <p className="hint">Re-importing the same source later updates what changed and duplicates nothing. An import is not undoable.</p>}
    </ImportPreviewDialog>
  );
}

