import { create } from 'zustand';
import { noFilters, type BoardFilters, type BoardScope, type Swimlane } from './board-model';

/** Board UI state: grouping, quick filters, the card being moved or shown. */
export interface BoardState {
  swimlane: Swimlane;
  scope: BoardScope;
  filters: BoardFilters;
  /** Card whose "Move to…" dialog is open. */
  moveFor: string | null;
  /** Card to focus after a keyboard move re-mounted it in another column. */
  focusId: string | null;
  /** The cell under the pointer during a drag, highlighted as the drop target. */
  dragOverCell: string | null;
  /** Where the dragged card would land: a line before or after this card. */
  dropHint: { id: string; edge: 'before' | 'after' } | null;
  setDragOverCell(id: string | null): void;
  setDropHint(hint: { id: string; edge: 'before' | 'after' } | null): void;
  setSwimlane(swimlane: Swimlane): void;
  setScope(scope: BoardScope): void;
  setFilters(patch: Partial<BoardFilters>): void;
  toggleAssignee(id: string): void;
  clearFilters(): void;
  setMoveFor(id: string | null): void;
  setFocusId(id: string | null): void;
}

export const useBoardStore = create<BoardState>()((set) => ({
  swimlane: 'none',
  scope: 'sprint',
  filters: noFilters,
  moveFor: null,
  focusId: null,
  dragOverCell: null,
  setDragOverCell: (dragOverCell) => set((s) => (s.dragOverCell === dragOverCell ? s : { dragOverCell })),
  dropHint: null,
  setDropHint: (hint) =>
    set((s) => (s.dropHint?.id === hint?.id && s.dropHint?.edge === hint?.edge ? s : { dropHint: hint })),
  setSwimlane: (swimlane) => set({ swimlane }),
  setScope: (scope) => set({ scope }),
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  toggleAssignee: (id) =>
    set((s) => ({
      filters: { ...s.filters, assignees: s.filters.assignees.includes(id) ? s.filters.assignees.filter((a) => a !== id) : [...s.filters.assignees, id] },
    })),
  clearFilters: () => set({ filters: noFilters }),
  setMoveFor: (moveFor) => set({ moveFor }),
  setFocusId: (focusId) => set({ focusId }),
}));
