import { generateNKeysBetween } from 'fractional-indexing';
import {
  memberSchema, sprintSchema, workItemSchema,
  type ItemType, type Member, type Sprint, type WorkItem, type Workspace,
} from '@shared/domain';
import { mapPriority, mapStatus, mapType, type StatusMapping } from './field-mapping';
import { stableId } from './stable-id';
import type { AgileSource, ImportedItem, SourceSprint } from './types';

export interface ImportPlanInput {
  source: AgileSource;
  items: ImportedItem[];
  /** Sprint windows the file gives (Linear cycles); others get placeholder dates. */
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
  row: WorkItem;
  /** Fields an update changes (empty for creates and unchanged rows). */
  changes: string[];
}
export interface SprintWrite {
  entity: 'sprints';
  action: 'create';
  row: Sprint;
  /** True when the file gave no dates and the sprint was given a placeholder window. */
  datesGuessed: boolean;
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

/** Fields a re-import takes from the source; local-only fields (rank, number, links, flags) are kept. */
const SOURCE_FIELDS = [
  'type', 'title', 'description', 'status', 'assigneeId', 'estimate', 'priority', 'labels',
  'parentId', 'dueDate', 'sprintId', 'completedAt',
] as const;

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

  const statuses = new Map<string, StatusMapping>();
  const statusOf = (name: string | null) => {
    const label = name ?? '(no status)';
    let mapping = statuses.get(label.toLowerCase());
    if (!mapping) statuses.set(label.toLowerCase(), (mapping = mapStatus(name, workspace.workflow)));
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
  const sprints = planSprints(items, input, now);

  const created = items.filter((i) => !bySourceRef.has(`${source}:${i.key}`));
  const maxRank = existingItems.reduce<string | null>((max, i) => (max === null || i.rank > max ? i.rank : max), null);
  const ranks = newRanks(maxRank, created.length);
  let nextNumber = existingItems.reduce((max, i) => Math.max(max, i.number), 0) + 1;
  const idOfKey = new Map(items.map((i) => [i.key, bySourceRef.get(`${source}:${i.key}`)?.id ?? stableId('item', workspace.id, `${source}:${i.key}`)]));

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
      status: statusOf(item.status),
      assigneeId: item.assignee ? (members.idOf.get(item.assignee.toLowerCase()) ?? null) : null,
      estimate: item.estimate,
      priority: mapPriority(item.priority),
      labels: item.labels,
      parentId,
      dueDate: item.dueDate,
      sprintId: lastSprint ? (sprints.idOf.get(lastSprint.toLowerCase()) ?? null) : null,
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
    const changes = existing ? SOURCE_FIELDS.filter((f) => !sameValue(existing[f], parsed.data[f])) : [];
    const action: ItemAction = !existing ? 'create' : changes.length > 0 ? 'update' : 'unchanged';
    itemWrites.push({ entity: 'items', action, sourceRef, row: parsed.data, changes });
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

/** Sprints by name; ones the workspace lacks are created, with the file's dates or consecutive placeholder windows. */
function planSprints(items: ImportedItem[], input: ImportPlanInput, now: string) {
  const idOf = new Map<string, string>();
  for (const sprint of input.existing?.sprints ?? []) {
    if (!sprint.deleted) idOf.set(sprint.name.toLowerCase(), sprint.id);
  }
  const windows = new Map((input.sourceSprints ?? []).map((s) => [s.name.toLowerCase(), s]));
  const length = input.workspace.sprintLengthDays;
  const writes: SprintWrite[] = [];
  let placeholderStart = now.slice(0, 10);
  for (const name of items.flatMap((i) => i.sprints)) {
    if (idOf.has(name.toLowerCase())) continue;
    const window = windows.get(name.toLowerCase());
    const datesGuessed = !window?.start || !window.end;
    const startDate = datesGuessed ? placeholderStart : (window?.start as string);
    const endDate = datesGuessed ? addDays(placeholderStart, length - 1) : (window?.end as string);
    if (datesGuessed) placeholderStart = addDays(placeholderStart, length);
    const row = sprintSchema.parse({
      id: stableId('sprint', input.workspace.id, input.source, name.toLowerCase()),
      workspaceId: input.workspace.id,
      createdAt: now,
      name,
      startDate,
      endDate,
    });
    idOf.set(name.toLowerCase(), row.id);
    writes.push({ entity: 'sprints', action: 'create', row, datesGuessed });
  }
  return { idOf, writes };
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

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
