import { create } from 'zustand';
import type { RoadmapScale } from './roadmap-timeline';

export type RoadmapGrouping = 'owner' | 'label';

/** UI state of the roadmap: the time scale and how rows are grouped. */
export interface RoadmapUiState {
  scale: RoadmapScale;
  groupBy: RoadmapGrouping;
  setScale(scale: RoadmapScale): void;
  setGroupBy(groupBy: RoadmapGrouping): void;
}

export const useRoadmapStore = create<RoadmapUiState>()((set) => ({
  scale: 'month',
  groupBy: 'owner',
  setScale: (scale) => set({ scale }),
  setGroupBy: (groupBy) => set({ groupBy }),
}));
