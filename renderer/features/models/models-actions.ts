import type { ActionDef } from '../../kernel/actions/registry';
import { useAppStore } from '../../kernel/store';
import { pushDialog } from '../../kernel/dialogs/dialog-stack';
import { useModelsStore, type ModelTab } from './models-slice';
import { registerVersionDialog } from './RegisterVersionDialog';
import { datasetDialog } from './datasets/DatasetDialog';
import { deploymentDialog } from './deployments/DeploymentDialog';

const show = (tab: ModelTab) => {
  useAppStore.getState().go('models');
  useModelsStore.setState({ tab });
};
// Enabled only with a workspace open, so the id is there when an action runs.
const workspaceId = () => useAppStore.getState().workspaceId!;
const hasWorkspace = (s: { workspaceId: string | null }) => !!s.workspaceId;

export const modelsActions: ActionDef[] = [
  { id: 'models.register', label: 'Register model version…', group: 'Models', keywords: 'mlflow registry new model add', enabled: hasWorkspace, run: () => {
      show('registry');
      pushDialog(registerVersionDialog, { workspaceId: workspaceId(), modelId: useModelsStore.getState().modelId ?? undefined });
    } },
  { id: 'datasets.new', label: 'Add dataset version…', group: 'Models', keywords: 'data new create', enabled: hasWorkspace, run: () => {
      show('datasets');
      pushDialog(datasetDialog, { workspaceId: workspaceId() });
    } },
  { id: 'deployments.new', label: 'Record deployment…', group: 'Models', keywords: 'deploy release endpoint serve', enabled: hasWorkspace, run: () => {
      show('deployments');
      pushDialog(deploymentDialog, { workspaceId: workspaceId(), modelVersionId: useModelsStore.getState().versionId ?? undefined });
    } },
  { id: 'models.show-registry', label: 'Show model registry', group: 'Models', keywords: 'models versions stages aliases', enabled: hasWorkspace, run: () => show('registry') },
  { id: 'models.show-pipeline', label: 'Show deployment pipeline', group: 'Models', keywords: 'deployments environments where', enabled: hasWorkspace, run: () => show('deployments') },
  { id: 'models.show-lineage', label: 'Show model lineage', group: 'Models', keywords: 'experiment run provenance graph', enabled: hasWorkspace, run: () => show('lineage') },
  { id: 'models.show-datasets', label: 'Show dataset versions', group: 'Models', keywords: 'data', enabled: hasWorkspace, run: () => show('datasets') },
];
