import type { ActionDef } from '../kernel/actions/registry';
import type { ViewDef } from '../kernel/views/views';
import { backupActions } from '../features/backup/backup-actions';
import { importActions } from '../features/import/import-actions';
import { workspaceActions } from '../features/workspaces/workspace-actions';
import { HomeView } from '../features/workspaces/HomeView';
import { SettingsView } from '../features/settings/SettingsView';
import { SyncView } from '../features/sync/SyncView';
import { syncActions } from '../features/sync/sync-actions';
import { ExperimentsView } from '../features/experiments/ExperimentsView';
import { experimentActions } from '../features/experiments/experiment-actions';
import { RunsView } from '../features/experiments/runs/RunsView';
import { runActions } from '../features/experiments/runs/run-actions';
import { mlImportActions } from '../features/experiments/ml-import/ml-import-actions';
import { BacklogView } from '../features/backlog/BacklogView';
import { backlogActions } from '../features/backlog/backlog-actions';
import { ModelsView } from '../features/models/ModelsView';
import { modelsActions } from '../features/models/models-actions';
import { RetroView } from '../features/retro/RetroView';
import { retroActions } from '../features/retro/retro-actions';
import { RiskView } from '../features/risks/RiskView';
import { riskActions } from '../features/risks/risk-actions';
import { SprintsView } from '../features/sprints/SprintsView';
import { SprintReportView } from '../features/sprints/SprintReportView';
import { sprintActions } from '../features/sprints/sprint-actions';
import { BoardView } from '../features/board/BoardView';
import { boardActions } from '../features/board/board-actions';
import { StandupView } from '../features/standup/StandupView';
import { standupActions } from '../features/standup/standup-actions';
import { WorkflowView } from '../features/workflow/WorkflowView';
import { workflowActions } from '../features/workflow/workflow-actions';

import { MonitorsView } from '../features/monitoring/MonitorsView';
import { ModelHealthView } from '../features/monitoring/ModelHealthView';
import { monitoringActions } from '../features/monitoring/monitoring-actions';
import { DriftView } from '../features/monitoring/drift/DriftView';
import { FairnessView } from '../features/monitoring/fairness/FairnessView';
import { AlertsView } from '../features/monitoring/alerts/AlertsView';
import { ReportsView } from '../features/reports/ReportsView';
import { reportActions } from '../features/reports/report-actions';

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

export const featureActions: ActionDef[] = [...backlogActions, ...modelsActions, ...workspaceActions, ...backupActions, ...importActions, ...retroActions, ...riskActions, ...sprintActions, ...experimentActions, ...runActions, ...mlImportActions, ...boardActions, ...standupActions, ...workflowActions, ...monitoringActions, ...syncActions, ...reportActions];
