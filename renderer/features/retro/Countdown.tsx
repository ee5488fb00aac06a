import { useEffect, useRef, useState } from 'react';
import type { Retro } from '@shared/domain';
import { playChime } from './chime';
import { remainingMs, timerKey } from './retro-commands';
import { useRetroStore } from './retro-slice';

export const formatClock = (ms: number) => {
  const total = Math.ceil(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
};

/** The facilitator's countdown: ticks while running, chimes once when it reaches zero. */
export function Countdown({ retro }: { retro: Retro }) {
  useRetroStore((s) => s.pausedMs[timerKey(retro)]);
  const [now, setNow] = useState(() => Date.now());
  const chimed = useRef<string | null>(null);
  const running = retro.timerEndsAt !== null;
  useEffect(() => {
    if (!running) return;
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [running]);
  const left = remainingMs(retro, now);
  useEffect(() => {
    if (running && left === 0 && chimed.current !== retro.timerEndsAt) {
      chimed.current = retro.timerEndsAt;
      playChime();
    }
  }, [running, left, retro.timerEndsAt]);
  const state = running ? (left === 0 ? 'time is up' : 'running') : 'paused';
  return (
    <span className={`retro-countdown${running && left === 0 ? ' up' : ''}${running ? ' running' : ''}`} aria-label={`Timer ${formatClock(left)}, ${state}`} role="timer">
      {formatClock(left)}
      <span className="retro-countdown-state">{left === 0 && running ? "Time's up" : running ? '' : 'paused'}</span>
    </span>
  );
}
