import { create } from 'zustand';
import { itemTypes, type ItemType, errorMessage } from '@shared/domain';
import { useAppStore } from '../../kernel/store';
import { getPlatform } from '../../platform';
import { commitImport, loadImportTarget, noEdits, prepareImport, type ImportOutcome, type MappingEdits, type PreparedImport } from './agile-import';

/** The Jira / Linear import dialog's state: which stage it is in and the user's mapping edits. */
export type AgileImportState =
  | { stage: 'closed' }
  | { stage: 'refused'; fileName: string; message: string }
  | { stage: 'preview'; prepared: PreparedImport; edits: MappingEdits; busy: boolean; error: string | null }
  | { stage: 'done'; prepared: PreparedImport; outcome: ImportOutcome };

export const useAgileImport = create<AgileImportState>()(() => ({ stage: 'closed' }));

const set = (state: AgileImportState) => useAgileImport.setState(state, true);

export const csvFilters = [{ name: 'Jira or Linear CSV export', extensions: ['csv'] }];

/** Asks for a file (desktop dialog or browser picker) and previews it; cancelling the picker changes nothing. */
export async function pickAgileFile(): Promise<void> {
  const workspaceId = useAppStore.getState().workspaceId;
  if (!workspaceId) throw new Error('Open a workspace before importing.');
  let file: Awaited<ReturnType<ReturnType<typeof getPlatform>['openFile']>>;
  try {
    file = await getPlatform().openFile({ filters: csvFilters });
  } catch (error) {
    // The platform names the file in its message (not UTF-8 text, over the size limit …).
    set({ stage: 'refused', fileName: '', message: errorMessage(error) });
    return;
  }
  if (file) await openAgileFile(file.name, file.content, workspaceId);
}

/** Parses and plans a file against the workspace; a file that is not an export is refused, nothing written. */
export async function openAgileFile(fileName: string, text: string, workspaceId: string, now = new Date().toISOString()): Promise<void> {
  try {
    const { workspace, existing } = await loadImportTarget(workspaceId);
    const prepared = prepareImport(fileName, text, workspace, existing, now);
    set({ stage: 'preview', prepared, edits: rememberedEdits(prepared), busy: false, error: null });
  } catch (error) {
    set({ stage: 'refused', fileName, message: errorMessage(error) });
  }
}

function editMapping(patch: (edits: MappingEdits) => MappingEdits) {
  const state = useAgileImport.getState();
  if (state.stage === 'preview' && !state.busy) set({ ...state, edits: patch(state.edits) });
}

export const setStatusMapping = (key: string, statusId: string) =>
  editMapping((e) => ({ ...e, statuses: { ...e.statuses, [key]: statusId } }));

export const setTypeMapping = (key: string, type: ItemType) => editMapping((e) => ({ ...e, types: { ...e.types, [key]: type } }));

/** Writes the previewed import (one transaction, not undoable) and shows the summary. */
export async function runAgileImport(): Promise<void> {
  const state = useAgileImport.getState();
  if (state.stage !== 'preview' || state.busy) return;
  set({ ...state, busy: true, error: null });
  try {
    const outcome = await commitImport(state.prepared, state.edits);
    rememberEdits(state.prepared, state.edits);
    set({ stage: 'done', prepared: state.prepared, outcome });
  } catch (error) {
    set({ ...state, busy: false, error: `Nothing was imported: ${errorMessage(error)}` });
  }
}

export const closeAgileImport = () => set({ stage: 'closed' });

// The mapping a team chose is remembered per workspace and source (a UI preference, not synced data),
// so next week's re-import of the same export changes nothing unless the source changed.
const mappingKey = (p: PreparedImport) => `sprintlab.import.mapping.${p.workspaceId}.${p.source}`;

function rememberEdits(prepared: PreparedImport, edits: MappingEdits): void {
  try {
    const before = JSON.parse(localStorage.getItem(mappingKey(prepared)) ?? '{}') as Partial<MappingEdits>;
    const merged = { statuses: { ...before.statuses, ...edits.statuses }, types: { ...before.types, ...edits.types } };
    localStorage.setItem(mappingKey(prepared), JSON.stringify(merged));
  } catch {
    // Storage full or disabled: the mapping is simply not remembered.
  }
}

/** Remembered choices that still apply: the source row is in this file and the target still exists. */
function rememberedEdits(prepared: PreparedImport): MappingEdits {
  let saved: Partial<MappingEdits>;
  try {
    saved = JSON.parse(localStorage.getItem(mappingKey(prepared)) ?? '{}') as Partial<MappingEdits>;
  } catch {
    return noEdits;
  }
  const statusIds = new Set(prepared.workflow.map((w) => w.id));
  const statusKeys = new Set(prepared.statuses.map((s) => s.key));
  const typeKeys = new Set(prepared.types.map((t) => t.key));
  const statuses = Object.fromEntries(
    Object.entries(saved.statuses ?? {}).filter(([k, v]) => statusKeys.has(k) && statusIds.has(v)),
  );
  const types = Object.fromEntries(
    Object.entries(saved.types ?? {}).filter(([k, v]) => typeKeys.has(k) && (itemTypes as readonly string[]).includes(v)),
  ) as Record<string, ItemType>;
  return { statuses, types };
}
