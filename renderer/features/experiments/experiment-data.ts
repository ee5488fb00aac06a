import { useMemo } from 'react';
import type { DatasetVersion, Experiment, Member, Run, WorkItem, Workspace } from '@shared/domain';
import { useRows } from '../../data/live-rows';
import { useItemMap } from '../../entities/items/item-queries';
import { useCurrentWorkspace, useMembers } from '../../entities/workspaces/queries';

/** What the experiments view and its dialogs draw from: the open workspace's live rows. */
export interface ExperimentData {
  workspace: Workspace;
  experiments: Experiment[];
  runs: Run[];
  runsByExperiment: Map<string, Run[]>;
  datasets: DatasetVersion[];
  items: Map<string, WorkItem>;
  members: Member[];
}

/** The experiment data, or null while a workspace or its rows are loading. */
export function useExperimentData(): ExperimentData | null {
  const workspace = useCurrentWorkspace();
  const workspaceId = workspace?.id ?? null;
  const experiments = useRows('experiments', workspaceId);
  const runs = useRows('runs', workspaceId);
  const datasets = useRows('datasets', workspaceId);
  const items = useItemMap(workspaceId);
  const members = useMembers(workspaceId);
  const runsByExperiment = useMemo(() => {
    const map = new Map<string, Run[]>();
    for (const run of runs ?? []) if (run.experimentId) map.set(run.experimentId, [...(map.get(run.experimentId) ?? []), run]);
    return map;
  }, [runs]);
  return useMemo(
    () => (workspace && experiments && runs ? { workspace, experiments, runs, runsByExperiment, datasets: datasets ?? [], items, members } : null),
    [workspace, experiments, runs, runsByExperiment, datasets, items, members],
  );
}
