import { useEffect, useRef } from 'react';
import { desktopEventSchema, type DesktopEvent } from '@shared/ipc';
import { getPlatform } from '.';

type EventOf<T extends DesktopEvent['type']> = Extract<DesktopEvent, { type: T }>;

/**
 * Runs `handler` for each desktop event of one type (a deep link, a backup opened from the
 * file manager, update progress). Events are checked against the shared schema once here;
 * the browser has none, so in web mode this never fires.
 */
export function useDesktopEvent<T extends DesktopEvent['type']>(type: T, handler: (event: EventOf<T>) => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(
    () =>
      getPlatform().onDesktopEvent((raw) => {
        const parsed = desktopEventSchema.safeParse(raw);
        if (parsed.success && parsed.data.type === type) latest.current(parsed.data as EventOf<T>);
      }),
    [type],
  );
}
