import { useMemo, useState } from 'react';
import { nextVersionNumber, datasetName, versionName, runLabel } from '@shared/models';
import { FormDialog } from '../../kernel/dialogs/FormDialog';
import { defineDialog, type DialogProps } from '../../kernel/dialogs/dialog-stack';
import { registerVersion } from './model-commands';
import { useModelData } from './model-queries';
import { useModelsStore } from './models-slice';
import { toast } from '../../kernel/feedback/toast';
import { SelectField } from '../../kernel/fields/SelectField';
import { TextField } from '../../kernel/fields/TextField';

const NEW = '__new';

interface Props {
  workspaceId: string;
  /** The model to add a version to; else the first model. */
  modelId?: string;
  runId?: string;
}

/** Register a version of an existing or a new model, from a run or by hand. */
function RegisterVersionDialog({ workspaceId, modelId: presetModel, runId: presetRun, onClose: close }: Props & DialogProps) {
  const data = useModelData(workspaceId);
  const selectVersion = useModelsStore((s) => s.selectVersion);
  // The rows are in memory already (the view that opened this shows them), so the presets see them.
  const [modelId, setModelId] = useState(() => (presetModel && data.modelById.has(presetModel) ? presetModel : (data.models[0]?.id ?? NEW)));
  const [newName, setNewName] = useState('');
  const [fromRun, setFromRun] = useState(data.runs.length > 0);
  const [runId, setRunId] = useState(presetRun ?? '');
  const [version, setVersion] = useState('');
  const [datasetId, setDatasetId] = useState('');

  const runsByExperiment = useMemo(() => {
    const groups = new Map<string, typeof data.runs>();
    const sorted = [...data.runs].sort((a, b) => (b.startTime ?? '').localeCompare(a.startTime ?? '') || runLabel(a).localeCompare(runLabel(b)));
    for (const run of sorted) {
      const title = (run.experimentId && data.experimentById.get(run.experimentId)?.title) || 'No experiment';
      groups.set(title, [...(groups.get(title) ?? []), run]);
    }
    return [...groups].map(([title, runs]) => [title, runs.map((r) => [r.id, `${runLabel(r)} · ${r.status}`] as const)] as const);
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
    <FormDialog title="Register a model version" open onClose={close} onSubmit={submit} submitLabel="Register version" wide>
      <div className="field-row">
        <label className="field grow">
          <span>Model</span>
          <SelectField data-autofocus value={modelId} onChange={setModelId} options={[...data.models.map((m) => [m.id, m.name] as const), [NEW, '+ New model…']]} />
        </label>
        {modelId === NEW && (
          <TextField className="grow" label="New model name" required value={newName} placeholder="e.g. fraud-classifier" onChange={setNewName} />
        )}
        <TextField className="version-field" label="Version" value={version} placeholder={suggested} aria-describedby="version-hint" onChange={setVersion} />
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
          <SelectField
            value={runId}
            onChange={(id) => {
              setRunId(id);
              const run = data.runById.get(id);
              if (run?.datasetVersionId && data.datasetById.has(run.datasetVersionId)) setDatasetId(run.datasetVersionId);
            }}
            options={[['', 'Choose a run…']]}
            groups={runsByExperiment}
          />
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

export const registerVersionDialog = defineDialog<Props>('register-version', RegisterVersionDialog);
