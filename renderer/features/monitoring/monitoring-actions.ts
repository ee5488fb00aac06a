import type { ActionDef } from '../../kernel/actions/registry';
import { useAppStore } from '../../kernel/store';
import { sweepMonitoring } from './monitoring-commands';
import { useMonitoringStore } from './monitoring-slice';
import { pushDialog } from '../../kernel/dialogs/dialog-stack';
import { loadRows } from '../../data/live-rows';
import { monitorDialog } from './MonitorDialog';
import { seriesImportDialog } from './series/SeriesImportDialog';
import { toast } from '../../kernel/feedback/toast';

const hasWorkspace = (s: { workspaceId: string | null }) => !!s.workspaceId;
const onMonitor = (s: { workspaceId: string | null; view: string }) => !!s.workspaceId && s.view === 'monitors' && !!useMonitoringStore.getState().monitorId;

export const monitoringActions: ActionDef[] = [
  {
    id: 'monitoring.new-monitor', label: 'Add monitor…', group: 'Monitoring', keywords: 'metric threshold alert model watch', enabled: hasWorkspace,
    run: () => {
      useAppStore.getState().go('monitors');
      pushDialog(monitorDialog, { workspaceId: useAppStore.getState().workspaceId! });
    },
  },
  {
    id: 'monitoring.import-series', label: 'Import monitor values…', group: 'Monitoring', keywords: 'metric series csv json', enabled: onMonitor,
    run: async () => {
      const workspaceId = useAppStore.getState().workspaceId!;
      const monitor = (await loadRows('monitors', workspaceId)).find((m) => m.id === useMonitoringStore.getState().monitorId);
      if (monitor) pushDialog(seriesImportDialog, { workspaceId, monitor });
    },
  },
  {
    id: 'monitoring.check-now', label: 'Check monitors and retraining schedules now', group: 'Monitoring', keywords: 'evaluate status alerts', enabled: hasWorkspace,
    run: async () => {
      const result = await sweepMonitoring(useAppStore.getState().workspaceId!);
      toast(`Checked monitors: ${result.alertsRaised} new alert(s), ${result.retrainingItems.length} retraining item(s).`, 'info');
    },
  },
  { id: 'monitoring.new-drift', label: 'Compare datasets for drift…', group: 'Monitoring', keywords: 'data drift evidently reference current', enabled: hasWorkspace, run: () => useAppStore.getState().go('drift') },
  { id: 'monitoring.new-fairness', label: 'Check fairness of predictions…', group: 'Monitoring', keywords: 'fairlearn bias groups parity', enabled: hasWorkspace, run: () => useAppStore.getState().go('fairness') },
];
