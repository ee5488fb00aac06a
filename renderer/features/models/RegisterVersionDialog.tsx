import { useEffect, useMemo, useState } from 'react';
import { nextVersionNumber, datasetName, versionName, runLabel } from '@shared/models';
import { FormDialog } from '../../kernel/dialogs/FormDialog';
import { registerVersion } from './model-commands';
import { type ModelData } from './model-queries';
import { useModelsStore } from './models-slice';
import { toast } from '../../kernel/feedback/toast';
import { SelectField } from '../../kernel/fields/SelectField';

const NEW = '__new';

/** Register a version of an existing or a new model, from a run or by hand. */
export function RegisterVersionDialog({ data, workspaceId }: { data: ModelData; workspaceId: string }) {
  const dialog = useModelsStore((s) => s.dialog);
  const close = useModelsStore((s) => s.close);
  const selectVersion = useModelsStore((s) => s.selectVersion);
  const isOpen = dialog?.kind === 'register-version';
  const [modelId, setModelId] = useState(NEW);
  const [newName, setNewName] = useState('');
  const [fromRun, setFromRun] = useState(true);
  const [runId, setRunId] = useState('');
  const [version, setVersion] = useState('');
  const [datasetId, setDatasetId] = useState('');

  useEffect(() => {
    if (!isOpen) return;
    const preset = dialog.modelId && data.modelById.has(dialog.modelId) ? dialog.modelId : (data.models[0]?.id ?? NEW);
    setModelId(preset);
    setNewName('');
    setFromRun(data.runs.length > 0);
    setRunId(dialog.runId ?? '');
    setVersion('');
    setDatasetId('');
    // Reset only when the dialog opens, not on every data change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [isOpen]);

  const runsByExperiment = useMemo(() => {
    const groups = new Map<string, typeof data.runs>();
    const sorted = [...data.runs].sort((a, b) => (b.startTime ?? '').localeCompare(a.startTime ?? '') || runLabel(a).localeCompare(runLabel(b)));
    for (const run of sorted) {
      const title = (run.experimentId && data.experimentById.get(run.experimentId)?.title) || 'No experiment';
      groups.set(title, [...(groups.get(title) ?? []), run]);
    }
    return [...groups];
  }, [data]);

  const suggested = modelId === NEW ? '1' : nextVersionNumber(data.versionsByModel.get(modelId) ?? []);

  const submit = async () => {
    if (fromRun && !runId) throw new Error('Choose the run that produced this version, or register it by hand');
    const result = await registerVersion(workspaceId, {
      modelId: modelId === NEW ? null : modelId,
      newModelName: newName,
      version: version || undefined,
      runId: fromRun ? runId : null,
      datasetVersionId: datasetId || null,
    });
    toast(`Registered ${versionName(result.model, result.version)}`, 'success');
    selectVersion(result.model.id, result.version.id);
    useModelsStore.setState({ tab: 'registry' });
    close();
  };

  return (
    <FormDialog title="Register a model version" open={isOpen} onClose={close} onSubmit={submit} submitLabel="Register version" wide>
      <div className="field-row">
        <label className="field grow">
          <span>Model</span>
          <SelectField data-autofocus value={modelId} onChange={setModelId} options={[...data.models.map((m) => [m.id, m.name] as const), [NEW, '+ New model…']]} />
        </label>
        {modelId === NEW && (
          <label className="field grow">
            <span>New model name</span>
            <input required value={newName} placeholder="e.g. fraud-classifier" onChange={(e) => setNewName(e.target.value)} />
          </label>
        )}
        <label className="field version-field">
          <span>Version</span>
          <input value={version} placeholder={suggested} aria-describedby="version-hint" onChange={(e) => setVersion(e.target.value)} />
        </label>
      </div>
      <p id="version-hint" className="hint ml-small">
        Leave the version empty for the next number ({suggested}).
      </p>
      <fieldset className="segmented">
        <legend>Source</legend>
        <label>
          <input type="radio" name="version-source" checked={fromRun} onChange={() => setFromRun(true)} disabled={!data.runs.length} />
          From a run
        </label>
        <label>
          <input type="radio" name="version-source" checked={!fromRun} onChange={() => setFromRun(false)} />
          By hand
        </label>
      </fieldset>
      {fromRun && (
        <label className="field">
          <span>Run</span>
          <select
            value={runId}
            onChange={(e) => {
              setRunId(e.target.value);
              const run = data.runById.get(e.target.value);
              if (run?.datasetVersionId && data.datasetById.has(run.datasetVersionId)) setDatasetId(run.datasetVersionId);
            }}
          >
            <option value="">Choose a run…</option>
            {runsByExperiment.map(([title, runs]) => (
              <optgroup key={title} label={title}>
                {runs.map((r) => (
                  <option key={r.id} value={r.id}>
                    {runLabel(r)} · {r.status}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
      )}
      {!data.runs.length && <p className="hint ml-small">No runs yet: import them on the Runs view, or register this version by hand.</p>}
      <label className="field">
        <span>Dataset version</span>
        <SelectField value={datasetId} onChange={setDatasetId} options={[['', 'None'], ...data.datasets.map((d) => [d.id, datasetName(d)] as const)]} />
      </label>
    </FormDialog>
  );
}
