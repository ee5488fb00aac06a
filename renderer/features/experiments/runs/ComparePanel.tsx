import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { MetricSeries, Run } from '@shared/domain';
import { importRowId } from '@shared/import/ml';
import { compareSelectionProblem, defaultMetric, guessDirection, type Direction } from '@shared/ml';
import { session } from '../../../data/session';
import { RunComparison } from './RunComparison';
import { useRunsUi } from './runs-slice';

/** Loads the chosen metric's histories of the compared runs (only those) and shows the comparison. */
export function ComparePanel({ runs }: { runs: Run[] }) {
  const compare = useRunsUi((s) => s.compare);
  const chosen = useRunsUi((s) => s.metric);
  const setMetric = useRunsUi((s) => s.setMetric);
  const metrics = useMemo(() => [...new Set(runs.flatMap((run) => Object.keys(run.metrics)))].sort(), [runs]);
  const ids = runs.map((run) => run.id);
  // The hypothesis the runs test names the metric it is judged by: compare by that when all share one.
  const experimentIds = [...new Set(runs.map((run) => run.experimentId))];
  const target = useLiveQuery(async () => {
    if (experimentIds.length !== 1 || !experimentIds[0]) return null;
    const experiment = await session().db.entity('experiments').get(experimentIds[0]);
    return experiment && !experiment.deleted && experiment.metric ? { metric: experiment.metric, direction: experiment.direction } : null;
  }, [experimentIds.join(',')]);
  const metric = chosen && metrics.includes(chosen) ? chosen : defaultMetric(runs, target?.metric);
  const [directionFor, setDirectionFor] = useState<Record<string, Direction>>({});
  const targetDirection = target && target.metric === metric ? target.direction : null;
  const direction = metric ? (directionFor[metric] ?? targetDirection ?? guessDirection(metric)) : 'maximize';
  const histories = useLiveQuery(
    async () => {
      if (!metric || ids.length === 0) return new Map<string, MetricSeries>();
      const table = session().db.entity('metricSeries');
      // Imported histories have ids derived from the run's source id: read just the chosen metric's rows.
      const imported = runs.filter((run) => run.sourceRef);
      const derived = imported.map((run) => importRowId('metricSeries', run.workspaceId, `${run.sourceRef}#${metric}`));
      const direct = (await table.bulkGet(derived)).filter(
        (row): row is NonNullable<typeof row> => !!row && !row.deleted && row.key === metric,
      );
      // Runs entered by hand (no source id) are looked up by run id.
      const rest = runs.filter((run) => !run.sourceRef).map((run) => run.id);
      const others = rest.length
        ? await table.where('runId').anyOf(rest).filter((row) => row.key === metric && !row.deleted).toArray()
        : [];
      return new Map([...direct, ...others].map((row) => [row.runId, row]));
    },
    [ids.join(','), metric],
  );
  const problem = compareSelectionProblem(runs.length);

  return (
    <div className="view view-wide">
      <header className="view-header row-header">
        <div>
          <h1>Compare runs</h1>
          <p className="muted">{runs.length} runs side by side</p>
        </div>
        <button type="button" className="button" onClick={() => compare(null)}>
          ← Back to runs
        </button>
      </header>
      {problem ? (
        <p className="warning">{problem}</p>
      ) : (
        <RunComparison
          runs={runs}
          histories={histories ?? new Map()}
          metric={metric}
          direction={direction}
          metrics={metrics}
          onMetric={setMetric}
          onDirection={(d) => metric && setDirectionFor((all) => ({ ...all, [metric]: d }))}
        />
      )}
    </div>
  );
}
