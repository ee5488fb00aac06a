import { lazy, type ComponentType } from 'react';

const loaders: (() => Promise<unknown>)[] = [];

/**
 * A view that Vite splits into its own chunk and React loads on first render (Suspense shows
 * the shell meanwhile). Each loader is also queued for `preloadViews`, so by the time the user
 * switches views the chunk is usually there already.
 */
export function lazyView<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): ComponentType {
  let pending: Promise<Record<K, ComponentType>> | null = null;
  let loaded: ComponentType | null = null;
  const once = () => (pending ??= load().then((module) => ((loaded = module[name]), module)));
  loaders.push(once);
  const view = lazy((): Promise<{ default: ComponentType }> => {
    if (!loaded) return once().then((module) => ({ default: module[name] }));
    // Already loaded (preloaded): a thenable that answers at once, so React renders the view in
    // this pass instead of showing the fallback (a promise's `then` always waits a microtask).
    const now = { default: loaded };
    return { then: (resolve: (value: typeof now) => void) => resolve(now) } as unknown as Promise<typeof now>;
  });
  return Object.assign(view, { preload: once });
}

/**
 * Fetch a view's chunk ahead of its first render. The app awaits the first view's chunk before it
 * mounts: a view that suspends on first render is revealed no sooner than 300 ms after its
 * fallback (React throttles Suspense reveals), which was a quarter of a 20,000-item start-up.
 * Preloaded views (the idle preload below) open without the fallback too.
 */
export function preloadView(view: ComponentType): Promise<unknown> {
  const preload = (view as { preload?: () => Promise<unknown> }).preload;
  return preload ? preload().catch(() => undefined) : Promise.resolve();
}

/** Start-up is reading the first view's rows meanwhile; its main thread idles while IndexedDB works, so idle time alone is not "after". */
export const PRELOAD_AFTER_MS = 2_000;

/** After start-up: fetch the other views' chunks one by one while the app is idle. */
export function preloadViews(): () => void {
  const idle = (fn: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(fn) : setTimeout(fn, 200));
  let stopped = false;
  const next = (i: number) => {
    if (stopped || i >= loaders.length) return;
    idle(() => void loaders[i]().catch(() => {}).finally(() => next(i + 1)));
  };
  const timer = setTimeout(() => next(0), PRELOAD_AFTER_MS);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
