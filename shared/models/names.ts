import type { DatasetVersion, Model, ModelVersion, Run } from '../domain';

/**
 * Display names of ML rows, each spelled once for the app, the reports and the CLI.
 * A version label is "v3"; a version already written "v3" (as W&B and some registries do) is
 * not prefixed again, so nothing shows "vv3".
 */
export const versionLabel = (version: Pick<ModelVersion, 'version'>): string => (/^v\d/i.test(version.version) ? version.version : `v${version.version}`);

/** "fraud-classifier v3"; a version whose model is gone reads "model v3". */
export const versionName = (model: Pick<Model, 'name'> | undefined, version: Pick<ModelVersion, 'version'>): string => `${model?.name ?? 'model'} ${versionLabel(version)}`;

/** A run's name, or the start of its id when it has none. */
export const runLabel = (run: Pick<Run, 'id' | 'name'>): string => run.name || run.id.slice(0, 8);

/** "transactions@2024-06": a dataset version as lineage and the registry show it. */
export const datasetName = (dataset: Pick<DatasetVersion, 'name' | 'version'>): string => `${dataset.name}@${dataset.version}`;
