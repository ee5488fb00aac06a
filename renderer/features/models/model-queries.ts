import { useMemo } from 'react';
import type { DatasetVersion, Deployment, Experiment, Member, Model, ModelVersion, Run } from '@shared/domain';
import { useRows } from '../../data/live-rows';
import { useModelCatalog } from '../../entities/models/model-catalog';
import { useMembers } from '../../entities/workspaces/queries';
import { useModelsStore } from './models-slice';

export interface ModelData {
  models: Model[];
  versions: ModelVersion[];
  versionsByModel: Map<string, ModelVersion[]>;
  modelById: Map<string, Model>;
  versionById: Map<string, ModelVersion>;
  runs: Run[];
  runById: Map<string, Run>;
  experiments: Experiment[];
  experimentById: Map<string, Experiment>;
  datasets: DatasetVersion[];
  datasetById: Map<string, DatasetVersion>;
  deployments: Deployment[];
  loading: boolean;
}

const byId = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((r) => [r.id, r]));

/** Everything the models area shows, from the live rows, with lookups built once per change. */
export function useModelData(workspaceId: string | null): ModelData {
  const catalog = useModelCatalog(workspaceId);
  const runs = useRows('runs', workspaceId);
  const experiments = useRows('experiments', workspaceId);
  const datasets = useRows('datasets', workspaceId);
  const deployments = useRows('deployments', workspaceId);
  return useMemo(() => {
    const { models: sortedModels, versions: sortedVersions } = catalog;
    const versionsByModel = new Map<string, ModelVersion[]>();
    for (const v of sortedVersions) versionsByModel.set(v.modelId, [...(versionsByModel.get(v.modelId) ?? []), v]);
    const sortedDatasets = [...(datasets ?? [])].sort((a, b) => a.name.localeCompare(b.name) || b.version.localeCompare(a.version, undefined, { numeric: true }));
    return {
      models: sortedModels,
      versions: sortedVersions,
      versionsByModel,
      modelById: byId(sortedModels),
      versionById: catalog.versionById,
      runs: runs ?? [],
      runById: byId(runs ?? []),
      experiments: experiments ?? [],
      experimentById: byId(experiments ?? []),
      datasets: sortedDatasets,
      datasetById: byId(sortedDatasets),
      deployments: deployments ?? [],
      loading: catalog.loading || !datasets || !deployments,
    };
  }, [catalog, runs, experiments, datasets, deployments]);
}

/** Who stage changes are recorded as: the member chosen in "You are", else the first member. */
export function useActor(workspaceId: string | null): { members: Member[]; actor: Member | null } {
  const members = useMembers(workspaceId);
  const actorId = useModelsStore((s) => s.actorId);
  return { members, actor: members.find((m) => m.id === actorId) ?? members[0] ?? null };
}

