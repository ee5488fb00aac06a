import { itemKey } from '../../work';
import { versionLabel } from '../../models/names';
import { ItemHistory, type ItemEvent } from '../../agile/item-events';
import { categoryLookup } from '../../agile/status-category';
import { dayEndMs, dayOf, toMs } from '../../agile/working-days';
import type { Sprint, WorkItem, Workspace } from '../../domain';
import type { ReportInput } from '../input';
import type { Audience, ItemRef } from '../model';

/** What every report section reads: the period, "as of", lookups and the item history, built once. */
export interface ReportContext {
  input: ReportInput;
  workspace: Workspace;
  from: string;
  to: string;
  sprint: Sprint | null;
  /** The report reads the data as it stood at this moment (epoch ms) and on this day. */
  asOf: number;
  asOfDay: string;
  /** How many rows a list shows for the audience. */
  limit: number;
  memberName: ReadonlyMap<string, string>;
  liveItems: WorkItem[];
  itemById: ReadonlyMap<string, WorkItem>;
  itemEvents: ItemEvent[];
  history: ItemHistory;
  category: (status: unknown) => string;
  /** Whether the row's status has a recorded history (imported rows may not). */
  hasStatusHistory(entity: string, rowId: string): boolean;
  /** The last day the row's status became `value` (up to asOf), or null without a recorded change. */
  lastSetOn(entity: string, rowId: string, value: string): string | null;
  isDoneAt(item: WorkItem, t: number): boolean;
  ref(item: WorkItem): ItemRef;
  /** Model name and version label of a version id ("no model" when gone). */
  versionOf(versionId: string | null): { model: string; version: string };
}

const LIST_LIMIT: Record<Audience, number> = { executive: 5, team: 10 };

export const dayOfIso = (iso: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : dayOf(toMs(iso)));
export const inPeriod = (ctx: Pick<ReportContext, 'from' | 'to'>, day: string | null) => day !== null && day >= ctx.from && day <= ctx.to;

/** One pass over the history: item events for the charts, status changes of risks and experiments. */
function splitEvents(input: ReportInput) {
  const itemEvents: ItemEvent[] = [];
  const statusChanges = new Map<string, { at: number; value: unknown }[]>();
  for (const event of input.events) {
    if (event.entity === 'items') itemEvents.push({ itemId: event.rowId, at: event.at, field: event.field, value: event.value });
    else if (event.field === 'status') {
      const key = `${event.entity}:${event.rowId}`;
      let list = statusChanges.get(key);
      if (!list) statusChanges.set(key, (list = []));
      list.push({ at: event.at, value: event.value });
    }
  }
  itemEvents.sort((a, b) => (a.at as number) - (b.at as number));
  return { itemEvents, statusChanges };
}

export function reportContext(input: ReportInput, period: { from: string; to: string; sprint: Sprint | null }, options: { now: number; audience: Audience }): ReportContext {
  const { workspace } = input;
  const { from, to, sprint } = period;
  // A completed sprint is read as it stood just before it closed.
  const closedAt = sprint?.state === 'completed' && sprint.completedAt ? toMs(sprint.completedAt) - 1 : Number.POSITIVE_INFINITY;
  const asOf = Math.min(options.now, dayEndMs(to), closedAt);
  const memberName = new Map(input.members.map((member) => [member.id, member.name]));
  const statusName = new Map(workspace.workflow.map((status) => [status.id, status.name]));
  const category = categoryLookup(workspace.workflow);
  const { itemEvents, statusChanges } = splitEvents(input);
  const history = new ItemHistory(itemEvents);
  const versionById = new Map(input.modelVersions.map((v) => [v.id, v]));
  const modelById = new Map(input.models.map((m) => [m.id, m]));
  return {
    input, workspace, from, to, sprint, asOf,
    asOfDay: dayOf(asOf),
    limit: LIST_LIMIT[options.audience],
    memberName,
    liveItems: input.items.filter((item) => !item.deleted),
    itemById: new Map(input.items.map((item) => [item.id, item])),
    itemEvents,
    history,
    category,
    hasStatusHistory: (entity, rowId) => statusChanges.has(`${entity}:${rowId}`),
    lastSetOn: (entity, rowId, value) => {
      const times = (statusChanges.get(`${entity}:${rowId}`) ?? []).filter((c) => c.value === value && c.at <= asOf).map((c) => c.at);
      return times.length ? dayOf(Math.max(...times)) : null;
    },
    isDoneAt: (item, t) => category(history.valueAt(item.id, 'status', item.status, t)) === 'done',
    ref: (item) => ({
      id: item.id,
      key: itemKey(workspace, item),
      title: item.title,
      type: item.type,
      status: statusName.get(item.status) ?? item.status,
      estimate: item.estimate,
      assignee: item.assigneeId ? (memberName.get(item.assigneeId) ?? 'unknown') : 'unassigned',
    }),
    versionOf: (versionId) => {
      const version = versionId ? versionById.get(versionId) : undefined;
      const model = version ? modelById.get(version.modelId) : undefined;
      return { model: model?.name ?? 'no model', version: version ? versionLabel(version) : '' };
    },
  };
}
