import { useEffect, useState } from 'react';
import { Markdown } from '../../kernel/views/Markdown';
import { ActionButton } from '../../kernel/actions/ActionButton';
import { reportError } from '../../kernel/feedback/toast';
import { summaryMarkdown } from './poker-commands';
import type { PokerBoard } from './poker-queries';

/** The finished session: items, estimates, rounds and time, as it will be exported and attached. */
export function PokerSummaryPanel({ board }: { board: PokerBoard }) {
  const [markdown, setMarkdown] = useState('');
  useEffect(() => {
    summaryMarkdown(board).then(setMarkdown, reportError);
  }, [board]);
  const attached = board.session.sprintId !== null;
  return (
    <section className="poker-summary" aria-label="Session summary">
      <div className="button-row">
        <ActionButton id="poker.export-markdown" className="button primary">Export Markdown</ActionButton>
        {attached && <ActionButton id="poker.attach" className="button">Attach to the sprint</ActionButton>}
      </div>
      <article className="panel">
        {/* No raw HTML: titles are synced, untrusted text. */}
        <Markdown text={markdown} className="summary-markdown" />
      </article>
    </section>
  );
}
