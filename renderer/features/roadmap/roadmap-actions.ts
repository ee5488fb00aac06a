import type { ActionDef } from '../../kernel/actions/registry';
import { useAppStore } from '../../kernel/store';
import { useRoadmapStore } from './roadmap-slice';

const onRoadmap = () => {
  if (useAppStore.getState().view !== 'roadmap') useAppStore.getState().go('roadmap');
};
const hasWorkspace = (s: { workspaceId: string | null }) => !!s.workspaceId;

/** Keys of a focused roadmap row; the roadmap view binds them to the rows it draws. */
const rowKeys: ActionDef[] = [
  { id: 'roadmap.moveUp', label: 'Roadmap: move focused epic up', group: 'Roadmap', shortcut: 'Alt+ArrowUp', keyScope: 'roadmap', keywords: 'reorder priority' },
  { id: 'roadmap.moveDown', label: 'Roadmap: move focused epic down', group: 'Roadmap', shortcut: 'Alt+ArrowDown', keyScope: 'roadmap', keywords: 'reorder priority' },
  { id: 'roadmap.targetEarlier', label: 'Roadmap: move target date a week earlier', group: 'Roadmap', shortcut: 'Alt+ArrowLeft', keyScope: 'roadmap', keywords: 'due date milestone' },
  { id: 'roadmap.targetLater', label: 'Roadmap: move target date a week later', group: 'Roadmap', shortcut: 'Alt+ArrowRight', keyScope: 'roadmap', keywords: 'due date milestone' },
  { id: 'roadmap.dependencies', label: 'Roadmap: edit what the focused epic depends on', group: 'Roadmap', shortcut: 'D', keyScope: 'roadmap', keywords: 'depends blocked by link' },
  { id: 'roadmap.open', label: 'Roadmap: open focused epic', group: 'Roadmap', shortcut: 'Enter', keyScope: 'roadmap' },
];

export const roadmapActions: ActionDef[] = [
  ...rowKeys,
  { id: 'roadmap.scale-month', label: 'Roadmap: months timeline', group: 'Roadmap', keywords: 'zoom scale', enabled: hasWorkspace, run: () => (useRoadmapStore.getState().setScale('month'), onRoadmap()) },
  { id: 'roadmap.scale-quarter', label: 'Roadmap: quarters timeline', group: 'Roadmap', keywords: 'zoom scale', enabled: hasWorkspace, run: () => (useRoadmapStore.getState().setScale('quarter'), onRoadmap()) },
  { id: 'roadmap.group-owner', label: 'Roadmap: group by owner', group: 'Roadmap', keywords: 'assignee member swimlanes', enabled: hasWorkspace, run: () => (useRoadmapStore.getState().setGroupBy('owner'), onRoadmap()) },
  { id: 'roadmap.group-label', label: 'Roadmap: group by label', group: 'Roadmap', keywords: 'tag swimlanes', enabled: hasWorkspace, run: () => (useRoadmapStore.getState().setGroupBy('label'), onRoadmap()) },
  // Bound by the view: it exports the rows with their forecasts as shown.
  { id: 'roadmap.export-csv', label: 'Export roadmap as CSV', group: 'Roadmap', keywords: 'spreadsheet download forecast' },
];
