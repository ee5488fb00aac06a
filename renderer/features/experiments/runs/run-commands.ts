import { runSchema, type MetricSummary, type Run } from '@shared/domain';
import { mutate } from '../../../kernel/history/history';
import { createChanges } from '../../../data/write-path';

export interface NewRun {
  name: string;
  experimentId: string | null;
  status: Run['status'];
  parentRunId: string | null;
  params: Record<string, string>;
  metrics: Record<string, MetricSummary>;
  tags: Record<string, string>;
  startTime: string | null;
  endTime: string | null;
  sourceUrl: string | null;
}

/** A run entered by hand (one undoable step). */
export async function addRun(workspaceId: string, input: NewRun): Promise<Run> {
  const run = runSchema.parse({ id: crypto.randomUUID(), workspaceId, createdAt: new Date().toISOString(), ...input });
  await mutate(`Add run ${run.name}`, workspaceId, createChanges('runs', run));
  return run;
}
