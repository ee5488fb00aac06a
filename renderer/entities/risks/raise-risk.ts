import { create } from 'zustand';
import type { Risk } from '@shared/domain';
import { riskFromAlert } from '@shared/risks';
import { useAppStore } from '../../kernel/store';
import { session } from '../../data/session';

/**
 * A risk draft handed from another feature to the risks view, which opens its form with it.
 * It lives here, not in the risks feature, so monitoring need not import that feature.
 */
export const useRiskDraftInbox = create<{ draft: Partial<Risk> | null; take(): Partial<Risk> | null }>()((set, get) => ({
  draft: null,
  take: () => {
    const { draft } = get();
    if (draft) set({ draft: null });
    return draft;
  },
}));

/**
 * "Raise risk" from a monitoring alert: opens the risk form pre-filled from the alert (AI
 * category, NIST function, levels from its severity, links to the alert and model). Nothing is
 * stored until the user saves. The monitoring UI calls this with the alert's id.
 */
export async function raiseRiskFromAlert(alertId: string): Promise<void> {
  const { db } = session();
  const alert = await db.entity('alerts').get(alertId);
  if (!alert || alert.deleted) throw new Error('That alert no longer exists');
  const monitorId = alert.source.startsWith('monitor:') ? alert.source.slice('monitor:'.length) : null;
  const monitor = monitorId ? (await db.entity('monitors').get(monitorId)) : undefined;
  useRiskDraftInbox.setState({ draft: riskFromAlert(alert, monitor && !monitor.deleted ? monitor : undefined) });
  const app = useAppStore.getState();
  if (app.workspaceId !== alert.workspaceId) app.selectWorkspace(alert.workspaceId);
  app.go('risks');
}
