import { forecastEpics, type EpicForecast, type EpicForecastInput } from '@shared/agile';
import type { ForecastRequest, ForecastResponse } from './roadmap-forecast.worker';

export type Forecaster = (input: EpicForecastInput) => Promise<Map<string, EpicForecast>>;

let worker: Worker | null = null;
let seq = 0;
const pending = new Map<number, { resolve(v: Map<string, EpicForecast>): void; reject(e: Error): void }>();

function workerForecaster(): Forecaster {
  if (!worker) {
    worker = new Worker(new URL('./roadmap-forecast.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ForecastResponse>) => {
      const waiter = pending.get(event.data.id);
      if (!waiter) return;
      pending.delete(event.data.id);
      if (event.data.ok) waiter.resolve(new Map(event.data.forecasts));
      else waiter.reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      for (const waiter of pending.values()) waiter.reject(new Error(event.message || 'The roadmap forecast stopped'));
      pending.clear();
    };
  }
  const w = worker;
  return (input) =>
    new Promise((resolve, reject) => {
      const id = ++seq;
      pending.set(id, { resolve, reject });
      w.postMessage({ id, input } satisfies ForecastRequest);
    });
}

/** The same simulation on this thread, after the frame is painted: tests and environments without workers. */
const inlineForecaster: Forecaster = (input) => new Promise((resolve) => setTimeout(() => resolve(forecastEpics(input)), 0));

/** In the app the forecast runs in a Web Worker; the view paints its rows first and fills the bands in. */
export const roadmapForecaster = (): Forecaster => (typeof Worker === 'undefined' ? inlineForecaster : workerForecaster());
