import type { WorkItem } from '../domain/work';
import type { WorkflowStatus } from '../domain/workspace';
import { historyForecast, type Forecast } from './forecast';
import type { ItemEvent } from './item-events';
import { remainingWork, type RemainingWork } from './remaining-work';
import type { Unit } from './status-category';
import { weeklyThroughput, type WeeklyThroughput } from './throughput';
import { dayOf, toMs, type WorkingCalendar } from './working-days';

export interface BacklogForecastInput {
  items: readonly WorkItem[];
  events: readonly ItemEvent[];
  workflow: readonly Pick<WorkflowStatus, 'id' | 'category'>[];
  asOf: number | string;
  unit?: Unit;
  /** Forecast this item's open children instead of the whole backlog. */
  parentId?: string;
  /** Weeks of history to sample. */
  weeks?: number;
  seed?: number;
  runs?: number;
  calendar?: WorkingCalendar;
}

export interface BacklogForecast {
  remaining: RemainingWork;
  history: WeeklyThroughput[];
  forecast: Forecast;
}

/** The forecast screen in one call: the whole team's weekly throughput against what is left. */
export function backlogForecast(input: BacklogForecastInput): BacklogForecast {
  const unit = input.unit ?? 'items';
  const history = weeklyThroughput({ ...input, unit });
  const remaining = remainingWork({ items: input.items, workflow: input.workflow, unit, parentId: input.parentId });
  const forecast = historyForecast({
    weeklyThroughput: history.map((week) => week.value),
    remaining: remaining.amount,
    start: dayOf(toMs(input.asOf, 'asOf')),
    runs: input.runs,
    seed: input.seed,
    calendar: input.calendar,
  });
  return { remaining, history, forecast };
}
