/**
 * When local commits run. Their transactions start in call order, and an edit already on screen
 * (optimistic) starts only once the frame showing it is painted, so the transaction's work (Dexie's
 * set-up, the rows' structured clones, the log) never holds that frame back: at most a frame
 * later, and 50 ms at most in a hidden window, which paints no frames.
 */
let lastStart: Promise<void> = Promise.resolve();
const inFlight = new Set<Promise<unknown>>();

export function commitTurn(afterPaint: boolean): Promise<void> {
  lastStart = lastStart.then(() => (afterPaint ? painted() : undefined));
  return lastStart;
}

function painted(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function' || typeof document === 'undefined' || document.visibilityState !== 'visible') return Promise.resolve();
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 50);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}

/** Counts a commit as in flight until it has committed or failed. */
export function tracked<T>(commit: Promise<T>): Promise<T> {
  inFlight.add(commit);
  const done = () => inFlight.delete(commit);
  commit.then(done, done);
  return commit;
}

/** Resolves once every commit started so far has committed or failed (before closing a database). */
export async function commitsSettled(): Promise<void> {
  while (inFlight.size) await Promise.allSettled([...inFlight]);
}
