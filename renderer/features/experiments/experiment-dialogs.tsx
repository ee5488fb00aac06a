import { defineDialog, type DialogProps } from '../../kernel/dialogs/dialog-stack';
import { useExperimentData } from './experiment-data';
import { ExperimentDialog } from './ExperimentDialog';
import { LinkExperimentRunsDialog } from './LinkExperimentRunsDialog';
import { WinnerDialog } from './WinnerDialog';

// The experiment dialogs on the kernel's stack: opened with an id, each reads the live rows, so
// it shows the card as it is now, and none is mounted by a view.

/** Create a hypothesis card, or edit the one whose id it is opened with. */
export const experimentDialog = defineDialog<{ experimentId?: string }>('experiment', ({ experimentId, onClose }: { experimentId?: string } & DialogProps) => {
  const data = useExperimentData();
  const experiment = experimentId ? data?.experiments.find((e) => e.id === experimentId) : undefined;
  if (!data || (experimentId && !experiment)) return null;
  const item = experiment?.workItemId ? data.items.get(experiment.workItemId) : undefined;
  return <ExperimentDialog {...data} experiment={experiment ?? null} item={item} onClose={onClose} />;
});

/** Choose the winning run of a card. */
export const winnerDialog = defineDialog<{ experimentId: string }>('experiment-winner', ({ experimentId, onClose }: { experimentId: string } & DialogProps) => {
  const data = useExperimentData();
  const experiment = data?.experiments.find((e) => e.id === experimentId);
  if (!data || !experiment) return null;
  return <WinnerDialog workspace={data.workspace} experiment={experiment} runs={data.runsByExperiment.get(experiment.id) ?? []} onClose={onClose} />;
});

/** Take over another experiment's runs as evidence of a card. */
export const linkExperimentRunsDialog = defineDialog<{ experimentId: string }>('experiment-link-runs', ({ experimentId, onClose }: { experimentId: string } & DialogProps) => {
  const data = useExperimentData();
  const target = data?.experiments.find((e) => e.id === experimentId);
  if (!data || !target) return null;
  return <LinkExperimentRunsDialog workspaceId={data.workspace.id} target={target} experiments={data.experiments} runs={data.runs} onClose={onClose} />;
});
