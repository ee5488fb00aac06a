import type { Sprint, Workspace } from '@shared/domain';
import type { ActionDef } from '../../kernel/actions/registry';
import { useAppStore } from '../../kernel/store';
import { loadRows } from '../../data/live-rows';
import { session } from '../../data/session';
import { checkCanStart, createNextSprint } from './sprint-commands';
import { formatDay } from './sprint-format';
import { useSprintsUi } from './sprints-slice';
import { toast } from '../../kernel/feedback/toast';
import { pushDialog } from '../../kernel/dialogs/dialog-stack';
import { sprintFormDialog } from './SprintFormDialog';
import { startSprintDialog } from './StartSprintDialog';
import { completeSprintDialog } from './CompleteSprintDialog';

const app = () => useAppStore.getState();
const ui = () => useSprintsUi.getState();
const hasWorkspace = (s: { workspaceId: string | null }) => !!s.workspaceId;

async function context(): Promise<{ workspace: Workspace; sprints: Sprint[] }> {
  const id = app().workspaceId;
  const workspace = id ? (await session().db.entity('workspaces').get(id)) : undefined;
  if (!workspace || workspace.deleted) throw new Error('Open a workspace first.');
  const sprints = (await loadRows('sprints', workspace.id)).filter((s) => !s.deleted);
  return { workspace, sprints };
}

const byStart = (a: Sprint, b: Sprint) => a.startDate.localeCompare(b.startDate);

export const sprintActions: ActionDef[] = [
  {
    id: 'sprints.create',
    label: 'Create sprint…',
    group: 'Sprints',
    keywords: 'new add iteration cycle',
    enabled: hasWorkspace,
    run: () => {
      app().go('sprints');
      pushDialog(sprintFormDialog);
    },
  },
  {
    id: 'sprints.next',
    label: 'Create next sprint',
    group: 'Sprints',
    keywords: 'cadence new iteration',
    enabled: hasWorkspace,
    run: async () => {
      const { workspace, sprints } = await context();
      const sprint = await createNextSprint(workspace, sprints);
      app().go('sprints');
      ui().select(sprint.id);
      toast(`Created ${sprint.name} (${formatDay(sprint.startDate)} – ${formatDay(sprint.endDate)})`, 'success');
    },
  },
  {
    id: 'sprints.start',
    label: 'Start sprint…',
    group: 'Sprints',
    keywords: 'begin commit',
    enabled: hasWorkspace,
    run: async () => {
      const { sprints } = await context();
      const selected = sprints.find((s) => s.id === ui().selectedSprintId && s.state === 'planned');
      const sprint = selected ?? sprints.filter((s) => s.state === 'planned').sort(byStart)[0];
      if (!sprint) throw new Error('No planned sprint to start: create one first.');
      checkCanStart(sprint, sprints);
      app().go('sprints');
      ui().select(sprint.id);
      pushDialog(startSprintDialog, { sprintId: sprint.id });
    },
  },
  {
    id: 'sprints.complete',
    label: 'Complete active sprint…',
    group: 'Sprints',
    keywords: 'finish close end carry over',
    enabled: hasWorkspace,
    run: async () => {
      const { sprints } = await context();
      const active = sprints.find((s) => s.state === 'active');
      if (!active) throw new Error('No sprint is active.');
      app().go('sprints');
      ui().select(active.id);
      pushDialog(completeSprintDialog, { sprintId: active.id });
    },
  },
  {
    id: 'sprints.report',
    label: 'Open sprint report',
    group: 'Sprints',
    keywords: 'burndown burnup velocity forecast chart cumulative flow monte carlo',
    enabled: hasWorkspace,
    run: () => app().go('sprint-report'),
  },
];
