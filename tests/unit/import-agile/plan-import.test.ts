import { describe, expect, it } from 'vitest';
import { defaultWorkflow, workspaceSchema, type WorkItem, type WorkflowStatus } from '@shared/domain';
import { baseChanged, mapStatus, mapType, parseJiraCsv, parseLinearCsv, planAgileImport, type ImportedItem } from '@shared/import/agile';
import { JIRA_CLOUD, JIRA_SERVER, LINEAR, readFixture } from './fixture-files';

const workspace = workspaceSchema.parse({ id: 'ws1', workspaceId: 'ws1', createdAt: '2026-01-01T00:00:00.000Z', name: 'Team', key: 'SL' });
const NOW = '2026-04-20T08:00:00.000Z';

const item = (over: Partial<ImportedItem> & { key: string }): ImportedItem => ({
  title: `Title ${over.key}`, type: 'Story', status: 'To Do', statusCategory: null, assignee: null, estimate: null, sprints: [], labels: [],
  parentKey: null, created: null, description: null, priority: null, dueDate: null, completed: null, sourceId: null, line: 2,
  ...over,
});

describe('status mapping', () => {
  const name = (source: string, workflow: WorkflowStatus[] = defaultWorkflow) => mapStatus(source, workflow);

  it('matches workflow statuses by name, ignoring case', () => {
    expect(name('To Do')).toMatchObject({ statusId: 'todo', match: 'name' });
    expect(name('IN PROGRESS')).toMatchObject({ statusId: 'inprogress', match: 'name' });
    expect(name('backlog')).toMatchObject({ statusId: 'backlog', match: 'name' });
  });

  it('falls back on what the name suggests: done, in progress, review, backlog, else the first to-do', () => {
    expect(name('Closed')).toMatchObject({ statusId: 'done', match: 'category' });
    expect(name('Resolved').statusId).toBe('done');
    expect(name('Canceled').statusId).toBe('done');
    expect(name('Code Review').statusId).toBe('review');
    expect(name('Doing').statusId).toBe('inprogress');
    expect(name('Triage').statusId).toBe('backlog');
    expect(name('Todo')).toMatchObject({ statusId: 'todo', match: 'name' });
    expect(name('Selected for Development')).toMatchObject({ statusId: 'todo', match: 'category' });
    expect(name('Parked')).toMatchObject({ statusId: 'backlog', match: 'default' });
  });

  it('uses the workspace\'s own statuses, not the default ids', () => {
    const custom: WorkflowStatus[] = [
      { id: 's1', name: 'Ideas', category: 'todo', wipLimit: null, hardLimit: false },
      { id: 's2', name: 'Building', category: 'inprogress', wipLimit: 3, hardLimit: false },
      { id: 's3', name: 'Shipped', category: 'done', wipLimit: null, hardLimit: false },
    ];
    expect(['Done', 'In Progress', 'To Do', 'building'].map((s) => name(s, custom).statusId)).toEqual(['s3', 's2', 's1', 's2']);
  });
});

describe('type mapping', () => {
  it('maps Jira issue types and Linear labels to item types', () => {
    expect(['Story', 'Task', 'Bug', 'Sub-task', 'Epic', 'Spike', 'Improvement', 'New Feature', 'Whatever'].map((t) => mapType(t)))
      .toEqual(['story', 'task', 'bug', 'task', 'epic', 'spike', 'story', 'story', 'task']);
    expect(mapType(null, ['Bug'])).toBe('bug');
    expect(mapType(null, ['Alpha', 'Feature'])).toBe('story');
    expect(mapType(null, [])).toBe('task');
  });
});

describe('planning a Jira import', () => {
  const parsed = parseJiraCsv(readFixture(JIRA_SERVER));
  const plan = planAgileImport({ source: 'jira', items: parsed.items, workspace, now: NOW });

  it('creates every issue once, with sourceRef, type, mapped status and a number', () => {
    expect(plan.summary).toMatchObject({ created: 90, updated: 0, unchanged: 0, skipped: 0 });
    const jwp13 = plan.items.find((w) => w.sourceRef === 'jira:JWP-13');
    expect(jwp13?.row).toMatchObject({ type: 'story', status: 'todo', estimate: 5, priority: 'urgent', number: 1, title: 'Generate a Program Overview PDF' });
    expect(plan.types).toEqual(expect.arrayContaining([{ source: 'Story', type: 'story', count: 59 }, { source: 'Epic', type: 'epic', count: 29 }]));
    expect(plan.statuses.map((s) => [s.source, s.statusId])).toEqual([['To Do', 'todo'], ['In Progress', 'inprogress']]);
  });

  it('keeps the file\'s order in ranks that sort as text', () => {
    const ranks = plan.items.map((w) => w.row.rank);
    expect([...ranks].sort()).toEqual(ranks);
    expect(new Set(ranks).size).toBe(90);
  });

  it('creates the six sprints by name and puts each issue in its latest sprint, counting carry-overs', () => {
    expect(plan.sprints.map((s) => s.row.name)).toEqual(['JwProgra Sprint 1', 'JwProgra Sprint 2', 'JwProgra Sprint 3', 'JwProgra Sprint 4', 'JwProgra Sprint 5', 'INNT Sprint 1']);
    const sprint3 = plan.sprints.find((s) => s.row.name === 'JwProgra Sprint 3');
    const jwp13 = plan.items.find((w) => w.sourceRef === 'jira:JWP-13')?.row;
    // Sprint 3 closed in 2016 with JWP-13 unfinished: like Jira, the issue is back in the backlog.
    expect(sprint3?.row.state).toBe('completed');
    expect(jwp13?.sprintId).toBeNull();
    const inSprints = plan.items.filter((w) => w.row.sprintId !== null).map((w) => w.row.sprintId);
    expect(new Set(inSprints)).toEqual(new Set([plan.sprints.find((s) => s.row.name === 'INNT Sprint 1')?.row.id]));
    expect(jwp13?.carryOver).toBe(2);
  });

  it('orders sprints by series and number and dates them from their issues (Jira gives no sprint dates); past ones are closed', () => {
    expect(plan.sprints.map((s) => [s.row.name, s.row.startDate, s.row.endDate, s.row.state])).toEqual([
      // Sprint 1 starts when its issues were created (28/Jun/16) and ran at least until 30/Aug/16,
      // when an issue created that day joined it.
      ['JwProgra Sprint 1', '2016-06-28', '2016-08-30', 'completed'],
      // Each later sprint of the series follows the one before instead of overlapping it.
      ['JwProgra Sprint 2', '2016-08-31', '2016-09-13', 'completed'],
      ['JwProgra Sprint 3', '2016-09-14', '2016-09-27', 'completed'],
      ['JwProgra Sprint 4', '2017-01-19', '2017-02-01', 'completed'],
      ['JwProgra Sprint 5', '2017-02-02', '2017-02-15', 'completed'],
      // Running on the file's latest date (22/Nov/17): the team's current sprint.
      ['INNT Sprint 1', '2017-11-22', '2017-12-05', 'active'],
    ]);
    expect(plan.sprints.some((s) => s.datesGuessed)).toBe(false);
    expect(plan.sprints[1].datedBy).toBe('dated from the created dates of its 11 issues');
    const sprint2 = plan.sprints[1].row;
    expect(sprint2.committedItemIds).toHaveLength(11);
    expect(sprint2.completedAt?.slice(0, 10)).toBe('2016-09-13');
  });

  it('ends a sprint on its last resolution, and keeps the sprint running on the file\'s latest date open', () => {
    const items = [
      item({ key: 'A-1', sprints: ['Team Sprint 7'], created: '2026-04-10T09:00:00.000Z', completed: '2026-04-30T10:00:00.000Z' }),
      item({ key: 'A-2', sprints: ['Team Sprint 8'], created: '2026-04-15T09:00:00.000Z' }),
      item({ key: 'A-3', sprints: ['Team Sprint 6'], created: '2026-03-20T09:00:00.000Z', completed: '2026-03-30T10:00:00.000Z' }),
    ];
    const dated = planAgileImport({ source: 'jira', items, workspace, now: NOW });
    expect(dated.sprints.map((s) => [s.row.name, s.row.startDate, s.row.endDate, s.row.state])).toEqual([
      ['Team Sprint 6', '2026-03-20', '2026-04-02', 'completed'],
      ['Team Sprint 7', '2026-04-10', '2026-04-30', 'active'],
      ['Team Sprint 8', '2026-05-01', '2026-05-14', 'planned'],
    ]);
  });

  it('maps statuses the workspace lacks by Jira\'s Status Category column', () => {
    expect(mapStatus('Selected for Development', defaultWorkflow, 'In Progress')).toMatchObject({ statusId: 'inprogress', match: 'category' });
    expect(mapStatus('Awaiting QA', defaultWorkflow, 'Done')).toMatchObject({ statusId: 'done', match: 'category' });
    expect(mapStatus('Awaiting QA', defaultWorkflow, null).statusId).toBe('inprogress');
    expect(mapStatus('Parked', defaultWorkflow, 'To Do').statusId).toBe('todo');
  });

  it('links stories to epics that are in the file, and notes the ones that are not', () => {
    const idOf = (key: string) => plan.items.find((w) => w.sourceRef === `jira:${key}`)?.row.id;
    expect(plan.items.find((w) => w.sourceRef === 'jira:INNT-20')?.row.parentId).toBe(idOf('INNT-10'));
    const linked = plan.items.filter((w) => w.row.parentId !== null).length;
    expect(linked + plan.notes.length).toBe(59);
    for (const note of plan.notes) expect(note.message).toMatch(/^parent [A-Z]+-\d+ is neither in the file nor in the workspace/);
  });

  it('creates members for assignees, once each', () => {
    const cloud = planAgileImport({ source: 'jira', items: parseJiraCsv(readFixture(JIRA_CLOUD)).items, workspace, now: NOW });
    expect(cloud.members.map((m) => m.row.name)).toEqual(['Saicharan Basireddy']);
    const assigned = cloud.items.filter((w) => w.row.assigneeId === cloud.members[0].row.id);
    expect(assigned).toHaveLength(11);
    expect(cloud.items.filter((w) => w.row.status === 'done')).toHaveLength(10);
  });
});

describe('re-importing', () => {
  const parsed = parseJiraCsv(readFixture(JIRA_CLOUD));
  const first = planAgileImport({ source: 'jira', items: parsed.items, workspace, now: NOW });
  const existing = {
    items: first.items.map((w) => w.row),
    sprints: first.sprints.map((s) => s.row),
    members: first.members.map((m) => m.row),
  };

  it('derives the same ids from the same file, so two imports converge', () => {
    const again = planAgileImport({ source: 'jira', items: parsed.items, workspace, now: '2026-05-01T00:00:00.000Z' });
    expect(again.writes.map((w) => w.row.id)).toEqual(first.writes.map((w) => w.row.id));
  });

  it('updates existing items instead of duplicating them, and creates no sprint or member twice', () => {
    const again = planAgileImport({ source: 'jira', items: parsed.items, workspace, existing, now: NOW });
    expect(again.summary).toMatchObject({ created: 0, updated: 0, unchanged: 22, sprints: 0, members: 0 });
  });

  it('reports the changed fields of an issue edited at the source, keeping local rank and number', () => {
    const local = existing.items.map((i): WorkItem => (i.sourceRef === 'jira:TES-25' ? { ...i, rank: 'Zz', number: 77 } : i));
    const edited = parsed.items.map((i) => (i.key === 'TES-25' ? { ...i, status: 'Done', title: 'Renamed' } : i));
    const again = planAgileImport({ source: 'jira', items: edited, workspace, existing: { ...existing, items: local }, now: NOW });
    const write = again.items.find((w) => w.sourceRef === 'jira:TES-25');
    expect(write).toMatchObject({ action: 'update', changes: ['title', 'status'] });
    expect(write?.row).toMatchObject({ rank: 'Zz', number: 77, status: 'done', title: 'Renamed' });
    expect(again.summary).toMatchObject({ created: 0, updated: 1, unchanged: 21 });
  });

  it('is a three-way merge: local progress survives a re-import of an unchanged file', () => {
    // Here, TES-25 was moved to Done and TES-24 unassigned; the file still says what it said.
    const local = existing.items.map((i): WorkItem =>
      i.sourceRef === 'jira:TES-25' ? { ...i, status: 'done' } : i.sourceRef === 'jira:TES-24' ? { ...i, assigneeId: null } : i,
    );
    const again = planAgileImport({ source: 'jira', items: parsed.items, workspace, existing: { ...existing, items: local }, now: NOW });
    expect(again.summary).toMatchObject({ updated: 0, unchanged: 22 });
    expect(again.items.find((w) => w.sourceRef === 'jira:TES-25')).toMatchObject({ action: 'unchanged', kept: ['status'], row: { status: 'done' } });
    expect(again.items.find((w) => w.sourceRef === 'jira:TES-24')).toMatchObject({ kept: ['assigneeId'], row: { assigneeId: null } });
  });

  it('takes a field the file changed since the last import, and says when that overrides a local edit', () => {
    const local = existing.items.map((i): WorkItem => (i.sourceRef === 'jira:TES-25' ? { ...i, status: 'inprogress', estimate: 8 } : i));
    const edited = parsed.items.map((i) => (i.key === 'TES-25' ? { ...i, status: 'Done', title: 'Renamed' } : i));
    const write = planAgileImport({ source: 'jira', items: edited, workspace, existing: { ...existing, items: local }, now: NOW }).items.find((w) => w.sourceRef === 'jira:TES-25');
    expect(write).toMatchObject({ action: 'update', changes: ['title', 'status'], overridden: ['status'], kept: ['estimate'] });
    expect(write?.row).toMatchObject({ status: 'done', title: 'Renamed', estimate: 8, importBase: { status: 'done', title: 'Renamed', estimate: null } });
  });

  it('keeps local values of items imported before import bases were kept, and records the base for next time', () => {
    const legacy = existing.items.map((i): WorkItem => ({ ...i, importBase: null, ...(i.sourceRef === 'jira:TES-25' ? { status: 'done' } : {}) }));
    const again = planAgileImport({ source: 'jira', items: parsed.items, workspace, existing: { ...existing, items: legacy }, now: NOW });
    const write = again.items.find((w) => w.sourceRef === 'jira:TES-25');
    expect(write).toMatchObject({ action: 'unchanged', kept: ['status'], row: { status: 'done', importBase: { status: 'todo' } } });
    expect(baseChanged(write!)).toBe(true);
  });

  it('ranks and numbers new items after the existing ones', () => {
    const more = [...parsed.items, item({ key: 'TES-99', line: 40 })];
    const again = planAgileImport({ source: 'jira', items: more, workspace, existing, now: NOW });
    const created = again.items.filter((w) => w.action === 'create');
    expect(created).toHaveLength(1);
    expect(created[0].row.number).toBe(23);
    expect(existing.items.every((i) => i.rank < created[0].row.rank)).toBe(true);
  });

  it('skips an item deleted in the workspace and a key repeated in the file, saying why', () => {
    const tombstoned = existing.items.map((i) => (i.sourceRef === 'jira:TES-4' ? { ...i, deleted: true } : i));
    const items = [...parsed.items, { ...parsed.items[0], line: 50 }];
    const again = planAgileImport({ source: 'jira', items, workspace, existing: { ...existing, items: tombstoned }, now: NOW });
    expect(again.skipped).toEqual([
      { key: 'TES-4', line: parsed.items.find((i) => i.key === 'TES-4')?.line, reason: 'TES-4 was deleted in this workspace' },
      { key: 'TES-25', line: 50, reason: 'duplicate of TES-25 on line 2' },
    ]);
  });
});

describe('planning a Linear import', () => {
  const parsed = parseLinearCsv(readFixture(LINEAR));
  const plan = planAgileImport({ source: 'linear', items: parsed.items, sourceSprints: parsed.sprints, workspace, now: NOW });

  it('creates cycles as sprints with their own dates, and types from labels', () => {
    expect(plan.sprints.map((s) => [s.row.name, s.row.startDate, s.row.endDate, s.datesGuessed])).toEqual([
      ['Cycle 1', '2023-02-06', '2023-02-20', false],
      ['Cycle 2', '2023-03-06', '2023-03-20', false],
    ]);
    const row = (key: string) => plan.items.find((w) => w.sourceRef === `linear:${key}`)?.row;
    expect(row('CLA-6')).toMatchObject({ type: 'bug', priority: 'urgent' });
    expect(row('CLA-1')).toMatchObject({ type: 'story', status: 'inprogress', parentId: row('CLA-4')?.id, estimate: 5 });
    expect(row('CLA-9')).toMatchObject({ status: 'done', completedAt: '2023-02-11T01:52:26.000Z' });
    expect(row('CLA-7')?.dueDate).toBe('2023-03-10');
    expect(plan.members.map((m) => [m.row.name, m.row.email])).toEqual([['testingthisproduct101@gmail.com', 'testingthisproduct101@gmail.com']]);
  });

  it('maps Linear statuses (Todo, Triage, Canceled) onto the default workflow', () => {
    expect(Object.fromEntries(plan.statuses.map((s) => [s.source, s.statusId]))).toEqual({
      'In Progress': 'inprogress', Canceled: 'done', Triage: 'backlog', Backlog: 'backlog', Todo: 'todo', Done: 'done',
    });
  });
});
