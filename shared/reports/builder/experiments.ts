import type { Experiment } from '../../domain';
import type { ExperimentView, ReportModel } from '../model';
import { dayOfIso, inPeriod, type ReportContext } from './context';

/** Experiments concluded in the period (validated or refuted) and how many still run. */
export function experimentsSection(ctx: ReportContext): ReportModel['experiments'] {
  // Concluded when its status last became validated/refuted; imported rows without history: when created.
  const concludedOn = (experiment: Experiment): string | null =>
    ctx.lastSetOn('experiments', experiment.id, experiment.status) ?? (ctx.hasStatusHistory('experiments', experiment.id) ? null : dayOfIso(experiment.createdAt));
  const concluded: ExperimentView[] = ctx.input.experiments
    .filter((e) => !e.deleted && (e.status === 'validated' || e.status === 'refuted'))
    .map((e) => {
      const metTarget = e.result === null || e.target === null ? null : e.direction === 'maximize' ? e.result >= e.target : e.result <= e.target;
      return {
        id: e.id, title: e.title, status: e.status as 'validated' | 'refuted', metric: e.metric, direction: e.direction,
        baseline: e.baseline, target: e.target, result: e.result, metTarget, concludedOn: concludedOn(e), conclusion: e.conclusion,
      };
    })
    .filter((e) => inPeriod(ctx, e.concludedOn))
    .sort((a, b) => ((a.concludedOn ?? '') < (b.concludedOn ?? '') ? -1 : 1));
  return { concluded, running: ctx.input.experiments.filter((e) => !e.deleted && e.status === 'running').length };
}
