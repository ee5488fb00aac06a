import { useEffect, useMemo, useRef, useState } from 'react';
import { dayOf, roadmapPlan, withForecasts, ROADMAP_RUNS, type EpicForecast, type RoadmapPlan, type RoadmapRow } from '@shared/agile';
import type { WorkItem, Workspace } from '@shared/domain';
import { useRows } from '../../data/live-rows';
import { reportError } from '../../kernel/feedback/toast';
import { roadmapForecaster, type Forecaster } from './roadmap-forecast-client';

export interface RoadmapData {
  today: string;
  rows: RoadmapRow[];
  items: ReadonlyMap<string, WorkItem>;
  /** The simulation is running for the current rows (bands shown may be the previous ones). */
  forecasting: boolean;
  /** Weeks of completed-work history the forecasts rest on. */
  historyWeeks: number;
}

/** Seeded, so the same data draws the same bands on every screen and in the report. */
const SEED = 7;

/**
 * The roadmap's rows from the live rows (painted at once), then their forecasts from the worker.
 * Until a new forecast arrives the previous one stays on the bars, so an edit never blanks them.
 */
type PlanKey = readonly unknown[];
// Reopening the roadmap on unchanged rows reuses the plan and the bands last drawn for it, so
// switching back to it paints at once; any change to the rows makes new ones.
let lastPlan: { key: PlanKey; plan: RoadmapPlan } | null = null;
let lastForecast: { simulation: object; map: Map<string, EpicForecast> } | null = null;
const sameKey = (a: PlanKey, b: PlanKey) => a.length === b.length && a.every((v, i) => v === b[i]);

function cachedPlan(key: PlanKey, build: () => RoadmapPlan): RoadmapPlan {
  if (!lastPlan || !sameKey(lastPlan.key, key)) lastPlan = { key, plan: build() };
  return lastPlan.plan;
}

export function useRoadmap(workspace: Workspace): RoadmapData | undefined {
  const items = useRows('items', workspace.id);
  const experiments = useRows('experiments', workspace.id);
  const risks = useRows('risks', workspace.id);
  const today = dayOf(Date.now());
  const plan = useMemo(
    () =>
      items && experiments && risks
        ? cachedPlan([items, experiments, risks, workspace.workflow, workspace.key, today], () =>
            roadmapPlan({ items, workflow: workspace.workflow, workspaceKey: workspace.key, experiments, risks, asOf: Date.now() }),
          )
        : undefined,
    [items, experiments, risks, workspace.workflow, workspace.key, today],
  );
  const simulation = plan?.simulation;
  const [forecasts, setForecasts] = useState<{ simulation: object; map: Map<string, EpicForecast> } | null>(lastForecast);
  const forecaster = useRef<Forecaster | null>(null);
  const calendar = useMemo(() => ({ workingDays: workspace.workingDays, holidays: workspace.holidays }), [workspace.workingDays, workspace.holidays]);
  useEffect(() => {
    if (!simulation || lastForecast?.simulation === simulation) return;
    let live = true;
    forecaster.current ??= roadmapForecaster();
    forecaster.current({ ...simulation, runs: ROADMAP_RUNS, seed: SEED, calendar })
      .then((map) => {
        lastForecast = { simulation, map };
        if (live) setForecasts(lastForecast);
      })
      .catch((error) => live && reportError(error, 'Roadmap forecast'));
    return () => {
      live = false;
    };
  }, [simulation, calendar]);
  const itemMap = useMemo(() => new Map((items ?? []).map((item) => [item.id, item])), [items]);
  return useMemo(() => {
    if (!plan) return undefined;
    return {
      today,
      rows: forecasts ? withForecasts(plan.rows, forecasts.map) : plan.rows,
      items: itemMap,
      forecasting: forecasts?.simulation !== simulation,
      historyWeeks: plan.simulation.history.items.length,
    };
  }, [plan, forecasts, itemMap, today, simulation]);
}
