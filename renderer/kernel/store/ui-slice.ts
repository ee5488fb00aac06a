import type { StateCreator } from 'zustand';
import type { ActionId } from '../actions/action-ids';

export type ThemeChoice = 'light' | 'dark' | 'system';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error' | 'success';
  action?: { label: string; actionId: ActionId };
}

export interface UiSlice {
  theme: ThemeChoice;
  toasts: Toast[];
  setTheme(theme: ThemeChoice): void;
  toast(message: string, tone?: Toast['tone'], action?: Toast['action']): void;
  dismissToast(id: number): void;
}

let toastSeq = 0;
const THEME_KEY = 'sprintlab.theme';

function storedTheme(): ThemeChoice {
  const value = typeof localStorage === 'undefined' ? null : localStorage.getItem(THEME_KEY);
  return value === 'light' || value === 'dark' ? value : 'system';
}

export const createUiSlice: StateCreator<UiSlice, [], [], UiSlice> = (set) => ({
  theme: storedTheme(),
  toasts: [],
  setTheme: (theme) => {
    localStorage.setItem(THEME_KEY, theme);
    set({ theme });
  },
  toast: (message, tone = 'info', action) =>
    // The same message twice at once (a failure reported by the write path and by the action that hit it) shows once.
    set((s) => (s.toasts.some((t) => t.message === message) ? s : { toasts: [...s.toasts.slice(-3), { id: ++toastSeq, message, tone, action }] })),
  dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
});
