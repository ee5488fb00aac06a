import { versionName } from '@shared/models';
import { useState } from 'react';
import { deploymentEnvironments, deploymentStatuses, deploymentTargets, pipelineStatuses, type Deployment } from '@shared/domain';
import { FormDialog } from '../../../kernel/dialogs/FormDialog';
import { defineDialog, type DialogProps } from '../../../kernel/dialogs/dialog-stack';
import { useModelData, type ModelData } from '../model-queries';
import { useModelsStore } from '../models-slice';
import { deploymentLabel, saveDeployment, type DeploymentInput } from './deployment-commands';
import { toast } from '../../../kernel/feedback/toast';
import { asOptions, SelectField } from '../../../kernel/fields/SelectField';
import { TextField } from '../../../kernel/fields/TextField';

const CUSTOM = 'custom';
const today = () => new Date().toISOString().slice(0, 10);

interface Props {
  workspaceId: string;
  /** The deployment to edit; none records a new one. */
  id?: string;
  /** The version a new deployment is of; else the newest. */
  modelVersionId?: string;
}

const initialForm = (data: ModelData, existing: Deployment | null, modelVersionId?: string): DeploymentInput =>
  existing
    ? { ...existing, date: existing.date ?? '' }
    : {
        modelVersionId: (modelVersionId && data.versionById.has(modelVersionId) ? modelVersionId : data.versions[0]?.id) ?? '',
        environment: 'dev',
        target: 'KServe',
        endpoint: '',
        status: 'planned',
        pipelineUrl: '',
        pipelineStatus: 'unknown',
        date: today(),
      };

/** Record or edit a deployment: environment and target are a built-in choice or a custom name. */
function DeploymentDialog({ workspaceId, id, modelVersionId, onClose: close }: Props & DialogProps) {
  const data = useModelData(workspaceId);
  const existing = id ? (data.deployments.find((d) => d.id === id) ?? null) : null;
  const [form, setForm] = useState<DeploymentInput>(() => initialForm(data, existing, modelVersionId));
  const set = (patch: Partial<DeploymentInput>) => setForm((f) => ({ ...f, ...patch }));
  const submit = async () => {
    const label = deploymentLabel(data, form);
    await saveDeployment(workspaceId, existing, form, label);
    toast(`${existing ? 'Saved' : 'Recorded'} deployment of ${label}`, 'success');
    useModelsStore.setState({ tab: 'deployments' });
    close();
  };
  const versionGroups = data.models.map((m) => [m.name, (data.versionsByModel.get(m.id) ?? []).map((v) => [v.id, `${versionName(m, v)} (${v.stage})`] as const)] as const);

  return (
    <FormDialog
      title={existing ? 'Edit deployment' : 'Record a deployment'}
      open
      onClose={close}
      onSubmit={submit}
      submitLabel={existing ? 'Save deployment' : 'Record deployment'}
      submitDisabled={!data.versions.length}
      wide
      noValidate
    >
      <label className="field">
        <span>Model version</span>
        <SelectField
          data-autofocus
          value={form.modelVersionId}
          onChange={(modelVersionId) => set({ modelVersionId })}
          options={data.versions.length ? [] : [['', 'Register a model version first']]}
          groups={versionGroups}
        />
      </label>
      <div className="field-row">
        <ChoiceOrCustom label="Environment" choices={deploymentEnvironments} value={form.environment} placeholder="e.g. eu-canary" onChange={(environment) => set({ environment })} />
        <ChoiceOrCustom label="Target" choices={deploymentTargets} value={form.target} placeholder="e.g. BentoML on k8s" onChange={(target) => set({ target })} />
      </div>
      <TextField label="Endpoint" value={form.endpoint} placeholder="e.g. https://models.internal/fraud/v1/predict" onChange={(endpoint) => set({ endpoint })} />
      <div className="field-row">
        <label className="field grow">
          <span>Status</span>
          <SelectField value={form.status} onChange={(status) => set({ status })} options={asOptions(deploymentStatuses)} />
        </label>
        <TextField className="grow" label="Date" type="date" value={form.date} onChange={(date) => set({ date })} />
      </div>
      <div className="field-row">
        <TextField className="grow" label="CI/CD pipeline link" type="url" value={form.pipelineUrl} placeholder="https://ci.example.com/pipelines/123" onChange={(pipelineUrl) => set({ pipelineUrl })} />
        <label className="field">
          <span>Pipeline status</span>
          <SelectField value={form.pipelineStatus} onChange={(pipelineStatus) => set({ pipelineStatus })} options={asOptions(pipelineStatuses)} />
        </label>
      </div>
    </FormDialog>
  );
}

interface ChoiceProps {
  label: string;
  /** Built-in names, the last being `custom`. */
  choices: readonly string[];
  value: string;
  placeholder: string;
  onChange(value: string): void;
}

/** A built-in name, or "custom" and a text field for the name (an environment, a serving target). */
function ChoiceOrCustom({ label, choices, value, placeholder, onChange }: ChoiceProps) {
  const [custom, setCustom] = useState(!choices.includes(value) || value === CUSTOM);
  const choice = custom ? CUSTOM : value;
  return (
    <>
      <label className="field grow">
        <span>{label}</span>
        <SelectField
          value={choice}
          onChange={(next) => {
            setCustom(next === CUSTOM);
            onChange(next === CUSTOM ? '' : next);
          }}
          options={asOptions(choices)}
        />
      </label>
      {custom && <TextField className="grow" label={`Custom ${label.toLowerCase()}`} value={value} placeholder={placeholder} onChange={onChange} />}
    </>
  );
}

export const deploymentDialog = defineDialog<Props>('deployment', DeploymentDialog);
