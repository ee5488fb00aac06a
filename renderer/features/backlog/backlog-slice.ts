import { create } from 'zustand';
import { DONE, emptyFilters, type BacklogFilters, type GroupId } from './backlog-model';

/** Backlog UI state: filters, selection, keyboard focus, collapsed groups, open dialogs. */
export interface BacklogState {
  filters: BacklogFilters;
  selected: ReadonlySet<string>;
  /** Where a Shift-click range starts. */
  anchorId: string | null;
  focusedId: string | null;
  collapsed: Record<GroupId, boolean>;
  quickCreate: boolean;
  /** Items the "Move to…" dialog is moving, or null when it is closed. */
  moving: string[] | null;
  setFilter<K extends keyof BacklogFilters>(key: K, value: BacklogFilters[K]): void;
  clearFilters(): void;
  select(ids: Iterable<string>, anchorId?: string | null): void;
  toggle(id: string): void;
  clearSelection(): void;
  focus(id: string | null): void;
  toggleGroup(id: GroupId): void;
  setQuickCreate(open: boolean): void;
  openMove(ids: string[] | null): void;
}

export const useBacklog = create<BacklogState>()((set) => ({
  filters: emptyFilters,
  selected: new Set(),
  anchorId: null,
  focusedId: null,
  collapsed: { [DONE]: true },
  quickCreate: false,
  moving: null,
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
  clearFilters: () => set({ filters: emptyFilters }),
  select: (ids, anchorId) => set((s) => ({ selected: new Set(ids), anchorId: anchorId === undefined ? s.anchorId : anchorId })),
  toggle: (id) =>
    set((s) => {
      const selected = new Set(s.selected);
      if (selected.has(id)) selected.delete(id);
      else selected.add(id);
      return { selected, anchorId: id };
    }),
  clearSelection: () => set({ selected: new Set(), anchorId: null }),
  focus: (id) => set({ focusedId: id }),
  toggleGroup: (id) => set((s) => ({ collapsed: { ...s.collapsed, [id]: !s.collapsed[id] } })),
  setQuickCreate: (quickCreate) => set({ quickCreate }),
  openMove: (moving) => set({ moving }),
}));

/** The items an action applies to: the selection, or else the focused row. */
export function targetIds(): string[] {
  const { selected, focusedId } = useBacklog.getState();
  if (selected.size) return [...selected];
  return focusedId ? [focusedId] : [];
}
