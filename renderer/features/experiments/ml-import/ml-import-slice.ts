import { create } from 'zustand';
import type { ImportPreview } from './ml-import-commands';

/** Where the ML import flow is: choosing, reading, previewing, or showing why it failed. */
export type ImportStep =
  | { kind: 'closed' }
  /** W&B has two sources; the step carries what each button reads, so the dialog needs no import of the flow. */
  | { kind: 'wandb-choice'; chooseFolder(): void; chooseCsv(): void }
  | { kind: 'server' }
  | { kind: 'reading'; from: string }
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'done'; preview: ImportPreview }
  | { kind: 'failed'; from: string; message: string };

interface MlImportState {
  step: ImportStep;
  setStep(step: ImportStep): void;
  close(): void;
}

export const useMlImport = create<MlImportState>()((set) => ({
  step: { kind: 'closed' },
  setStep: (step) => set({ step }),
  close: () => set({ step: { kind: 'closed' } }),
}));
