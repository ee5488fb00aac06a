import { toast } from '../../kernel/feedback/toast';
import type { Member } from '@shared/domain';
import { retroSummaryMarkdown } from '@shared/retro';
import { loadRows } from '../../data/live-rows';
import { getPlatform, isDesktop } from '../../platform';
import type { RetroBoard } from './retro-commands';

export async function summaryOf(board: RetroBoard, members: readonly Member[]): Promise<string> {
  const items = await loadRows('items', board.workspace.id);
  return retroSummaryMarkdown({ ...board, items, members });
}

const fileBase = (title: string) => title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase() || 'retro';

/** The summary as a Markdown file; anonymous retros name no authors (the domain never stored them). */
export async function exportMarkdown(board: RetroBoard, members: readonly Member[]): Promise<void> {
  const content = await summaryOf(board, members);
  await getPlatform().saveFile({ suggestedName: `${fileBase(board.retro.title)}-summary.md`, content, filters: [{ name: 'Markdown', extensions: ['md'] }] });
}

/**
 * The print layout: in the desktop app the summary's HTML becomes a PDF saved where the user
 * chooses (printToPdf); in the browser the print dialog opens on the summary alone (CSS hides
 * everything else while `retro-printing` is set), where "Save as PDF" is one click.
 */
export async function printSummary(summaryElement: HTMLElement | null, title: string): Promise<void> {
  if (isDesktop() && summaryElement) {
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font:12pt/1.5 system-ui,sans-serif;margin:2cm;color:#111}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px}</style>
</head><body>${summaryElement.innerHTML}</body></html>`;
    const saved = await getPlatform().printToPdf({ html, pageSize: 'A4', suggestedName: `${fileBase(title)}-summary.pdf` });
    if (saved.path) toast(`Saved ${saved.path}`, 'success');
    return;
  }
  document.body.classList.add('retro-printing');
  try {
    window.print();
  } finally {
    document.body.classList.remove('retro-printing');
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
