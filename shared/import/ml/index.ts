// ML imports: MLflow file stores and servers, W&B run folders and CSV exports, into one result shape.
export * from './result';
export * from './file-tree';
export { parseMetricFile, summarisePoints, historyOf, pointsFrom, type MetricPoints } from './metric-file';
export { parseMlflowStore, type MlflowStoreOptions } from './mlflow-store';
export { parseMlflowRegistry, normaliseStage } from './mlflow-registry';
export { parseWandbFolder, type WandbFolderOptions } from './wandb-run';
export { parseWandbCsv, type WandbCsvOptions } from './wandb-csv';
export * from './mlflow-rest';
export * from './plan';
export { summaryDocument } from './summary-json';
