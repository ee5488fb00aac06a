import { errorMessage } from '@shared/domain';
import type { ItemType, Member, Sprint, WorkItem, WorkflowStatus, Workspace } from '@shared/domain';
import { sourceKey } from '@shared/work';
import {
  baseChanged,
  type ChangeNames,
  ImportFormatError,
  judgeItem,
  parseAgileCsv,
  planAgileImport,
  type AgileParseResult,
  type AgileSource,
  type ImportPlan,
  type ItemWrite,
} from '@shared/import/agile';
import { createChanges, updateChanges, type Change } from '../../data/write-path';
import { session } from '../../data/session';
import { mutate } from '../../kernel/history/history';

/**
 * The app side of a Jira / Linear CSV import: read the workspace, parse and plan (shared/import/agile),
 * apply the user's mapping edits, and write everything in one transaction: one undoable step.
 */

export const sourceNames: Record<AgileSource, string> = { jira: 'Jira', linear: 'Linear' };

/** A file read and planned against the workspace, ready to preview. Nothing is written yet. */
export interface PreparedImport {
  fileName: string;
  workspaceId: string;
  source: AgileSource;
  /** The workspace's statuses: the choices of the status mapping. */
  workflow: WorkflowStatus[];
  parsed: AgileParseResult;
  plan: ImportPlan;
  /** Status mapping rows in file order, with how many items carry each source status. */
  statuses: { key: string; source: string; statusId: string; guessed: boolean; count: number }[];
  /** Type mapping rows: the source type (or "(no type)") and the type the plan chose. */
  types: { key: string; source: string; type: ItemType; count: number }[];
  /** Per item write, keyed by sourceRef: which mapping rows decide its status and type. */
  origins: Map<string, { statusKey: string; typeKey: string }>;
  existing: Map<string, WorkItem>;
  /** Names of the statuses, members, sprints and items a change may mention (the workspace's and the import's own). */
  names: ChangeNames;
  /** Problem lines the parser dropped entirely (no item starts on them). */
  droppedLines: number[];
}

/** The user's edits to the mapping tables: mapping row key -> chosen status id / item type. */
export interface MappingEdits {
  statuses: Record<string, string>;
  types: Record<string, ItemType>;
}

export const noEdits: MappingEdits = { statuses: {}, types: {} };

export interface ImportOutcome {
  created: number;
  updated: number;
  unchanged: number;
  sprints: number;
  members: number;
  /** Everything left out, with the line and the reason. */
  skipped: { line: number | null; message: string }[];
  /** Imported, with something dropped (a bad number, an unknown parent …). */
  notes: { line: number | null; message: string }[];
}

const statusKeyOf = (status: string | null) => (status ?? '(no status)').toLowerCase();
const typeKeyOf = (source: string, type: ItemType) => `${source}\u0000${type}`;

/** Parses and plans; throws an Error naming the file when it is not a Jira or Linear export. */
export function prepareImport(
  fileName: string,
  text: string,
  workspace: Pick<Workspace, 'id' | 'workflow' | 'sprintLengthDays' | 'key'>,
  existing: { items: WorkItem[]; sprints: Sprint[]; members: Member[] },
  now: string,
): PreparedImport {
  let parsed: ReturnType<typeof parseAgileCsv>;
  try {
    parsed = parseAgileCsv(text);
  } catch (error) {
    const reason = errorMessage(error);
    if (error instanceof ImportFormatError) {
      throw new Error(reason.startsWith('not ') ? `${fileName} is ${reason}` : `${fileName}: ${reason}`, { cause: error });
    }
    throw new Error(`${fileName} could not be read: ${reason}`, { cause: error });
  }
  const source = parsed.format;
  const plan = planAgileImport({ source, items: parsed.items, sourceSprints: parsed.sprints, workspace, existing, now });

  const byRef = new Map(parsed.items.map((item) => [`${source}:${item.key}`, item]));
  const origins: PreparedImport['origins'] = new Map();
  const statusCounts = new Map<string, number>();
  for (const write of plan.items) {
    const item = byRef.get(write.sourceRef);
    const statusKey = statusKeyOf(item?.status ?? null);
    origins.set(write.sourceRef, { statusKey, typeKey: typeKeyOf(item?.type ?? '(no type)', write.row.type) });
    statusCounts.set(statusKey, (statusCounts.get(statusKey) ?? 0) + 1);
  }
  const itemLines = new Set(parsed.items.map((i) => i.line));
  return {
    fileName,
    workspaceId: workspace.id,
    source,
    workflow: workspace.workflow,
    parsed,
    plan,
    statuses: plan.statuses.map((s) => ({
      key: s.source.toLowerCase(),
      source: s.source,
      statusId: s.statusId,
      guessed: s.match !== 'name',
      count: statusCounts.get(s.source.toLowerCase()) ?? 0,
    })),
    types: plan.types.map((t) => ({ key: typeKeyOf(t.source, t.type), source: t.source, type: t.type, count: t.count })),
    origins,
    existing: new Map(existing.items.filter((i) => i.sourceRef).map((i) => [i.sourceRef as string, i])),
    names: changeNames(workspace, existing, plan),
    droppedLines: [...new Set(parsed.problems.map((p) => p.line).filter((line) => !itemLines.has(line)))],
  };
}

function changeNames(workspace: Pick<Workspace, 'workflow' | 'key'>, existing: { items: WorkItem[]; sprints: Sprint[]; members: Member[] }, plan: ImportPlan): ChangeNames {
  const status = new Map(workspace.workflow.map((s) => [s.id, s.name]));
  const member = new Map([...existing.members, ...plan.members.map((m) => m.row)].map((m) => [m.id, m.name]));
  const sprint = new Map([...existing.sprints, ...plan.sprints.map((s) => s.row)].map((s) => [s.id, s.name]));
  const item = new Map([...existing.items, ...plan.items.map((w) => w.row)].map((i) => [i.id, sourceKey(i.sourceRef) ?? `${workspace.key}-${i.number}`]));
  const named = (names: Map<string, string>, missing: string) => (id: string) => names.get(id) ?? missing;
  return { status: named(status, 'an unknown status'), member: named(member, 'an unknown member'), sprint: named(sprint, 'an unknown sprint'), item: named(item, 'an unknown item') };
}

/** The plan's item writes with the user's mapping edits applied; each item is merged again with its edited values. */
export function editedItems(prepared: PreparedImport, edits: MappingEdits): ItemWrite[] {
  const hasEdits = Object.keys(edits.statuses).length > 0 || Object.keys(edits.types).length > 0;
  if (!hasEdits) return prepared.plan.items;
  return prepared.plan.items.map((write) => {
    const origin = prepared.origins.get(write.sourceRef);
    const status = (origin && edits.statuses[origin.statusKey]) ?? write.incoming.status;
    const type = (origin && edits.types[origin.typeKey]) ?? write.incoming.type;
    if (status === write.incoming.status && type === write.incoming.type) return write;
    return judgeItem(write.sourceRef, write.before, { ...write.incoming, status, type }, write.row);
  });
}

export function countActions(items: readonly ItemWrite[]): { created: number; updated: number; unchanged: number } {
  const counts = { created: 0, updated: 0, unchanged: 0 };
  for (const w of items) {
    if (w.action === 'create') counts.created++;
    else if (w.action === 'update') counts.updated++;
    else counts.unchanged++;
  }
  return counts;
}

/** Every skipped record and every note, parser and plan alike, in file order. */
export function importProblems(prepared: PreparedImport): Pick<ImportOutcome, 'skipped' | 'notes'> {
  const dropped = new Set(prepared.droppedLines);
  const skipped: ImportOutcome['skipped'] = [];
  const notes: ImportOutcome['notes'] = [];
  for (const p of prepared.parsed.problems) (dropped.has(p.line) ? skipped : notes).push({ line: p.line, message: p.message });
  for (const s of prepared.plan.skipped) skipped.push({ line: s.line, message: `${s.key} skipped: ${s.reason}` });
  for (const n of prepared.plan.notes) notes.push({ line: n.line, message: `${n.key}: ${n.message}` });
  const byLine = (a: { line: number | null }, b: { line: number | null }) => (a.line ?? Infinity) - (b.line ?? Infinity);
  return { skipped: skipped.sort(byLine), notes: notes.sort(byLine) };
}

/** Members and sprints first, then items, so every reference points at a row of the same commit. */
export function importChanges(prepared: PreparedImport, items: readonly ItemWrite[]): Change[] {
  const changes: Change[] = [];
  for (const m of prepared.plan.members) changes.push(...createChanges('members', m.row));
  for (const s of prepared.plan.sprints) changes.push(...createChanges('sprints', s.row));
  for (const w of items) {
    if (w.action === 'create') changes.push(...createChanges('items', w.row));
    else {
      const patch: Record<string, unknown> = Object.fromEntries(w.changes.map((f) => [f, w.row[f]]));
      if (baseChanged(w)) patch.importBase = w.row.importBase;
      if (Object.keys(patch).length) changes.push(...updateChanges('items', w.row.id, patch));
    }
  }
  return changes;
}

/** Reads the workspace and everything an import matches against (deleted items too: they are not revived). */
export async function loadImportTarget(workspaceId: string) {
  const { db } = session();
  const workspace = await db.entity('workspaces').get(workspaceId);
  if (!workspace || workspace.deleted) throw new Error('Open a workspace before importing.');
  const rows = <E extends 'items' | 'sprints' | 'members'>(entity: E) => db.entity(entity).where('workspaceId').equals(workspaceId).toArray();
  const [items, sprints, members] = await Promise.all([rows('items'), rows('sprints'), rows('members')]);
  return { workspace, existing: { items, sprints, members } };
}

/**
 * Writes the import in ONE commit and ONE undo step: a re-import that went wrong is taken back
 * whole (creations become tombstones, updated fields get their previous values).
 */
export async function commitImport(prepared: PreparedImport, edits: MappingEdits): Promise<ImportOutcome> {
  const items = editedItems(prepared, edits);
  const changes = importChanges(prepared, items);
  await mutate(`Import from ${sourceNames[prepared.source]} (${prepared.fileName})`, prepared.workspaceId, changes);
  return {
    ...countActions(items),
    sprints: prepared.plan.sprints.length,
    members: prepared.plan.members.length,
    ...importProblems(prepared),
  };
}
