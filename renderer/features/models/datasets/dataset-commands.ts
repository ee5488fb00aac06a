import { datasetName } from '@shared/models';
import { datasetVersionSchema, type DatasetVersion } from '@shared/domain';
import { mutate } from '../../../kernel/history/history';
import { createChanges, deleteChanges, updateChanges } from '../../../data/write-path';

export interface DatasetInput {
  name: string;
  version: string;
  source: string;
  hash: string;
  rowCount: string;
  schemaNotes: string;
}


/** Check the form: a name, a version, and a whole, non-negative row count when given. */
export function parseDatasetInput(input: DatasetInput): Pick<DatasetVersion, 'name' | 'version' | 'source' | 'hash' | 'rowCount' | 'schemaNotes'> {
  const name = input.name.trim();
  if (!name) throw new Error('A dataset version needs a name');
  const version = input.version.trim();
  if (!version) throw new Error('A dataset version needs a version, e.g. "2024-06" or "3"');
  const rows = input.rowCount.trim().replace(/[_,\s]/g, '');
  const rowCount = rows ? Number(rows) : null;
  if (rowCount !== null && (!Number.isInteger(rowCount) || rowCount < 0)) throw new Error(`Row count must be a whole number, not "${input.rowCount.trim()}"`);
  return { name, version, source: input.source.trim(), hash: input.hash.trim() || null, rowCount, schemaNotes: input.schemaNotes.trim() };
}

export async function saveDataset(workspaceId: string, existing: DatasetVersion | null, input: DatasetInput): Promise<DatasetVersion> {
  const fields = parseDatasetInput(input);
  if (existing) {
    const patch = Object.fromEntries(Object.entries(fields).filter(([k, v]) => existing[k as keyof DatasetVersion] !== v));
    if (Object.keys(patch).length) await mutate(`Edit dataset ${datasetName(fields)}`, workspaceId, updateChanges('datasets', existing.id, patch));
    return { ...existing, ...fields };
  }
  const row = datasetVersionSchema.parse({ id: crypto.randomUUID(), workspaceId, createdAt: new Date().toISOString(), ...fields });
  await mutate(`Add dataset ${datasetName(row)}`, workspaceId, createChanges('datasets', row));
  return row;
}

export async function deleteDataset(workspaceId: string, dataset: DatasetVersion): Promise<void> {
  await mutate(`Delete dataset ${datasetName(dataset)}`, workspaceId, deleteChanges('datasets', dataset.id));
}
