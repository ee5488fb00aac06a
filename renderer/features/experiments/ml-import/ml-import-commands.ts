import { entities, type EntityName, errorMessage } from '@shared/domain';
import {
  importFromMlflowServer, memoryFileTree, NotAStoreError, parseMlflowStore, parseWandbCsv, parseWandbFolder, planMlImport,
  type ExistingRows, type ImportPlan, type ImportSource, type MlImportResult, type PlannedEntity,
} from '@shared/import/ml';
import type { OpenFolderResult } from '@shared/ipc';
import { commitBulk, createChanges, type Change } from '../../../data/write-path';
import { session } from '../../../data/session';
import { getPlatform } from '../../../platform';

export interface ImportPreview {
  source: ImportSource;
  /** What was read, for the dialog title: a folder name, a file name or a server URL. */
  from: string;
  plan: ImportPlan;
  /** Files the folder picker left out (artifacts, binaries, oversized). */
  skippedFiles: number;
}

const plannedEntities: PlannedEntity[] = ['experiments', 'runs', 'metricSeries', 'models', 'modelVersions'];

/** Every row the import could touch, tombstones included, so a re-import never revives or duplicates. */
async function existingRows(workspaceId: string): Promise<ExistingRows> {
  const out: Record<string, unknown[]> = {};
  for (const entity of plannedEntities) {
    out[entity] = await session().db.entity(entity).where('workspaceId').equals(workspaceId).toArray();
  }
  return out as ExistingRows;
}

export async function previewResult(result: MlImportResult, source: ImportSource, from: string, workspaceId: string, skippedFiles = 0): Promise<ImportPreview> {
  // MLflow creates an empty "Default" experiment (id 0) in every store: no card for it unless it holds runs.
  result = { ...result, experiments: result.experiments.filter((e) => !(source === 'mlflow' && e.id === '0' && e.runs.length === 0)) };
  const plan = planMlImport(result, { source, workspaceId, now: new Date().toISOString(), existing: await existingRows(workspaceId) });
  return { source, from, plan, skippedFiles };
}

/** A NotAStoreError becomes a plain message naming the folder; any other failure keeps its text. */
export function explainImportError(error: unknown, from: string): string {
  if (error instanceof NotAStoreError) return `${from}: ${error.message}`;
  return `${from}: ${errorMessage(error)}`;
}

const treeOf = (folder: NonNullable<OpenFolderResult>) => memoryFileTree(folder.files);

export async function previewMlflowFolder(folder: NonNullable<OpenFolderResult>, workspaceId: string): Promise<ImportPreview> {
  const result = await parseMlflowStore(treeOf(folder));
  return previewResult(result, 'mlflow', folder.path, workspaceId, folder.skippedCount);
}

export async function previewWandbFolder(folder: NonNullable<OpenFolderResult>, workspaceId: string): Promise<ImportPreview> {
  const rootName = folder.path.split(/[\\/]/).filter(Boolean).at(-1) ?? 'wandb';
  const result = await parseWandbFolder(treeOf(folder), { rootName });
  return previewResult(result, 'wandb', folder.path, workspaceId, folder.skippedCount);
}

export async function previewWandbCsv(file: { name: string; content: string }, workspaceId: string): Promise<ImportPreview> {
  const experimentName = file.name.replace(/\.csv$/i, '') || 'W&B export';
  const result = parseWandbCsv(file.content, { path: file.name, experimentName });
  return previewResult(result, 'wandb', file.name, workspaceId);
}

export async function previewMlflowServer(baseUrl: string, token: string, workspaceId: string): Promise<ImportPreview> {
  const platform = getPlatform();
  const result = await importFromMlflowServer({
    baseUrl,
    token: token.trim() || undefined,
    request: async (request) => {
      const response = await platform.httpRequest({ url: request.url, method: request.method, headers: request.headers, body: request.body });
      return { status: response.status, body: response.body };
    },
  });
  return previewResult(result, 'mlflow', baseUrl, workspaceId);
}

const stable = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );

/**
 * The field changes of a plan: every field of a new row, and only the fields that differ on a
 * stored row, so a re-import never overwrites a team's edit of a field the source does not own.
 */
export function planChanges(plan: ImportPlan, existing: ExistingRows): Change[] {
  const changes: Change[] = [];
  for (const entity of plannedEntities) {
    const stored = new Map(((existing[entity] ?? []) as { id: string }[]).map((row) => [row.id, row as Record<string, unknown>]));
    for (const row of plan.rows[entity] as Record<string, unknown>[]) {
      const before = stored.get(row.id as string);
      if (!before) {
        changes.push(...createChanges(entity as EntityName, row));
        continue;
      }
      const parsed = entities[entity].schema.parse(row) as Record<string, unknown>;
      for (const [field, value] of Object.entries(parsed)) {
        if (field !== 'id' && stable(before[field] ?? null) !== stable(value ?? null)) changes.push({ entity, rowId: row.id as string, field, value });
      }
    }
  }
  return changes;
}

/**
 * Write the valid part of a preview in ONE transaction. Imports are not undoable (they are
 * re-runnable instead): the write takes the bulk path (commitBulk), never onto the undo stack.
 */
export async function commitImport(preview: ImportPreview, workspaceId: string, attachTo: string | null = null): Promise<number> {
  let changes = planChanges(preview.plan, await existingRows(workspaceId));
  // "Attach these runs to hypothesis …": the imported runs land on the chosen card instead of their own experiment.
  if (attachTo) {
    const runIds = preview.plan.rows.runs.map((run) => run.id);
    changes = [
      ...changes.filter((c) => !(c.entity === 'runs' && c.field === 'experimentId')),
      ...runIds.map((rowId): Change => ({ entity: 'runs', rowId, field: 'experimentId', value: attachTo })),
    ];
  }
  if (changes.length > 0) await commitBulk(session(), workspaceId, changes);
  return preview.plan.changes.length;
}
