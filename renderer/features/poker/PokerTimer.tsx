import { useEffect, useState } from 'react';

const clock = (ms: number) => {
  const total = Math.ceil(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
};

/** The discussion countdown, from the session's shared end time, so every laptop shows the same. */
export function PokerTimer({ endsAt }: { endsAt: string | null }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!endsAt) return;
    const tick = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(tick);
  }, [endsAt]);
  if (!endsAt) return null;
  const left = Math.max(0, Date.parse(endsAt) - now);
  return (
    <span className={`poker-timer${left === 0 ? ' up' : ''}`} role="timer" aria-label={`Discussion timer ${clock(left)}${left === 0 ? ", time's up" : ''}`}>
      {left === 0 ? "Time's up" : clock(left)}
    </span>
  );
}
