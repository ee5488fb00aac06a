import { deploymentSchema, isoDate, type Deployment } from '@shared/domain';
import { mutate } from '../../../kernel/history/history';
import { createChanges, deleteChanges, updateChanges } from '../../../data/write-path';
import { versionName } from '@shared/models';
import type { ModelData } from '../model-queries';

export type DeploymentInput = Pick<Deployment, 'modelVersionId' | 'environment' | 'target' | 'endpoint' | 'status' | 'pipelineUrl' | 'pipelineStatus'> & {
  date: string;
};

export function parseDeploymentInput(input: DeploymentInput): Omit<DeploymentInput, 'date'> & { date: string | null } {
  if (!input.modelVersionId) throw new Error('Choose the model version that is deployed');
  const environment = input.environment.trim();
  if (!environment) throw new Error('Name the environment');
  const target = input.target.trim();
  if (!target) throw new Error('Name the target platform');
  const date = input.date.trim() || null;
  if (date && !isoDate.safeParse(date).success) throw new Error(`Date must be YYYY-MM-DD, not "${date}"`);
  const pipelineUrl = input.pipelineUrl.trim();
  if (pipelineUrl && !/^https?:\/\//i.test(pipelineUrl)) throw new Error('The pipeline link must start with http:// or https://');
  return { ...input, environment, target, endpoint: input.endpoint.trim(), pipelineUrl, date };
}

export async function saveDeployment(workspaceId: string, existing: Deployment | null, input: DeploymentInput, label: string): Promise<void> {
  const fields = parseDeploymentInput(input);
  if (existing) {
    const patch = Object.fromEntries(Object.entries(fields).filter(([k, v]) => existing[k as keyof Deployment] !== v));
    if (Object.keys(patch).length) await mutate(`Edit deployment ${label}`, workspaceId, updateChanges('deployments', existing.id, patch));
    return;
  }
  const row = deploymentSchema.parse({ id: crypto.randomUUID(), workspaceId, createdAt: new Date().toISOString(), ...fields });
  await mutate(`Record deployment ${label}`, workspaceId, createChanges('deployments', row));
}

export async function deleteDeployment(workspaceId: string, deployment: Deployment, label: string): Promise<void> {
  await mutate(`Delete deployment ${label}`, workspaceId, deleteChanges('deployments', deployment.id));
}

/** "fraud v3 to production": how toasts and undo labels name a deployment. */
export function deploymentLabel(data: ModelData, d: Pick<Deployment, 'modelVersionId' | 'environment'>): string {
  const version = data.versionById.get(d.modelVersionId);
  const model = version && data.modelById.get(version.modelId);
  return `${model && version ? versionName(model, version) : 'unknown version'} to ${d.environment}`;
}
