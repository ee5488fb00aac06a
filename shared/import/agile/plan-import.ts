import { generateNKeysBetween } from 'fractional-indexing';
import {
  memberSchema, workItemSchema,
  type ItemType, type Member, type Sprint, type WorkItem, type Workspace,
} from '@shared/domain';
import { categoryLookup } from '../../agile/status-category';
import { mapPriority, mapStatus, mapType, type StatusMapping } from './field-mapping';
import { planSprints, type SprintWrite } from './sprint-dating';
import { stableId } from './stable-id';
import { mergeItem, sameValue, sourceValues, type SourceField, type SourceValues } from './three-way-merge';
import type { AgileSource, ImportedItem, SourceSprint } from './types';

export interface ImportPlanInput {
  source: AgileSource;
  items: ImportedItem[];
  /** Sprint windows the file gives (Linear cycles); others are dated from their issues. */
  sourceSprints?: SourceSprint[];
  workspace: Pick<Workspace, 'id' | 'workflow' | 'sprintLengthDays'>;
  existing?: { items?: WorkItem[]; sprints?: Sprint[]; members?: Member[] };
  /** ISO timestamp of the import, passed in so the plan stays a pure function. */
  now: string;
}

export type ItemAction = 'create' | 'update' | 'unchanged';

export interface ItemWrite {
  entity: 'items';
  action: ItemAction;
  sourceRef: string;
  /** The row after the import (the merged values, with the file's values as the new import base). */
  row: WorkItem;
  /** Fields an update changes (empty for creates and unchanged rows). */
  changes: SourceField[];
  /** Of those, fields edited here that the file overrides (it changed them since the last import). */
  overridden: SourceField[];
  /** Fields edited here that the file left as they were at the last import: the local value stays. */
  kept: SourceField[];
  /** The file's values (after mapping): the base the next re-import merges against. */
  incoming: SourceValues;
  /** The item before the import (updates and unchanged rows). */
  before: WorkItem | null;
}
export interface MemberWrite {
  entity: 'members';
  action: 'create';
  row: Member;
}
export type PlannedWrite = ItemWrite | SprintWrite | MemberWrite;

export interface ImportPlan {
  source: AgileSource;
  statuses: StatusMapping[];
  types: { source: string; type: ItemType; count: number }[];
  items: ItemWrite[];
  sprints: SprintWrite[];
  members: MemberWrite[];
  /** Everything to write, members and sprints before the items that point at them. */
  writes: PlannedWrite[];
  skipped: { key: string; line: number | null; reason: string }[];
  /** Imported, but with something left out (e.g. a parent that is in neither the file nor the workspace). */
  notes: { key: string; line: number | null; message: string }[];
  summary: { created: number; updated: number; unchanged: number; skipped: number; sprints: number; members: number };
}

const DEFAULT_ROLE = 'software engineer';

/**
 * Maps parsed items onto a workspace without writing anything: the preview's content and the rows
 * the write path applies. Ids derive from source keys, so importing the same file twice converges.
 */
export function planAgileImport(input: ImportPlanInput): ImportPlan {
  const { source, workspace, now } = input;
  const existingItems = input.existing?.items ?? [];
  const bySourceRef = new Map(existingItems.filter((i) => i.sourceRef).map((i) => [i.sourceRef as string, i]));
  const skipped: ImportPlan['skipped'] = [];
  const notes: ImportPlan['notes'] = [];

  // One row per key: a key repeated in the file is a copy, not a second issue.
  const firstLine = new Map<string, number | null>();
  const items: ImportedItem[] = [];
  for (const item of input.items) {
    const ref = `${source}:${item.key}`;
    const earlier = firstLine.get(item.key);
    if (earlier !== undefined) {
      skipped.push({ key: item.key, line: item.line ?? null, reason: `duplicate of ${item.key} on line ${earlier ?? '?'}` });
      continue;
    }
    firstLine.set(item.key, item.line ?? null);
    if (bySourceRef.get(ref)?.deleted) {
      skipped.push({ key: item.key, line: item.line ?? null, reason: `${item.key} was deleted in this workspace` });
      continue;
    }
    items.push(item);
  }

  const categoryOf = categoryLookup(workspace.workflow);
  const statuses = new Map<string, StatusMapping>();
  const statusOf = (name: string | null, category: string | null) => {
    const label = name ?? '(no status)';
    let mapping = statuses.get(label.toLowerCase());
    if (!mapping) statuses.set(label.toLowerCase(), (mapping = mapStatus(name, workspace.workflow, category)));
    return mapping.statusId;
  };
  const types = new Map<string, { source: string; type: ItemType; count: number }>();
  const typeOf = (item: ImportedItem) => {
    const type = mapType(item.type, item.labels);
    const label = item.type ?? '(no type)';
    const entry = types.get(`${label}\u0000${type}`) ?? { source: label, type, count: 0 };
    entry.count++;
    types.set(`${label}\u0000${type}`, entry);
    return type;
  };

  const members = planMembers(items, input, now);
  const idOfKey = new Map(items.map((i) => [i.key, bySourceRef.get(`${source}:${i.key}`)?.id ?? stableId('item', workspace.id, `${source}:${i.key}`)]));
  const sprints = planSprints({
    source, items, sourceSprints: input.sourceSprints, workspace, existing: input.existing?.sprints ?? [], itemId: (key) => idOfKey.get(key), now,
  });

  const closedSprints = new Map<string, { id: string; closed: boolean }>();
  for (const sprint of [...(input.existing?.sprints ?? []), ...sprints.writes.map((w) => w.row)]) {
    if (!sprint.deleted) closedSprints.set(sprint.name.toLowerCase(), { id: sprint.id, closed: sprint.state === 'completed' });
  }
  const isDone = (item: ImportedItem) => !!item.completed || categoryOf(statusOf(item.status, item.statusCategory)) === 'done';
  const created = items.filter((i) => !bySourceRef.has(`${source}:${i.key}`));
  const maxRank = existingItems.reduce<string | null>((max, i) => (max === null || i.rank > max ? i.rank : max), null);
  const ranks = newRanks(maxRank, created.length);
  let nextNumber = existingItems.reduce((max, i) => Math.max(max, i.number), 0) + 1;

  const itemWrites: ItemWrite[] = [];
  let createdIndex = 0;
  for (const item of items) {
    const sourceRef = `${source}:${item.key}`;
    const existing = bySourceRef.get(sourceRef);
    const parentId = resolveParent(item, source, idOfKey, bySourceRef, notes);
    const lastSprint = item.sprints.at(-1);
    const fields = {
      type: typeOf(item),
      title: item.title,
      description: item.description ?? '',
      status: statusOf(item.status, item.statusCategory),
      assigneeId: item.assignee ? (members.idOf.get(item.assignee.toLowerCase()) ?? null) : null,
      estimate: item.estimate,
      priority: mapPriority(item.priority),
      labels: item.labels,
      parentId,
      dueDate: item.dueDate,
      sprintId: currentSprint(lastSprint, item, closedSprints, isDone),
      completedAt: item.completed,
    };
    const candidate = existing
      ? { ...existing, ...fields }
      : {
          id: idOfKey.get(item.key),
          workspaceId: workspace.id,
          createdAt: item.created ?? now,
          deleted: false,
          number: nextNumber++,
          rank: ranks[createdIndex++],
          // Jira lists every sprint an issue was in; each one before the last was a carry-over.
          carryOver: Math.max(0, item.sprints.length - 1),
          sourceRef,
          ...fields,
        };
    const parsed = workItemSchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      skipped.push({ key: item.key, line: item.line ?? null, reason: `${issue.path.join('.') || 'item'}: ${issue.message}` });
      continue;
    }
    itemWrites.push(judgeItem(sourceRef, existing ?? null, sourceValues(parsed.data), parsed.data));
  }

  const count = (action: ItemAction) => itemWrites.filter((w) => w.action === action).length;
  return {
    source,
    statuses: [...statuses.values()],
    types: [...types.values()],
    items: itemWrites,
    sprints: sprints.writes,
    members: members.writes,
    writes: [...members.writes, ...sprints.writes, ...itemWrites],
    skipped,
    notes,
    summary: {
      created: count('create'),
      updated: count('update'),
      unchanged: count('unchanged'),
      skipped: skipped.length,
      sprints: sprints.writes.length,
      members: members.writes.length,
    },
  };
}

/** Assignees become members, matched to existing ones by name or e-mail. */
function planMembers(items: ImportedItem[], input: ImportPlanInput, now: string) {
  const idOf = new Map<string, string>();
  for (const member of input.existing?.members ?? []) {
    if (member.deleted) continue;
    idOf.set(member.name.toLowerCase(), member.id);
    if (member.email) idOf.set(member.email.toLowerCase(), member.id);
  }
  const writes: MemberWrite[] = [];
  for (const item of items) {
    const name = item.assignee;
    if (!name || idOf.has(name.toLowerCase())) continue;
    const row = memberSchema.parse({
      id: stableId('member', input.workspace.id, name.toLowerCase()),
      workspaceId: input.workspace.id,
      createdAt: now,
      name,
      role: DEFAULT_ROLE,
      email: name.includes('@') ? name : null,
    });
    idOf.set(name.toLowerCase(), row.id);
    writes.push({ entity: 'members', action: 'create', row });
  }
  return { idOf, writes };
}

/**
 * The sprint an issue is in now: its last one, unless that sprint is closed and the issue
 * unfinished; Jira then keeps the closed sprint in the issue's list, but the work is back in the backlog.
 */
function currentSprint(name: string | undefined, item: ImportedItem, sprints: Map<string, { id: string; closed: boolean }>, isDone: (item: ImportedItem) => boolean): string | null {
  const sprint = name ? sprints.get(name.toLowerCase()) : undefined;
  if (!sprint) return null;
  return !sprint.closed || isDone(item) ? sprint.id : null;
}

function resolveParent(
  item: ImportedItem,
  source: AgileSource,
  idOfKey: Map<string, string>,
  bySourceRef: Map<string, WorkItem>,
  notes: ImportPlan['notes'],
): string | null {
  const key = item.parentKey;
  if (!key || key === item.key) return null;
  const id = idOfKey.get(key) ?? bySourceRef.get(`${source}:${key}`)?.id;
  if (id) return id;
  notes.push({ key: item.key, line: item.line ?? null, message: `parent ${key} is neither in the file nor in the workspace; imported without a parent` });
  return null;
}

/** Ranks after every existing item, in source order; an unreadable existing rank restarts from the top. */
function newRanks(after: string | null, n: number): string[] {
  try {
    return generateNKeysBetween(after, null, n);
  } catch {
    return generateNKeysBetween(null, null, n);
  }
}

/**
 * One item's write: a create takes the file's values; a re-import merges them three ways
 * (mergeItem). Either way the file's values become the item's import base.
 */
export function judgeItem(sourceRef: string, before: WorkItem | null, incoming: SourceValues, created?: WorkItem): ItemWrite {
  if (!before) {
    const row = { ...(created as WorkItem), ...incoming, importBase: { ...incoming } };
    return { entity: 'items', action: 'create', sourceRef, row, changes: [], overridden: [], kept: [], incoming, before: null };
  }
  const { patch, overridden, kept } = mergeItem(before, incoming, before.importBase);
  const changes = Object.keys(patch) as SourceField[];
  const row = { ...before, ...patch, importBase: { ...incoming } };
  return { entity: 'items', action: changes.length > 0 ? 'update' : 'unchanged', sourceRef, row, changes, overridden, kept, incoming, before };
}

/** The base a write leaves differs from the one stored: the import records it even when no field changes. */
export const baseChanged = (write: ItemWrite): boolean => write.action !== 'create' && !sameValue(write.before?.importBase, write.row.importBase);
