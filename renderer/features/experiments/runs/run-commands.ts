import { runSchema, type MetricSummary, type Run } from '@shared/domain';
import { mutate } from '../../../kernel/history/history';
import { createChanges, updateChanges } from '../../../data/write-path';

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

/**
 * Attach runs to a hypothesis card (one undoable step). Imported runs keep the link on re-import:
 * the import only moves a run between experiments when the run still sits where the source put it.
 */
export async function linkRuns(workspaceId: string, runs: readonly Run[], experiment: { id: string; title: string }): Promise<number> {
  const moving = runs.filter((run) => run.experimentId !== experiment.id);
  if (moving.length === 0) return 0;
  const changes = moving.flatMap((run) => updateChanges('runs', run.id, { experimentId: experiment.id }));
  await mutate(`Link ${moving.length} run${moving.length === 1 ? '' : 's'} to ${experiment.title}`, workspaceId, changes);
  return moving.length;
}
