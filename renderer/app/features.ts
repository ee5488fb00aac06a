import type { ComponentType } from 'react';
import { lazyView } from './lazy-view';
import type { ActionDef } from '../kernel/actions/registry';
import type { ViewDef } from '../kernel/views/views';
import { backupActions } from '../features/backup/backup-actions';
import { importActions } from '../features/import/import-actions';
import { workspaceActions } from '../features/workspaces/workspace-actions';
import { HomeView } from '../features/workspaces/HomeView';
import { syncActions } from '../features/sync/sync-actions';
import { experimentActions } from '../features/experiments/experiment-actions';
import { runActions } from '../features/experiments/runs/run-actions';
import { mlImportActions } from '../features/experiments/ml-import/ml-import-actions';
import { backlogActions } from '../features/backlog/backlog-actions';
import { modelsActions } from '../features/models/models-actions';
import { retroActions } from '../features/retro/retro-actions';
import { pokerActions } from '../features/poker/poker-actions';
import { riskActions } from '../features/risks/risk-actions';
import { sprintActions } from '../features/sprints/sprint-actions';
import { boardActions } from '../features/board/board-actions';
import { standupActions } from '../features/standup/standup-actions';
import { workflowActions } from '../features/workflow/workflow-actions';

import { monitoringActions } from '../features/monitoring/monitoring-actions';
import { OpenAlertsBadge } from '../features/monitoring/alerts/OpenAlertsBadge';
import { reportActions } from '../features/reports/report-actions';
import { desktopActions } from '../features/desktop/desktop-actions';
import { roadmapActions } from '../features/roadmap/roadmap-actions';
import { DesktopNotices } from '../features/desktop/DesktopNotices';
import { PullProgress } from '../features/sync/PullProgress';
import { OpenedBackupDialog } from '../features/backup/OpenedBackupDialog';
import { ItemLinkListener } from '../entities/items/ItemLinkListener';
import { itemLinkActions } from '../entities/items/item-links';

// Feature views load on first visit (their own chunks), so the app starts with the shell and the
// Overview only; the rest are fetched while the app sits idle (lazy-view.ts).
const BacklogView = lazyView(() => import('../features/backlog/BacklogView'), 'BacklogView');
const SprintsView = lazyView(() => import('../features/sprints/SprintsView'), 'SprintsView');
const BoardView = lazyView(() => import('../features/board/BoardView'), 'BoardView');
const StandupView = lazyView(() => import('../features/standup/StandupView'), 'StandupView');
const SprintReportView = lazyView(() => import('../features/sprints/SprintReportView'), 'SprintReportView');
const ExperimentsView = lazyView(() => import('../features/experiments/ExperimentsView'), 'ExperimentsView');
const RunsView = lazyView(() => import('../features/experiments/runs/RunsView'), 'RunsView');
const ModelsView = lazyView(() => import('../features/models/ModelsView'), 'ModelsView');
const ModelHealthView = lazyView(() => import('../features/monitoring/ModelHealthView'), 'ModelHealthView');
const MonitorsView = lazyView(() => import('../features/monitoring/MonitorsView'), 'MonitorsView');
const DriftView = lazyView(() => import('../features/monitoring/drift/DriftView'), 'DriftView');
const FairnessView = lazyView(() => import('../features/monitoring/fairness/FairnessView'), 'FairnessView');
const AlertsView = lazyView(() => import('../features/monitoring/alerts/AlertsView'), 'AlertsView');
const RetroView = lazyView(() => import('../features/retro/RetroView'), 'RetroView');
const PokerView = lazyView(() => import('../features/poker/PokerView'), 'PokerView');
const RiskView = lazyView(() => import('../features/risks/RiskView'), 'RiskView');
const ReportsView = lazyView(() => import('../features/reports/ReportsView'), 'ReportsView');
const WorkflowView = lazyView(() => import('../features/workflow/WorkflowView'), 'WorkflowView');
const SettingsView = lazyView(() => import('../features/settings/SettingsView'), 'SettingsView');
const RoadmapView = lazyView(() => import('../features/roadmap/RoadmapView'), 'RoadmapView');
const SyncView = lazyView(() => import('../features/sync/SyncView'), 'SyncView');

/** Each capability contributes its views and actions here, one line each. */
export const featureViews: ViewDef[] = [
  { id: 'home', label: 'Overview', component: HomeView, needsWorkspace: false },
  { id: 'backlog', label: 'Backlog', component: BacklogView, needsWorkspace: true, section: 'Plan' },
  { id: 'sprints', label: 'Sprints', component: SprintsView, needsWorkspace: true, section: 'Plan' },
  { id: 'board', label: 'Board', component: BoardView, needsWorkspace: true, section: 'Plan' },
  { id: 'standup', label: 'Stand-up', component: StandupView, needsWorkspace: true, section: 'Plan' },
  { id: 'sprint-report', label: 'Sprint report', component: SprintReportView, needsWorkspace: true, section: 'Plan' },
  { id: 'experiments', label: 'Experiments', component: ExperimentsView, needsWorkspace: true, section: 'Machine learning' },
  { id: 'runs', label: 'Runs', component: RunsView, needsWorkspace: true, section: 'Machine learning' },
  { id: 'models', label: 'Models', component: ModelsView, needsWorkspace: true, section: 'Machine learning' },
  { id: 'model-health', label: 'Model health', component: ModelHealthView, needsWorkspace: true, section: 'Machine learning' },
  { id: 'monitors', label: 'Monitors', component: MonitorsView, needsWorkspace: true, section: 'Machine learning' },
  { id: 'drift', label: 'Data drift', component: DriftView, needsWorkspace: true, section: 'Machine learning' },
  { id: 'fairness', label: 'Fairness', component: FairnessView, needsWorkspace: true, section: 'Machine learning' },
  { id: 'alerts', label: 'Alerts', component: AlertsView, needsWorkspace: true, section: 'Machine learning', badge: OpenAlertsBadge },
  { id: 'retro', label: 'Retros', component: RetroView, needsWorkspace: true, section: 'Team' },
  { id: 'poker', label: 'Planning poker', component: PokerView, needsWorkspace: true, section: 'Team' },
  { id: 'risks', label: 'Risks', component: RiskView, needsWorkspace: true, section: 'Team' },
  { id: 'reports', label: 'Status reports', component: ReportsView, needsWorkspace: true, section: 'Team' },
  { id: 'workflow', label: 'Workflow', component: WorkflowView, needsWorkspace: true, section: 'Workspace' },
  { id: 'settings', label: 'Settings', component: SettingsView, needsWorkspace: true, section: 'Workspace' },
  { id: 'sync', label: 'Sync', component: SyncView, needsWorkspace: false, section: 'Workspace' },
  // Last in the list so the Alt+digit keys of the views above stay as they were; the sidebar shows it under Plan.
  { id: 'roadmap', label: 'Roadmap', component: RoadmapView, needsWorkspace: true, section: 'Plan' },
];

export const featureActions: ActionDef[] = [...backlogActions, ...modelsActions, ...workspaceActions, ...backupActions, ...importActions, ...retroActions, ...pokerActions, ...riskActions, ...sprintActions, ...experimentActions, ...runActions, ...mlImportActions, ...boardActions, ...standupActions, ...workflowActions, ...monitoringActions, ...syncActions, ...reportActions, ...desktopActions, ...itemLinkActions, ...roadmapActions];

/** Listeners for events from the desktop (opened files, links, updates): render nothing until one arrives. */
export const featureListeners: ComponentType[] = [OpenedBackupDialog, ItemLinkListener, DesktopNotices, PullProgress];
