import type { MetricSummary } from '../../domain/experiments';

/** MLflow's run statuses by name; the file store writes them as integers 1..5 in this order. */
export const mlRunStatuses = ['RUNNING', 'SCHEDULED', 'FINISHED', 'FAILED', 'KILLED'] as const;
export type MlRunStatus = (typeof mlRunStatuses)[number];

/** One thing the importer could not read, pointing at the file (and line) to fix. */
export interface ImportProblem {
  path: string;
  line: number | null;
  message: string;
}

/** Every logged point of one metric, in file order. */
export interface MetricHistory {
  steps: number[];
  values: number[];
  timestamps: number[];
}

export interface MlRun {
  id: string;
  name: string;
  status: MlRunStatus;
  parentRunId: string | null;
  params: Record<string, string>;
  metrics: Record<string, MetricSummary>;
  tags: Record<string, string>;
  /** ISO date-times, or null when the source does not say. */
  startTime: string | null;
  endTime: string | null;
  /** Full metric histories by key; empty when the caller asked for summaries only. */
  history: Record<string, MetricHistory>;
  /** Logged models (MLflow 3) this run produced. */
  outputModelIds?: string[];
}

/** An MLflow 3 logged model (`<exp>/models/m-*`): a model tracked apart from any run. */
export interface MlLoggedModel {
  id: string;
  name: string;
  runId: string | null;
  status: string;
  params: Record<string, string>;
  metrics: Record<string, MetricSummary>;
  tags: Record<string, string>;
}

export interface MlExperiment {
  id: string;
  name: string;
  tags: Record<string, string>;
  runs: MlRun[];
  loggedModels?: MlLoggedModel[];
}

export interface MlModelVersion {
  version: string;
  stage: string;
  runId: string | null;
  status: string;
  source?: string | null;
  creationTime?: string | null;
}

export interface MlModel {
  name: string;
  /** Alias -> version number (champion, challenger, …). */
  aliases: Record<string, string>;
  tags?: Record<string, string>;
  versions: MlModelVersion[];
}

/** What every ML importer (MLflow folder, MLflow server, W&B) returns. */
export interface MlImportResult {
  experiments: MlExperiment[];
  models: MlModel[];
  problems: ImportProblem[];
}

/** The input is not a store of the expected kind at all (empty folder, wrong folder): nothing to import. */
export class NotAStoreError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'NotAStoreError';
  }
}

export const statusFromMlflowInt = (value: unknown): MlRunStatus | null => {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5) return mlRunStatuses[value - 1];
  if (typeof value === 'string') {
    const upper = value.toUpperCase();
    if ((mlRunStatuses as readonly string[]).includes(upper)) return upper as MlRunStatus;
    if (/^[1-5]$/.test(value)) return mlRunStatuses[Number(value) - 1];
  }
  return null;
};

/** Milliseconds since the epoch (number or int64-as-string) -> ISO, or null. */
export const isoFromMillis = (value: unknown): string | null => {
  const ms = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms <= 0) return null;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
};
