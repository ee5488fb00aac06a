import type { ComponentType } from 'react';
import type { ActionDef } from '../app/actions/registry';
import type { ViewDef } from '../app/views';
import { backupActions } from './backup/backup-actions';
import { importActions } from './import/import-actions';
import { AgileImportDialog } from './import/AgileImportDialog';
import { workspaceActions } from './workspaces/workspace-actions';
import { HomeView } from './workspaces/HomeView';
import { SettingsView } from './settings/SettingsView';
import { SyncView } from './sync/SyncView';
import { syncActions } from './sync/sync-actions';
import { ExperimentsView } from './experiments/ExperimentsView';
import { experimentActions } from './experiments/experiment-actions';
import { RunsView } from './runs/RunsView';
import { runActions } from './runs/run-actions';
import { mlImportActions } from './ml-import/ml-import-actions';
import { BacklogView } from './backlog/BacklogView';
import { backlogActions } from './backlog/backlog-actions';
import { ModelsView } from './models/ModelsView';
import { modelsActions } from './models/models-actions';
import { RetroView } from './retro/RetroView';
import { retroActions } from './retro/retro-actions';
import { RiskView } from './risks/RiskView';
import { riskActions } from './risks/risk-actions';
import { SprintsView } from './sprints/SprintsView';
import { SprintReportView } from './sprints/SprintReportView';
import { sprintActions } from './sprints/sprint-actions';
import { BoardView } from './board/BoardView';
import { boardActions } from './board/board-actions';
import { StandupView } from './standup/StandupView';
import { standupActions } from './standup/standup-actions';
import { WorkflowView } from './workflow/WorkflowView';
import { workflowActions } from './workflow/workflow-actions';

import { MonitorsView } from './monitoring/MonitorsView';
import { ModelHealthView } from './monitoring/ModelHealthView';
import { monitoringActions } from './monitoring/monitoring-actions';
import { DriftView } from './drift/DriftView';
import { FairnessView } from './fairness/FairnessView';
import { AlertsView } from './alerts/AlertsView';
import { ReportsView } from './reports/ReportsView';
import { reportActions } from './reports/report-actions';
import { desktopActions } from './desktop/desktop-actions';
import { DesktopNotices } from './desktop/DesktopNotices';
import { OpenedBackupDialog } from './backup/OpenedBackupDialog';
import { ItemLinkListener } from './items/ItemLinkListener';
import { itemLinkActions } from './items/item-links';

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
  { id: 'alerts', label: 'Alerts', component: AlertsView, needsWorkspace: true, section: 'Machine learning' },
  { id: 'retro', label: 'Retros', component: RetroView, needsWorkspace: true, section: 'Team' },
  { id: 'risks', label: 'Risks', component: RiskView, needsWorkspace: true, section: 'Team' },
  { id: 'reports', label: 'Status reports', component: ReportsView, needsWorkspace: true, section: 'Team' },
  { id: 'workflow', label: 'Workflow', component: WorkflowView, needsWorkspace: true, section: 'Workspace' },
  { id: 'settings', label: 'Settings', component: SettingsView, needsWorkspace: true, section: 'Workspace' },
  { id: 'sync', label: 'Sync', component: SyncView, needsWorkspace: false, section: 'Workspace' },
];

export const featureActions: ActionDef[] = [...backlogActions, ...modelsActions, ...workspaceActions, ...backupActions, ...importActions, ...retroActions, ...riskActions, ...sprintActions, ...experimentActions, ...runActions, ...mlImportActions, ...boardActions, ...standupActions, ...workflowActions, ...monitoringActions, ...syncActions, ...reportActions, ...desktopActions, ...itemLinkActions];

/** Dialogs a feature opens from anywhere (actions, palette): mounted once by the shell. */
export const featureDialogs: ComponentType[] = [AgileImportDialog, OpenedBackupDialog, ItemLinkListener, DesktopNotices];
