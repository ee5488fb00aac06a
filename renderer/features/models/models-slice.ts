import { create } from 'zustand';

export const modelTabs = ['registry', 'deployments', 'lineage', 'datasets'] as const;
export type ModelTab = (typeof modelTabs)[number];

interface ModelsState {
  tab: ModelTab;
  modelId: string | null;
  versionId: string | null;
  /** Who stage changes are recorded as ("you are"); null = the workspace's first member. */
  actorId: string | null;
  /** Lineage focus: a model id, or null for every model. */
  lineageModelId: string | null;
  setTab(tab: ModelTab): void;
  selectModel(id: string | null): void;
  selectVersion(modelId: string, versionId: string | null): void;
  setActor(id: string | null): void;
  setLineageModel(id: string | null): void;
}

/** UI state of the models area (tabs, selection); the rows live in the data layer, dialogs on the kernel's stack. */
export const useModelsStore = create<ModelsState>()((set) => ({
  tab: 'registry',
  modelId: null,
  versionId: null,
  actorId: null,
  lineageModelId: null,
  setTab: (tab) => set({ tab }),
  selectModel: (modelId) => set({ modelId, versionId: null }),
  selectVersion: (modelId, versionId) => set({ modelId, versionId }),
  setActor: (actorId) => set({ actorId }),
  setLineageModel: (lineageModelId) => set({ lineageModelId }),
}));
