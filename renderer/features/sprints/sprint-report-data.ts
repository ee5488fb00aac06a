import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  backlogForecast,
  cumulativeFlow,
  dayOf,
  ItemHistory,
  itemEventsFromOps,
  sprintBurn,
  toMs,
  velocity,
  type BacklogForecast,
  type FlowDay,
  type ItemEvent,
  type SprintBurn,
  type SprintVelocity,
  type Unit,
} from '@shared/agile';
import type { Sprint, WorkItem, Workspace } from '@shared/domain';
import { opsForWorkspace } from '../../data/op-log';
import { session } from '../../data/session';

export interface ReportHistory {
  /** Every item row, tombstones included, so deletions show as scope removed. */
  items: WorkItem[];
  events: ItemEvent[];
}

/** The item rows and their change history from the op log, re-read whenever either changes. */
export function useReportHistory(workspaceId: string | null): ReportHistory | undefined {
  return useLiveQuery(async () => {
    if (!workspaceId) return { items: [], events: [] };
    const { db } = session();
    const [ops, items] = await Promise.all([
      opsForWorkspace(db, workspaceId, ['items']),
      db.entity('items').where('workspaceId').equals(workspaceId).toArray(),
    ]);
    return { items, events: itemEventsFromOps(ops) };
  }, [workspaceId]);
}

/** "Now" for a sprint's charts: a completed sprint is shown as it stood just before it closed. */
export function sprintAsOf(sprint: Pick<Sprint, 'state' | 'completedAt'>, now: number): number {
  if (sprint.state === 'completed' && sprint.completedAt) return Math.min(now, toMs(sprint.completedAt, 'sprint completedAt') - 1);
  return now;
}

export interface SprintReport {
  burn: SprintBurn;
  flow: FlowDay[];
}

export function sprintReport(workspace: Workspace, sprint: Sprint, history: ReportHistory, now: number): SprintReport {
  const asOf = sprintAsOf(sprint, now);
  const shared = new ItemHistory(history.events);
  const burn = sprintBurn({
    sprint,
    items: history.items,
    events: history.events,
    history: shared,
    workflow: workspace.workflow,
    calendar: workspace,
    asOf,
  });
  const last = dayOf(asOf) < sprint.endDate ? dayOf(asOf) : sprint.endDate;
  const flow =
    last < sprint.startDate
      ? []
      : cumulativeFlow({
          items: history.items,
          events: history.events,
          history: shared,
          workflow: workspace.workflow,
          from: sprint.startDate,
          to: last,
          asOf,
          sprintId: sprint.id,
          calendar: workspace,
        });
  return { burn, flow };
}

export function useSprintReport(workspace: Workspace, sprint: Sprint | undefined, history: ReportHistory | undefined, now: number) {
  return useMemo(() => (sprint && history ? sprintReport(workspace, sprint, history, now) : undefined), [workspace, sprint, history, now]);
}

export function useVelocity(workspace: Workspace, sprints: Sprint[], items: WorkItem[], last: number): SprintVelocity[] {
  return useMemo(() => velocity({ sprints, items, workflow: workspace.workflow, last }), [sprints, items, workspace.workflow, last]);
}

export interface ForecastChoice {
  unit: Unit;
  /** Forecast one parent's open children; undefined: the whole remaining backlog. */
  parentId?: string;
}

export const FORECAST_RUNS = 10_000;

export function forecastFor(workspace: Workspace, history: ReportHistory, choice: ForecastChoice, now: number): BacklogForecast {
  return backlogForecast({
    items: history.items,
    events: history.events,
    workflow: workspace.workflow,
    asOf: now,
    unit: choice.unit,
    parentId: choice.parentId,
    calendar: workspace,
    runs: FORECAST_RUNS,
  });
}

export function useForecast(workspace: Workspace, history: ReportHistory | undefined, unit: Unit, parentId: string | undefined, now: number) {
  return useMemo(
    () => (history ? forecastFor(workspace, history, { unit, parentId }, now) : undefined),
    [workspace, history, unit, parentId, now],
  );
}
