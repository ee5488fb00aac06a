import type { ModelVersion } from '../domain/models';

const sourceNames: Record<string, string> = { mlflow: 'MLflow', wandb: 'W&B' };

/**
 * Where a version without a (present) run came from, in words: an MLflow version registered from a
 * path has no run, which is not the same as a version a person registered by hand here.
 */
export function versionProvenance(version: Partial<Pick<ModelVersion, 'runId' | 'sourceRef'>>): string {
  const source = version.sourceRef ? (sourceNames[version.sourceRef.split(':')[0]] ?? 'an import') : null;
  if (version.runId) return source ? `imported from ${source}; its run was not imported` : 'its run is no longer here';
  return source ? `imported from ${source}, no run recorded` : 'registered by hand';
}

/** The day a version was registered: the source registry's own date when imported, not the import's. */
export const registeredOn = (version: Pick<ModelVersion, 'createdAt'> & Partial<Pick<ModelVersion, 'registeredAt'>>): string =>
  (version.registeredAt ?? version.createdAt).slice(0, 10);
