import { create } from 'zustand';

/**
 * Which item's page is open. Any view (backlog, board, stand-up …) can open an item with
 * `openItem(id)` and render `<ItemPage />` once; the page reads the id from here.
 */
export interface ItemPageState {
  openItemId: string | null;
  openItem(id: string): void;
  closeItem(): void;
}

export const useItemPage = create<ItemPageState>()((set) => ({
  openItemId: null,
  openItem: (id) => set({ openItemId: id }),
  closeItem: () => set({ openItemId: null }),
}));

export const openItem = (id: string) => useItemPage.getState().openItem(id);
export const closeItem = () => useItemPage.getState().closeItem();
