import { lazy, type ComponentType } from 'react';

const loaders: (() => Promise<unknown>)[] = [];

/**
 * A view that Vite splits into its own chunk and React loads on first render (Suspense shows
 * the shell meanwhile). Each loader is also queued for `preloadViews`, so by the time the user
 * switches views the chunk is usually there already.
 */
export function lazyView<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): ComponentType {
  let pending: Promise<Record<K, ComponentType>> | null = null;
  const once = () => (pending ??= load());
  loaders.push(once);
  return lazy(async (): Promise<{ default: ComponentType }> => ({ default: (await once())[name] })) as ComponentType;
}

/** After the first view is painted: fetch the other views' chunks one by one while the app is idle. */
export function preloadViews(): void {
  const idle = (fn: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(fn) : setTimeout(fn, 200));
  const next = (i: number) => {
    if (i >= loaders.length) return;
    idle(() => void loaders[i]().catch(() => {}).finally(() => next(i + 1)));
  };
  next(0);
}
