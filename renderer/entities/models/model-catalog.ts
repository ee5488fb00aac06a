import { useMemo } from 'react';
import type { Model, ModelVersion } from '@shared/domain';
import { compareVersionsDesc } from '@shared/models';
import { useRows } from '../../data/live-rows';

export interface ModelCatalog {
  /** Models by name. */
  models: Model[];
  /** Versions, newest first. */
  versions: ModelVersion[];
  versionById: Map<string, ModelVersion>;
  loading: boolean;
}

/** The workspace's models and versions, sorted once per change: the models and monitoring areas both read them. */
export function useModelCatalog(workspaceId: string | null): ModelCatalog {
  const models = useRows('models', workspaceId);
  const versions = useRows('modelVersions', workspaceId);
  return useMemo(() => {
    const sortedVersions = [...(versions ?? [])].sort(compareVersionsDesc);
    return {
      models: [...(models ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
      versions: sortedVersions,
      versionById: new Map(sortedVersions.map((v) => [v.id, v])),
      loading: !models || !versions,
    };
  }, [models, versions]);
}
