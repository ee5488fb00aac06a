import type { MlImportResult } from './result';

/** The CLI's JSON document: every run with metric summaries (latest, min, max, steps), no histories. */
export function summaryDocument(result: MlImportResult) {
  return {
    experiments: result.experiments.map((experiment) => ({
      id: experiment.id,
      name: experiment.name,
      tags: experiment.tags,
      runs: experiment.runs.map((run) => ({
        id: run.id,
        name: run.name,
        status: run.status,
        parentRunId: run.parentRunId,
        startTime: run.startTime,
        endTime: run.endTime,
        params: run.params,
        metrics: Object.fromEntries(
          Object.entries(run.metrics).map(([key, m]) => [key, { latest: m.latest, min: m.min, max: m.max, bestStep: m.bestStep, steps: m.steps }]),
        ),
        tags: run.tags,
        ...(run.outputModelIds ? { outputModelIds: run.outputModelIds } : {}),
      })),
      ...(experiment.loggedModels
        ? { loggedModels: experiment.loggedModels.map(({ id, name, runId, status, metrics, params }) => ({ id, name, runId, status, params, metrics })) }
        : {}),
    })),
    models: result.models.map((model) => ({
      name: model.name,
      aliases: model.aliases,
      versions: model.versions.map(({ version, stage, runId, status }) => ({ version, stage, runId, status })),
    })),
    problems: result.problems,
  };
}
