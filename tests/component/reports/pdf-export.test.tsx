import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SprintlabBridge } from '@shared/ipc';
import { useAppStore } from '../../../renderer/kernel/store';
import { printReport } from '../../../renderer/features/reports/report-commands';
import { printSummary } from '../../../renderer/features/retro/retro-export';
import { sprint2Report } from '../../unit/reports/fixture-model';

// In the desktop app the PDF is rendered and saved by the main process; the page must not try
// window.open(blob:), which the shell's own window-open guard denies (the PDF never appeared).
function desktopWith(printToPdf: SprintlabBridge['printToPdf']) {
  (window as { sprintlab?: Partial<SprintlabBridge> }).sprintlab = { printToPdf };
  return vi.spyOn(window, 'open').mockImplementation(() => null);
}

afterEach(() => {
  delete (window as { sprintlab?: unknown }).sprintlab;
  vi.restoreAllMocks();
});

describe('PDF export in the desktop app', () => {
  it('hands a status report to the main process with a .pdf name and opens no window', async () => {
    const printToPdf = vi.fn(async () => ({ saved: true, path: '/home/ana/sprint-2.pdf' }));
    const open = desktopWith(printToPdf);
    const model = sprint2Report();
    await printReport(model, 'Letter');
    expect(printToPdf).toHaveBeenCalledWith({ html: expect.stringContaining('<!doctype html>'), pageSize: 'Letter', suggestedName: expect.stringMatching(/^[a-z0-9-]+\.pdf$/) });
    expect(open).not.toHaveBeenCalled();
    expect(useAppStore.getState().toasts.at(-1)?.message).toBe('Saved /home/ana/sprint-2.pdf');
  });

  it('does the same for a retro summary', async () => {
    const printToPdf = vi.fn(async () => ({ saved: false }));
    const open = desktopWith(printToPdf);
    const summary = document.createElement('div');
    summary.innerHTML = '<h2>What went well</h2><p>Shipped the ranker</p>';
    await printSummary(summary, 'Sprint 4 retro');
    expect(printToPdf).toHaveBeenCalledWith({ html: expect.stringContaining('Shipped the ranker'), pageSize: 'A4', suggestedName: 'sprint-4-retro-summary.pdf' });
    expect(open).not.toHaveBeenCalled();
  });
});
