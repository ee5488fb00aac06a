import { useRef } from 'react';
import { Markdown } from '../../kernel/views/Markdown';
import { retroSummaryMarkdown } from '@shared/retro';
import { useRows } from '../../data/live-rows';
import { exportMarkdown, printSummary } from './retro-export';
import type { PhaseProps } from './phase-props';
import { reportError } from '../../kernel/feedback/toast';

/** Close: the summary (anonymous retros name no authors), Markdown export and the print layout. */
export function ClosePhase({ board, members }: PhaseProps) {
  const items = useRows('items', board.workspace.id);
  const summary = retroSummaryMarkdown({ ...board, items: items ?? [], members });
  const ref = useRef<HTMLDivElement>(null);
  return (
    <div className="retro-close">
      <div className="button-row retro-no-print">
        <button type="button" className="button primary" onClick={() => exportMarkdown(board, members).catch(reportError)}>Export Markdown</button>
        <button type="button" className="button" onClick={() => printSummary(ref.current, board.retro.title).catch(reportError)}>Print / PDF</button>
      </div>
      <article ref={ref} className="panel retro-summary retro-print-area" aria-label="Retro summary">
        {/* react-markdown renders no raw HTML (card text is untrusted); GFM draws the action table as a table. */}
        <Markdown text={summary} className="summary-markdown" />
      </article>
    </div>
  );
}
