import { versionName } from '@shared/models';
import {
  modelSchema, modelVersionSchema, workItemSchema,
  type Model, type ModelVersion, type Workspace,
} from '@shared/domain';
import {
  effectiveChecklist, moveAlias, nextVersionNumber, removeAlias, toggleEntry, transitionStage, workItemsForOpenPoints,
} from '@shared/models';
import { rankBetween } from '@shared/work';
import { mutate } from '../../kernel/history/history';
import { loadRows } from '../../data/live-rows';
import { createChanges, updateChanges, type Change } from '../../data/write-path';


export interface NewVersion {
  /** An existing model, or null with newModelName to register a new model too. */
  modelId: string | null;
  newModelName?: string;
  version?: string;
  runId?: string | null;
  datasetVersionId?: string | null;
  status?: string;
}

/** Register a model version (and its model when new) as one undoable step. */
export async function registerVersion(workspaceId: string, input: NewVersion): Promise<{ model: Model; version: ModelVersion }> {
  const createdAt = new Date().toISOString();
  const models = await loadRows('models', workspaceId);
  const changes: Change[] = [];
  let model = input.modelId ? models.find((m) => m.id === input.modelId) : undefined;
  if (input.modelId && !model) throw new Error('That model no longer exists');
  if (!model) {
    const name = input.newModelName?.trim() ?? '';
    if (!name) throw new Error('Name the new model');
    if (models.some((m) => m.name.toLowerCase() === name.toLowerCase())) throw new Error(`A model named "${name}" already exists; choose it from the list`);
    model = modelSchema.parse({ id: crypto.randomUUID(), workspaceId, createdAt, name });
    changes.push(...createChanges('models', model));
  }
  const siblings = (await loadRows('modelVersions', workspaceId)).filter((v) => v.modelId === model.id);
  const number = input.version?.trim() || nextVersionNumber(siblings);
  if (siblings.some((v) => v.version === number)) throw new Error(`${model.name} already has a version ${number}`);
  const version = modelVersionSchema.parse({
    id: crypto.randomUUID(),
    workspaceId,
    createdAt,
    modelId: model.id,
    version: number,
    runId: input.runId || null,
    datasetVersionId: input.datasetVersionId || null,
    status: input.status || 'READY',
  });
  changes.push(...createChanges('modelVersions', version));
  await mutate(`Register ${versionName(model, version)}`, workspaceId, changes);
  return { model, version };
}

/** Move a version to a stage, recorded with who and when; optionally archive the stage's current holders. */
export async function changeStage(
  workspaceId: string,
  model: Model,
  version: ModelVersion,
  to: string,
  by: string,
  archiveExisting: boolean,
): Promise<void> {
  const siblings = (await loadRows('modelVersions', workspaceId)).filter((v) => v.modelId === model.id);
  const result = transitionStage({ version, to, by, at: new Date().toISOString(), archiveExisting, siblings });
  if (!result.ok) throw new Error(result.message);
  const archived = result.patches.length - 1;
  await mutate(
    `Move ${versionName(model, version)} to ${to}${archived ? ` (archive ${archived} other)` : ''}`,
    workspaceId,
    result.patches.flatMap((p) => updateChanges('modelVersions', p.id, p.patch)),
  );
}

export async function pointAlias(workspaceId: string, model: Model, alias: string, version: ModelVersion): Promise<void> {
  const result = moveAlias(model, alias, version.id);
  if (!result.ok) throw new Error(result.message);
  const name = alias.trim();
  await mutate(
    result.from ? `Move alias ${name} to v${version.version}` : `Set alias ${name} on v${version.version}`,
    workspaceId,
    updateChanges('models', model.id, { aliases: result.aliases }),
  );
}

export async function dropAlias(workspaceId: string, model: Model, alias: string): Promise<void> {
  await mutate(`Remove alias ${alias} of ${model.name}`, workspaceId, updateChanges('models', model.id, { aliases: removeAlias(model, alias) }));
}

export async function setChecklistEntry(workspaceId: string, model: Model, version: ModelVersion, label: string, done: boolean): Promise<void> {
  const checklist = toggleEntry(effectiveChecklist(model.checklistTemplate, version.checklist), label, done);
  await mutate(
    `${done ? 'Tick' : 'Untick'} "${label}" of ${versionName(model, version)}`,
    workspaceId,
    updateChanges('modelVersions', version.id, { checklist }),
  );
}

export async function saveChecklistTemplate(workspaceId: string, model: Model, template: string[]): Promise<void> {
  await mutate(`Edit checklist of ${model.name}`, workspaceId, updateChanges('models', model.id, { checklistTemplate: template }));
}

/**
 * Turn the open checklist points into backlog tasks linked to the version, and point each
 * entry at its task: one undoable step. Returns how many items were made.
 */
export async function createItemsForOpenPoints(workspace: Workspace, model: Model, version: ModelVersion): Promise<number> {
  const checklist = effectiveChecklist(model.checklistTemplate, version.checklist);
  const plan = workItemsForOpenPoints(model, version, checklist, () => crypto.randomUUID());
  if (!plan.items.length) return 0;
  const existing = await loadRows('items', workspace.id);
  let number = existing.reduce((max, i) => Math.max(max, i.number), 0);
  let rank = existing.reduce<string | null>((max, i) => (max === null || i.rank > max ? i.rank : max), null);
  const createdAt = new Date().toISOString();
  const changes: Change[] = [];
  for (const prefill of plan.items) {
    rank = rankBetween(rank, null);
    const item = workItemSchema.parse({
      ...prefill,
      workspaceId: workspace.id,
      createdAt,
      number: ++number,
      status: workspace.workflow[0]?.id ?? 'backlog',
      rank,
    });
    changes.push(...createChanges('items', item));
  }
  changes.push(...updateChanges('modelVersions', version.id, { checklist: plan.checklist }));
  const n = plan.items.length;
  await mutate(`Create ${n} work item${n === 1 ? '' : 's'} for ${versionName(model, version)}`, workspace.id, changes);
  return n;
}
