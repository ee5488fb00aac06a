import { experimentSchema, workItemSchema, type Experiment, type WorkItem, type Workspace } from '@shared/domain';
import { proposeVerdict, type Verdict } from '@shared/ml';
import { itemKey, rankBetween } from '@shared/work';
import { mutate } from '../../kernel/history/history';
import { loadRows } from '../../data/live-rows';
import { createChanges, updateChanges, type Change } from '../../data/write-path';

export type ExperimentFields = Pick<
  Experiment,
  'title' | 'hypothesis' | 'metric' | 'direction' | 'baseline' | 'target' | 'datasetVersionId' | 'ownerId' | 'status' | 'conclusion'
>;

/** The backlog item that carries an experiment onto the board: type "experiment", linked both ways. */
async function backlogItemFor(workspace: Workspace, experiment: Pick<Experiment, 'id' | 'title' | 'hypothesis' | 'ownerId'>): Promise<WorkItem> {
  const items = await loadRows('items', workspace.id);
  const number = items.reduce((max, i) => Math.max(max, i.number), 0) + 1;
  const last = items.reduce<string | null>((max, i) => (max === null || i.rank > max ? i.rank : max), null);
  return workItemSchema.parse({
    id: crypto.randomUUID(),
    workspaceId: workspace.id,
    createdAt: new Date().toISOString(),
    number,
    type: 'experiment',
    title: experiment.title,
    description: experiment.hypothesis,
    status: workspace.workflow[0]?.id ?? 'backlog',
    assigneeId: experiment.ownerId,
    rank: rankBetween(last, null),
    links: [`experiment:${experiment.id}`],
  });
}

/** A new hypothesis card and its backlog item, in ONE undoable step. */
export async function createExperiment(workspace: Workspace, fields: ExperimentFields): Promise<{ experiment: Experiment; item: WorkItem }> {
  const id = crypto.randomUUID();
  const item = await backlogItemFor(workspace, { id, title: fields.title, hypothesis: fields.hypothesis, ownerId: fields.ownerId });
  const experiment = experimentSchema.parse({ id, workspaceId: workspace.id, createdAt: item.createdAt, ...fields, workItemId: item.id });
  await mutate(`Create experiment ${experiment.title} (${itemKey(workspace, item)})`, workspace.id, [
    ...createChanges('experiments', experiment),
    ...createChanges('items', item),
  ]);
  return { experiment, item };
}

/** Put an experiment that has no backlog item yet (e.g. an imported one) on the backlog. */
export async function addExperimentToBacklog(workspace: Workspace, experiment: Experiment): Promise<WorkItem> {
  const item = await backlogItemFor(workspace, experiment);
  await mutate(`Add experiment ${experiment.title} to the backlog`, workspace.id, [
    ...createChanges('items', item),
    ...updateChanges('experiments', experiment.id, { workItemId: item.id }),
  ]);
  return item;
}

/** Edit a card; a new title or owner carries over to its backlog item in the same step. */
export async function updateExperiment(workspace: Workspace, experiment: Experiment, patch: Partial<ExperimentFields>, item?: WorkItem): Promise<void> {
  const changes: Change[] = updateChanges('experiments', experiment.id, patch);
  if (item) {
    const itemPatch: Partial<WorkItem> = {};
    if (patch.title !== undefined && patch.title !== item.title) itemPatch.title = patch.title;
    if (patch.ownerId !== undefined && patch.ownerId !== item.assigneeId) itemPatch.assigneeId = patch.ownerId;
    if (Object.keys(itemPatch).length) changes.push(...updateChanges('items', item.id, itemPatch));
  }
  await mutate(`Edit experiment ${patch.title ?? experiment.title}`, workspace.id, changes);
}

export interface WinnerChoice {
  runId: string;
  result: number | null;
  status: Verdict;
  conclusion: string;
  /** Set when the card had no primary metric and the winner was judged by this one. */
  metric?: string;
}

/** What choosing a run would propose: its value of the primary metric and the verdict from the target. */
export function proposeWinner(experiment: Experiment, run: { metrics: Record<string, { latest: number }> }) {
  const result = experiment.metric ? (run.metrics[experiment.metric]?.latest ?? null) : null;
  return { result, ...proposeVerdict(experiment, result) };
}

/** The user confirmed a winner: result, verdict and conclusion land as one undoable step. */
export async function chooseWinner(workspace: Workspace, experiment: Experiment, choice: WinnerChoice): Promise<void> {
  await mutate(
    `Choose winning run for ${experiment.title}`,
    workspace.id,
    updateChanges('experiments', experiment.id, {
      winningRunId: choice.runId, result: choice.result, status: choice.status, conclusion: choice.conclusion,
      ...(choice.metric && !experiment.metric ? { metric: choice.metric } : {}),
    }),
  );
}
