import { toast } from '../../kernel/feedback/toast';
import { useRef } from 'react';
import { useDesktopEvent } from '../../platform';

/**
 * What the desktop app reports without being asked, as toasts: a file it could not open, a
 * reload after the window crashed, and an update ready to install (once per version).
 */
export function DesktopNotices() {
  const announced = useRef<string | null>(null);
  useDesktopEvent('notice', ({ message, tone }) => toast(message, tone));
  useDesktopEvent('renderer-recovered', ({ reason }) =>
    toast(`Sprintlab reloaded after its window stopped working (${reason}). Your saved work is all here.`, 'info'),
  );
  useDesktopEvent('update', ({ status: { state } }) => {
    if (state.status !== 'ready' || announced.current === state.version) return;
    announced.current = state.version;
    toast(`Sprintlab ${state.version} is ready to install.`, 'info', { label: 'Restart to update', actionId: 'app.restartToUpdate' });
  });
  return null;
}
