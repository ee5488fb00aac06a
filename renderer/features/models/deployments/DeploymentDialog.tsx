import { versionName } from '@shared/models';
import { useEffect, useState } from 'react';
import { deploymentEnvironments, deploymentStatuses, deploymentTargets, pipelineStatuses } from '@shared/domain';
import { FormDialog } from '../../../kernel/dialogs/FormDialog';
import type { ModelData } from '../model-queries';
import { useModelsStore } from '../models-slice';
import { deploymentLabel } from './DeploymentsPanel';
import { saveDeployment, type DeploymentInput } from './deployment-commands';
import { toast } from '../../../kernel/feedback/toast';
import { asOptions, SelectField } from '../../../kernel/fields/SelectField';

const CUSTOM = 'custom';
const today = () => new Date().toISOString().slice(0, 10);
const builtIn = (list: readonly string[], value: string) => list.includes(value) && value !== CUSTOM;

/** Record or edit a deployment: environment and target are a built-in choice or a custom name. */
export function DeploymentDialog({ data, workspaceId }: { data: ModelData; workspaceId: string }) {
  const dialog = useModelsStore((s) => s.dialog);
  const close = useModelsStore((s) => s.close);
  const isOpen = dialog?.kind === 'deployment';
  const existing = isOpen && dialog.id ? (data.deployments.find((d) => d.id === dialog.id) ?? null) : null;
  const [form, setForm] = useState<DeploymentInput>({ modelVersionId: '', environment: 'dev', target: 'KServe', endpoint: '', status: 'planned', pipelineUrl: '', pipelineStatus: 'unknown', date: '' });
  const [envChoice, setEnvChoice] = useState('dev');
  const [targetChoice, setTargetChoice] = useState('KServe');

  useEffect(() => {
    if (!isOpen) return;
    const base: DeploymentInput = existing
      ? { ...existing, date: existing.date ?? '' }
      : {
          modelVersionId: (dialog.modelVersionId && data.versionById.has(dialog.modelVersionId) ? dialog.modelVersionId : data.versions[0]?.id) ?? '',
          environment: 'dev',
          target: 'KServe',
          endpoint: '',
          status: 'planned',
          pipelineUrl: '',
          pipelineStatus: 'unknown',
          date: today(),
        };
    setForm(base);
    setEnvChoice(builtIn(deploymentEnvironments, base.environment) ? base.environment : CUSTOM);
    setTargetChoice(builtIn(deploymentTargets, base.target) ? base.target : CUSTOM);
    // Fill the form when the dialog opens, not on every live update.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [isOpen, existing?.id]);

  const set = (patch: Partial<DeploymentInput>) => setForm((f) => ({ ...f, ...patch }));
  const submit = async () => {
    const label = deploymentLabel(data, form);
    await saveDeployment(workspaceId, existing, form, label);
    toast(`${existing ? 'Saved' : 'Recorded'} deployment of ${label}`, 'success');
    useModelsStore.setState({ tab: 'deployments' });
    close();
  };

  return (
    <FormDialog
      title={existing ? 'Edit deployment' : 'Record a deployment'}
      open={isOpen}
      onClose={close}
      onSubmit={submit}
      submitLabel={existing ? 'Save deployment' : 'Record deployment'}
      submitDisabled={!data.versions.length}
      wide
      noValidate
    >
      <label className="field">
        <span>Model version</span>
        <select data-autofocus value={form.modelVersionId} onChange={(e) => set({ modelVersionId: e.target.value })}>
          {!data.versions.length && <option value="">Register a model version first</option>}
          {data.models.map((m) => (
            <optgroup key={m.id} label={m.name}>
              {(data.versionsByModel.get(m.id) ?? []).map((v) => (
                <option key={v.id} value={v.id}>
                  {versionName(m, v)} ({v.stage})
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <div className="field-row">
        <label className="field grow">
          <span>Environment</span>
          <select
            value={envChoice}
            onChange={(e) => {
              setEnvChoice(e.target.value);
              set({ environment: e.target.value === CUSTOM ? '' : e.target.value });
            }}
          >
            {deploymentEnvironments.map((env) => (
              <option key={env} value={env}>
                {env}
              </option>
            ))}
          </select>
        </label>
        {envChoice === CUSTOM && (
          <label className="field grow">
            <span>Custom environment</span>
            <input value={form.environment} placeholder="e.g. eu-canary" onChange={(e) => set({ environment: e.target.value })} />
          </label>
        )}
        <label className="field grow">
          <span>Target</span>
          <select
            value={targetChoice}
            onChange={(e) => {
              setTargetChoice(e.target.value);
              set({ target: e.target.value === CUSTOM ? '' : e.target.value });
            }}
          >
            {deploymentTargets.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        {targetChoice === CUSTOM && (
          <label className="field grow">
            <span>Custom target</span>
            <input value={form.target} placeholder="e.g. BentoML on k8s" onChange={(e) => set({ target: e.target.value })} />
          </label>
        )}
      </div>
      <label className="field">
        <span>Endpoint</span>
        <input value={form.endpoint} placeholder="e.g. https://models.internal/fraud/v1/predict" onChange={(e) => set({ endpoint: e.target.value })} />
      </label>
      <div className="field-row">
        <label className="field grow">
          <span>Status</span>
          <SelectField value={form.status} onChange={(status) => set({ status })} options={asOptions(deploymentStatuses)} />
        </label>
        <label className="field grow">
          <span>Date</span>
          <input type="date" value={form.date} onChange={(e) => set({ date: e.target.value })} />
        </label>
      </div>
      <div className="field-row">
        <label className="field grow">
          <span>CI/CD pipeline link</span>
          <input type="url" value={form.pipelineUrl} placeholder="https://ci.example.com/pipelines/123" onChange={(e) => set({ pipelineUrl: e.target.value })} />
        </label>
        <label className="field">
          <span>Pipeline status</span>
          <SelectField value={form.pipelineStatus} onChange={(pipelineStatus) => set({ pipelineStatus })} options={asOptions(pipelineStatuses)} />
        </label>
      </div>
    </FormDialog>
  );
}
