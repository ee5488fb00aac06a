import { riskSchema, workItemSchema, type Risk, type WorkItem, type Workspace } from '@shared/domain';
import { exportRaidCsv, importRaidCsv } from '@shared/risks';
import { rankBetween } from '@shared/work';
import { mutate } from '../../kernel/history/history';
import { loadRows } from '../../data/live-rows';
import { session } from '../../data/session';
import { commitBulk, createChanges, updateChanges } from '../../data/write-path';
import { getPlatform } from '../../platform';
import { useRisksStore } from './risks-slice';
import { toast } from '../../kernel/feedback/toast';

/** The link a backlog item carries to the risk it mitigates. */
export const riskLink = (riskId: string) => `risk:${riskId}`;

/** Local calendar date (YYYY-MM-DD): review dates are calendar days where the user is. */
export function today(at = new Date()): string {
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
}

/** Create a risk, or save the fields that changed on an existing one, as one undoable step. */
export async function saveRisk(workspace: Workspace, before: Risk | null, fields: Partial<Risk>): Promise<Risk> {
  if (!before) {
    const risk = riskSchema.parse({ ...fields, id: crypto.randomUUID(), workspaceId: workspace.id, createdAt: new Date().toISOString(), deleted: false });
    await mutate(`Add risk "${risk.title}"`, workspace.id, createChanges('risks', risk));
    return risk;
  }
  const after = riskSchema.parse({ ...before, ...fields });
  const patch = Object.fromEntries(Object.entries(after).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify((before as Record<string, unknown>)[key])));
  if (Object.keys(patch).length) await mutate(`Edit risk "${after.title}"`, workspace.id, updateChanges('risks', before.id, patch));
  return after;
}

export async function deleteRisk(workspace: Workspace, risk: Risk): Promise<void> {
  await mutate(`Delete risk "${risk.title}"`, workspace.id, updateChanges('risks', risk.id, { deleted: true }));
}

/** A mitigation action: a backlog task linked to the risk, and the risk linked back, in one step. */
export async function addMitigation(workspace: Workspace, risk: Risk, title: string, assigneeId: string | null): Promise<WorkItem> {
  if (!title.trim()) throw new Error('A mitigation action needs a title');
  const items = await loadRows('items', workspace.id);
  const number = items.reduce((max, item) => Math.max(max, item.number), 0) + 1;
  const last = items.reduce<string | null>((max, item) => (max === null || item.rank > max ? item.rank : max), null);
  const item = workItemSchema.parse({
    id: crypto.randomUUID(), workspaceId: workspace.id, createdAt: new Date().toISOString(), number, type: 'task', title: title.trim(),
    status: workspace.workflow[0]?.id ?? 'backlog', rank: rankBetween(last, null), assigneeId, labels: ['risk-mitigation'],
    links: [riskLink(risk.id)], description: `Mitigates the risk "${risk.title}".`,
  });
  await mutate(`Add mitigation ${workspace.key}-${number} for "${risk.title}"`, workspace.id, [
    ...createChanges('items', item),
    ...updateChanges('risks', risk.id, { links: [...risk.links, `item:${item.id}`] }),
  ]);
  return item;
}

export async function exportRegisterCsv(workspace: Workspace, risks: readonly Risk[]): Promise<void> {
  await getPlatform().saveFile({ suggestedName: `${workspace.key.toLowerCase()}-raid-register.csv`, content: exportRaidCsv(risks), filters: [{ name: 'CSV', extensions: ['csv'] }] });
}

/**
 * Import a RAID CSV: all or nothing. Any bad row refuses the whole file with line numbers;
 * otherwise every row lands in one transaction (not undoable, like every import).
 */
export async function importRegisterCsv(workspace: Workspace, file: { name: string; content: string }): Promise<number | null> {
  const result = importRaidCsv(file.content, { workspaceId: workspace.id, now: new Date().toISOString(), newId: () => crypto.randomUUID() });
  if (!result.ok) {
    useRisksStore.getState().setImportProblems({ file: file.name, problems: result.problems });
    return null;
  }
  useRisksStore.getState().setImportProblems(null);
  await commitBulk(session(), workspace.id, result.rows.flatMap((risk) => createChanges('risks', risk)));
  toast(`Imported ${result.rows.length} risk${result.rows.length === 1 ? '' : 's'} from ${file.name}`, 'success');
  return result.rows.length;
}
