import { create } from 'zustand';

export type MonitoringDialog =
  | null
  | { kind: 'monitor'; id?: string }
  | { kind: 'import-series'; monitorId: string }
  | { kind: 'add-point'; monitorId: string }
  | { kind: 'policy'; modelId: string };

interface MonitoringState {
  /** The monitor whose page is open; null shows the list. */
  monitorId: string | null;
  dialog: MonitoringDialog;
  openMonitor(id: string | null): void;
  open(dialog: MonitoringDialog): void;
  close(): void;
}

/** UI state of the monitors and model-health views. */
export const useMonitoringStore = create<MonitoringState>()((set) => ({
  monitorId: null,
  dialog: null,
  openMonitor: (monitorId) => set({ monitorId }),
  open: (dialog) => set({ dialog }),
  close: () => set({ dialog: null }),
}));
