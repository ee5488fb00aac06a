import type { ActionDef } from '../../../kernel/actions/registry';
import { useAppStore } from '../../../kernel/store';
import { getPlatform } from '../../../platform';
import type { ImportPreview } from './ml-import-commands';
import { useMlImport } from './ml-import-slice';
import { showMlImport } from './ml-import-flow';

/** The readers (YAML, CSV, the MLflow and W&B layouts) load when an import starts, not with the app. */
const commands = () => import('./ml-import-commands');

const app = () => useAppStore.getState();
const flow = () => useMlImport.getState();

/** What an import brings in is seen in Runs (or on the Experiments cards): go there unless already on one. */
function showImportHost() {
  if (app().view !== 'runs' && app().view !== 'experiments') app().go('runs');
}

/** Read something, then show its preview (or say plainly why it cannot be imported). */
async function readThen(from: string, read: () => Promise<ImportPreview>) {
  showMlImport({ kind: 'reading', from });
  try {
    flow().setStep({ kind: 'preview', preview: await read() });
  } catch (error) {
    flow().setStep({ kind: 'failed', from, message: (await commands()).explainImportError(error, from) });
  }
}

/** Opens the folder picker first, synchronously, so the browser still counts it as the user's click. */
export async function importFolder(kind: 'mlflow' | 'wandb'): Promise<void> {
  const workspaceId = app().workspaceId;
  if (!workspaceId) return;
  showImportHost();
  const folder = await getPlatform().openFolder();
  if (!folder) {
    if (flow().step.kind === 'wandb-choice') flow().close();
    return;
  }
  await readThen(folder.path || 'the folder', async () => {
    const { previewMlflowFolder, previewWandbFolder } = await commands();
    return kind === 'mlflow' ? previewMlflowFolder(folder, workspaceId) : previewWandbFolder(folder, workspaceId);
  });
}

export async function importWandbCsv(): Promise<void> {
  const workspaceId = app().workspaceId;
  if (!workspaceId) return;
  const file = await getPlatform().openFile({ filters: [{ name: 'W&B runs table (CSV)', extensions: ['csv'] }] });
  if (!file) return;
  await readThen(file.name, async () => (await commands()).previewWandbCsv(file, workspaceId));
}

const hasWorkspace = (s: { workspaceId: string | null }) => !!s.workspaceId;

export const mlImportActions: ActionDef[] = [
  {
    id: 'ml.import.mlflow-folder',
    label: 'Import MLflow folder…',
    group: 'Import',
    keywords: 'mlruns tracking experiments runs models file store',
    enabled: hasWorkspace,
    run: () => importFolder('mlflow'),
  },
  {
    id: 'ml.import.wandb',
    label: 'Import W&B runs…',
    group: 'Import',
    keywords: 'weights biases wandb csv export runs',
    enabled: hasWorkspace,
    run: () => {
      showImportHost();
      showMlImport({ kind: 'wandb-choice', chooseFolder: () => void importFolder('wandb'), chooseCsv: () => void importWandbCsv() });
    },
  },
  {
    id: 'ml.import.mlflow-server',
    label: 'Import from MLflow server…',
    group: 'Import',
    keywords: 'tracking server rest api url token',
    enabled: hasWorkspace,
    run: () => {
      showImportHost();
      showMlImport({ kind: 'server' });
    },
  },
];
