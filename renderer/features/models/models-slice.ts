import { create } from 'zustand';

export const modelTabs = ['registry', 'deployments', 'lineage', 'datasets'] as const;
export type ModelTab = (typeof modelTabs)[number];

export type ModelsDialog =
  | null
  | { kind: 'register-version'; modelId?: string; runId?: string }
  | { kind: 'dataset'; id?: string }
  | { kind: 'deployment'; id?: string; modelVersionId?: string };

interface ModelsState {
  tab: ModelTab;
  modelId: string | null;
  versionId: string | null;
  /** Who stage changes are recorded as ("you are"); null = the workspace's first member. */
  actorId: string | null;
  /** Lineage focus: a model id, or null for every model. */
  lineageModelId: string | null;
  dialog: ModelsDialog;
  setTab(tab: ModelTab): void;
  selectModel(id: string | null): void;
  selectVersion(modelId: string, versionId: string | null): void;
  setActor(id: string | null): void;
  setLineageModel(id: string | null): void;
  open(dialog: ModelsDialog): void;
  close(): void;
}

/** UI state of the models area (tabs, selection, dialogs); the rows live in the data layer. */
export const useModelsStore = create<ModelsState>()((set) => ({
  tab: 'registry',
  modelId: null,
  versionId: null,
  actorId: null,
  lineageModelId: null,
  dialog: null,
  setTab: (tab) => set({ tab }),
  selectModel: (modelId) => set({ modelId, versionId: null }),
  selectVersion: (modelId, versionId) => set({ modelId, versionId }),
  setActor: (actorId) => set({ actorId }),
  setLineageModel: (lineageModelId) => set({ lineageModelId }),
  open: (dialog) => set({ dialog }),
  close: () => set({ dialog: null }),
}));
