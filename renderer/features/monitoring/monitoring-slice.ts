import { create } from 'zustand';

interface MonitoringState {
  /** The monitor whose page is open; null shows the list. */
  monitorId: string | null;
  openMonitor(id: string | null): void;
}

/** UI state of the monitors view; its dialogs are on the kernel's dialog stack. */
export const useMonitoringStore = create<MonitoringState>()((set) => ({
  monitorId: null,
  openMonitor: (monitorId) => set({ monitorId }),
}));
