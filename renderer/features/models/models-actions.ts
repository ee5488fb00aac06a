import type { ActionDef } from '../../kernel/actions/registry';
import { useAppStore } from '../../kernel/store';
import { useModelsStore, type ModelTab, type ModelsDialog } from './models-slice';

const show = (tab: ModelTab, dialog: ModelsDialog = null) => {
  useAppStore.getState().go('models');
  useModelsStore.setState({ tab, ...(dialog ? { dialog } : {}) });
};
const hasWorkspace = (s: { workspaceId: string | null }) => !!s.workspaceId;

export const modelsActions: ActionDef[] = [
  { id: 'models.register', label: 'Register model version…', group: 'Models', keywords: 'mlflow registry new model add', enabled: hasWorkspace, run: () => show('registry', { kind: 'register-version', modelId: useModelsStore.getState().modelId ?? undefined }) },
  { id: 'datasets.new', label: 'Add dataset version…', group: 'Models', keywords: 'data new create', enabled: hasWorkspace, run: () => show('datasets', { kind: 'dataset' }) },
  { id: 'deployments.new', label: 'Record deployment…', group: 'Models', keywords: 'deploy release endpoint serve', enabled: hasWorkspace, run: () => show('deployments', { kind: 'deployment', modelVersionId: useModelsStore.getState().versionId ?? undefined }) },
  { id: 'models.show-registry', label: 'Show model registry', group: 'Models', keywords: 'models versions stages aliases', enabled: hasWorkspace, run: () => show('registry') },
  { id: 'models.show-pipeline', label: 'Show deployment pipeline', group: 'Models', keywords: 'deployments environments where', enabled: hasWorkspace, run: () => show('deployments') },
  { id: 'models.show-lineage', label: 'Show model lineage', group: 'Models', keywords: 'experiment run provenance graph', enabled: hasWorkspace, run: () => show('lineage') },
  { id: 'models.show-datasets', label: 'Show dataset versions', group: 'Models', keywords: 'data', enabled: hasWorkspace, run: () => show('datasets') },
];
