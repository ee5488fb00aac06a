import type { ViewId } from '../views/view-ids';

/**
 * Every action id, closed (as Excalidraw's ActionName): a button, toast or menu naming an
 * action that does not exist fails to compile instead of silently doing nothing.
 */
export type ActionId =
  | 'app.palette' | 'app.shortcuts' | 'edit.undo' | 'edit.redo' | 'theme.light' | 'theme.dark' | 'theme.system'
  | `nav.${ViewId}`
  | 'workspace.new' | 'workspace.rename' | 'workspace.delete' | 'backup.export' | 'backup.restore' | 'import.agile' | 'workflow.edit'
  | 'sync.now' | 'sync.exportSetAside' | 'sync.applySetAsideAnyway'
  | 'item.copyLink' | 'app.checkForUpdates' | 'app.restartToUpdate' | 'app.openLogsFolder'
  | 'item.create' | 'item.open' | 'item.delete' | 'item.moveTo' | 'item.moveUp' | 'item.moveDown' | 'item.toggleSelected'
  | 'backlog.selectAll' | 'backlog.clearSelection' | 'backlog.search' | 'backlog.clearFilters'
  | `board.swimlanes.${'none' | 'assignee' | 'parent' | 'type'}` | 'board.blocked' | 'board.all-items' | 'board.clear-filters'
  | 'board.openCard' | 'board.moveCardLeft' | 'board.moveCardRight' | 'board.moveCardUp' | 'board.moveCardDown'
  | 'sprints.create' | 'sprints.start' | 'sprints.complete' | 'sprints.next' | 'sprints.report'
  | 'standup.start' | 'standup.next' | 'standup.previous' | 'standup.toggle'
  | 'experiments.new' | 'runs.add' | 'runs.compare' | 'runs.link' | 'ml.import.mlflow-folder' | 'ml.import.mlflow-server' | 'ml.import.wandb'
  | 'models.register' | 'models.show-registry' | 'models.show-datasets' | 'models.show-lineage' | 'models.show-pipeline' | 'datasets.new' | 'deployments.new'
  | 'monitoring.check-now' | 'monitoring.import-series' | 'monitoring.new-monitor' | 'monitoring.new-drift' | 'monitoring.new-fairness'
  | 'retro.new' | 'retro.next' | 'retro.reveal' | 'retro.timer' | 'retro.add-minute' | 'retro.presenter' | 'retro.export-markdown'
  | 'poker.new' | `poker.vote-${0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}` | 'poker.vote-unsure' | 'poker.vote-coffee' | 'poker.reveal' | 'poker.revote'
  | 'poker.accept' | 'poker.next' | 'poker.skip' | 'poker.timer' | 'poker.finish' | 'poker.export-markdown' | 'poker.attach'
  | 'retro.leave-presenter'
  | 'risk.new' | 'risk.import-csv' | 'risk.export-csv'
  | 'report.new' | 'report.new-from-last' | 'report.save' | 'report.print' | 'report.export-md' | 'report.export-html' | 'report.export-csv'
  | 'roadmap.scale-month' | 'roadmap.scale-quarter' | 'roadmap.group-owner' | 'roadmap.group-label' | 'roadmap.export-csv'
  | 'roadmap.moveUp' | 'roadmap.moveDown' | 'roadmap.targetEarlier' | 'roadmap.targetLater' | 'roadmap.dependencies' | 'roadmap.open';
