import { createElement, Fragment } from 'react';
import { createRoot } from 'react-dom/client';
import { applyOps } from '../../renderer/data/apply-ops';
import { SprintlabDb } from '../../renderer/data/db';
import { resetLiveRows } from '../../renderer/data/live-rows';
import { closeSession, openSession } from '../../renderer/data/session';
import { useAppStore } from '../../renderer/kernel/store';
import { registerActions, runAction } from '../../renderer/kernel/actions/registry';
import { DialogHost } from '../../renderer/kernel/dialogs/DialogHost';
import { BacklogView } from '../../renderer/features/backlog/BacklogView';
import { useBacklog } from '../../renderer/features/backlog/backlog-slice';
import { emptyFilters } from '../../renderer/features/backlog/backlog-model';
import { importActions } from '../../renderer/features/import/import-actions';
import { closeAgileImport, useAgileImport } from '../../renderer/features/import/agile-import-slice';
import { generateJiraCsv } from '../lib/jira-csv';
import { summarise, type Figure } from '../lib/summarise';
import { chooseFile, paintedAt, untilFrame } from './paint';
import { workspaceOps } from './workloads';
import '../../renderer/app/styles.css';

const WS = 'benchjira';

registerActions(importActions);

/** The browser platform's file picker is an <input type=file> added to the page: choose `file` in it, as the user does. */
function answerPicker(file: File): () => void {
  const observer = new MutationObserver((records) => {
    for (const node of records.flatMap((r) => [...r.addedNodes])) {
      // At once (a microtask after click()): headless Chromium may cancel an unanswered chooser a task later.
      if (node instanceof HTMLInputElement && node.type === 'file') chooseFile(node, file);
    }
  });
  observer.observe(document.body, { childList: true });
  return () => observer.disconnect();
}

/**
 * "jira import N end-to-end": an empty workspace on disk with the backlog open; from the file
 * chosen in the picker (the "Import from Jira or Linear CSV…" action) through the preview dialog,
 * the click on Import (plan committed into IndexedDB), to the backlog painted with the imported
 * items. The preview step is also reported apart.
 */
export async function jiraImportBench(rows = 5000): Promise<Figure[]> {
  const file = new File([generateJiraCsv(rows)], 'jira-export.csv', { type: 'text/csv' });
  const totals: number[] = [];
  const previews: number[] = [];
  let created = 0;
  for (let run = 0; run < 6; run++) {
    const db = new SprintlabDb('bench-jira');
    await db.delete();
    await db.open();
    await applyOps(db, workspaceOps(WS, 0));
    closeSession();
    resetLiveRows();
    await openSession(db);
    useAppStore.setState({ workspaceId: WS, view: 'backlog' });
    useBacklog.setState({ filters: emptyFilters, selected: new Set(), focusedId: null });
    const host = document.createElement('div');
    host.style.cssText = 'width:1300px;height:900px;overflow:hidden';
    document.body.append(host);
    const root = createRoot(host);
    root.render(createElement(Fragment, null, createElement(BacklogView), createElement(DialogHost)));
    await untilFrame(() => !!host.querySelector('h1'), 'the empty backlog');
    await paintedAt();
    const stop = answerPicker(file);
    const start = performance.now();
    void runAction('import.agile');
    const importButton = () => [...document.querySelectorAll<HTMLButtonElement>('dialog button.primary')].find((b) => b.textContent?.trim().startsWith('Import') && !b.disabled);
    await untilFrame(() => !!importButton(), 'the import preview');
    const previewed = await paintedAt();
    stop();
    importButton()!.click();
    await untilFrame(() => useAgileImport.getState().stage === 'done' && host.querySelectorAll('[data-row-id]').length > 0, 'the imported backlog');
    const end = await paintedAt();
    const state = useAgileImport.getState();
    if (state.stage === 'done') created = state.outcome.created;
    if (created < rows * 0.9) throw new Error(`the import created ${created} of ${rows} items`);
    closeAgileImport();
    await paintedAt();
    root.unmount();
    host.remove();
    closeSession();
    await db.delete();
    // The first run warms the JIT.
    if (run > 0) {
      totals.push(end - start);
      previews.push(previewed - start);
    }
  }
  return [
    summarise(`jira import ${rows} end-to-end (file chosen, preview, import committed to IndexedDB, backlog painted)`, rows, totals, {
      budget_ms: 2000, file_chosen_to_preview_painted_median_ms: summarise('', rows, previews).median_ms, items_created: created, bytes: file.size,
    }),
  ];
}
