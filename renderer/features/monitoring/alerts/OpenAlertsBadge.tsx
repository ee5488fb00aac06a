import { openAlertCounts } from '@shared/monitoring';
import { useRows } from '../../../data/live-rows';
import { useAppStore } from '../../../kernel/store';

/**
 * The number of open alerts beside the Alerts link, red when any is critical. The words are part
 * of the link's accessible name ("Alerts 3 open, 2 critical"), so a screen reader hears the count.
 */
export function OpenAlertsBadge() {
  const workspaceId = useAppStore((s) => s.workspaceId);
  const alerts = useRows('alerts', workspaceId);
  const { open, critical } = openAlertCounts(alerts ?? []);
  if (!open) return null;
  return (
    <span className={critical ? 'nav-badge critical' : 'nav-badge'}>
      {open}
      <span className="sr-only"> open{critical ? `, ${critical} critical` : ''}</span>
    </span>
  );
}
