// The roadmap's Monte Carlo off the main thread: 10,000 runs over 200 epics never hold up a paint.
import { forecastEpics, type EpicForecast, type EpicForecastInput } from '@shared/agile';
import { errorMessage } from '@shared/domain';

export interface ForecastRequest {
  id: number;
  input: EpicForecastInput;
}
export type ForecastResponse = { id: number; ok: true; forecasts: [string, EpicForecast][] } | { id: number; ok: false; message: string };

const scope = self as unknown as { postMessage(message: ForecastResponse): void; onmessage: ((event: MessageEvent<ForecastRequest>) => void) | null };

scope.onmessage = (event) => {
  const { id, input } = event.data;
  try {
    const response: ForecastResponse = { id, ok: true, forecasts: [...forecastEpics(input)] };
    scope.postMessage(response);
  } catch (error) {
    scope.postMessage({ id, ok: false, message: errorMessage(error) });
  }
};
