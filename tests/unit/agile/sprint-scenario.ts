// A two-sprint-week story shared by the chart tests, written as the ops the app would have logged.
import { formatHlc } from '@shared/sync/hlc';
import { SCHEMA_VERSION, type Op } from '@shared/sync/op';
import { defaultWorkflow, sprintSchema, workItemSchema, type Sprint, type WorkItem } from '@shared/domain';
import type { WorkingCalendar } from '@shared/agile';

/** Mon–Fri, with Monday 9 March 2026 a public holiday. */
export const calendar: WorkingCalendar = { workingDays: [1, 2, 3, 4, 5], holidays: ['2026-03-09'] };
export const workflow = defaultWorkflow;

let counter = 0;
/** An op stamped at a local wall-clock time such as "2026-03-05T10:00". */
export function op(at: string, rowId: string, field: string, value: unknown, entity = 'items'): Op {
  const hlc = formatHlc({ ms: new Date(at).getTime(), counter: counter++, deviceId: 'dev1' });
  return { id: hlc, hlc, deviceId: 'dev1', workspaceId: 'ws', entity, rowId, field, value, schemaVersion: SCHEMA_VERSION };
}

export function item(fields: Partial<WorkItem> & { id: string }): WorkItem {
  return workItemSchema.parse({
    workspaceId: 'ws',
    createdAt: '2026-03-04T10:00:00',
    number: 1,
    type: 'story',
    title: `Item ${fields.id}`,
    status: 'todo',
    rank: 'a0',
    ...fields,
  });
}

export function sprint(fields: Partial<Sprint> & { id: string }): Sprint {
  return sprintSchema.parse({ workspaceId: 'ws', createdAt: '2026-03-01T09:00:00', name: fields.id, startDate: '2026-03-05', endDate: '2026-03-11', ...fields });
}

const create = (at: string, id: string, estimate: number): Op[] => [
  op(at, id, 'sprintId', 's1'),
  op(at, id, 'status', 'todo'),
  op(at, id, 'estimate', estimate),
];

/**
 * Sprint s1 runs Thu 5 – Wed 11 March 2026: working days Thu 5, Fri 6, Tue 10, Wed 11
 * (a weekend and the Monday holiday in between). Committed at 09:00 on the 5th: A3 B5 C2 E1 = 11.
 */
export const sprintOps: Op[] = [
  ...create('2026-03-04T10:00', 'A', 3),
  ...create('2026-03-04T10:00', 'B', 5),
  ...create('2026-03-04T10:00', 'C', 2),
  ...create('2026-03-04T10:00', 'E', 1),
  op('2026-03-05T10:00', 'A', 'status', 'inprogress'),
  op('2026-03-06T15:00', 'A', 'status', 'done'),
  ...create('2026-03-07T11:00', 'D', 3), // added on the Saturday
  op('2026-03-09T14:00', 'C', 'status', 'done'), // finished on the holiday
  op('2026-03-10T12:00', 'B', 'estimate', 8), // re-estimated 5 -> 8
  op('2026-03-11T09:00', 'E', 'sprintId', null), // sent back to the backlog
  op('2026-03-11T16:00', 'D', 'status', 'done'),
  op('2026-03-11T17:00', 's1', 'name', 'ignored: not an item', 'sprints'),
];

/** The rows as they stand after the ops above. */
export const sprintItems: WorkItem[] = [
  item({ id: 'A', estimate: 3, status: 'done', sprintId: 's1' }),
  item({ id: 'B', estimate: 8, status: 'todo', sprintId: 's1' }),
  item({ id: 'C', estimate: 2, status: 'done', sprintId: 's1' }),
  item({ id: 'D', estimate: 3, status: 'done', sprintId: 's1', createdAt: '2026-03-07T11:00:00' }),
  item({ id: 'E', estimate: 1, status: 'todo', sprintId: null }),
];

export const s1 = sprint({ id: 's1', startedAt: '2026-03-05T09:00:00', committedItemIds: ['A', 'B', 'C', 'E'] });
