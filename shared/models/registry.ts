import type { Deployment, ModelVersion } from '../domain/models';
import type { Run } from '../domain/experiments';

/** The next MLflow-style version number of a model: one past the highest numeric version. */
export function nextVersionNumber(versions: readonly Pick<ModelVersion, 'version'>[]): string {
  const highest = versions.reduce((max, v) => {
    const n = Number(v.version);
    return Number.isInteger(n) && n > max ? n : max;
  }, 0);
  return String(highest + 1);
}

/** Versions newest first: numerically where both are numbers, else by text. */
export function compareVersionsDesc(a: Pick<ModelVersion, 'version'>, b: Pick<ModelVersion, 'version'>): number {
  const na = Number(a.version);
  const nb = Number(b.version);
  if (Number.isFinite(na) && Number.isFinite(nb)) return nb - na;
  return b.version.localeCompare(a.version);
}

/** What uses a dataset version: the runs trained on it and the model versions built from it. */
export function datasetUsage<R extends Pick<Run, 'datasetVersionId'>, V extends Pick<ModelVersion, 'datasetVersionId'>>(
  datasetId: string,
  runs: readonly R[],
  versions: readonly V[],
): { runs: R[]; versions: V[] } {
  return { runs: runs.filter((r) => r.datasetVersionId === datasetId), versions: versions.filter((v) => v.datasetVersionId === datasetId) };
}

export const builtInEnvironments = ['dev', 'staging', 'production'] as const;

/** When a deployment happened, for ordering: its date, else when it was recorded. */
const whenOf = (d: Pick<Deployment, 'date' | 'createdAt'>) => d.date ?? d.createdAt.slice(0, 10);

export interface PipelineColumn<D> {
  environment: string;
  /** The latest live deployment: the version running there now. */
  live: D | null;
  /** Every other deployment of the environment, newest first. */
  others: D[];
}

/**
 * Which version runs where: one column per environment (dev, staging, production, then any
 * custom ones in first-seen order) with its latest live deployment.
 */
export function pipelineColumns<D extends Pick<Deployment, 'id' | 'environment' | 'status' | 'date' | 'createdAt'>>(
  deployments: readonly D[],
): PipelineColumn<D>[] {
  const envs: string[] = [...builtInEnvironments];
  for (const d of deployments) if (!envs.includes(d.environment)) envs.push(d.environment);
  return envs.map((environment) => {
    const here = deployments
      .filter((d) => d.environment === environment)
      .sort((a, b) => whenOf(b).localeCompare(whenOf(a)) || b.createdAt.localeCompare(a.createdAt));
    const live = here.find((d) => d.status === 'live') ?? null;
    return { environment, live, others: here.filter((d) => d !== live) };
  });
}
