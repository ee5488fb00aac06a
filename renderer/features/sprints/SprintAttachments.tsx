import type { Sprint } from '@shared/domain';
import { Markdown } from '../../kernel/views/Markdown';

const when = (iso: string) => iso.slice(0, 10);

/** What meetings attached to the sprint (a planning-poker summary), each one folded until opened. */
export function SprintAttachments({ sprint }: { sprint: Sprint }) {
  if (!sprint.attachments.length) return null;
  return (
    <section className="panel sp-attachments" aria-labelledby="sprint-attachments-heading">
      <h3 id="sprint-attachments-heading">Attached to this sprint</h3>
      {sprint.attachments.map((attachment) => (
        <details key={attachment.id} className="sp-attachment">
          <summary>
            {attachment.title} <span className="muted">· {when(attachment.createdAt)}</span>
          </summary>
          <Markdown text={attachment.markdown} className="summary-markdown" />
        </details>
      ))}
    </section>
  );
}
