import type { ReactNode } from 'react';
import './view-header.css';

interface Props {
  title: string;
  /** The line under the title: what the view holds, or which sprint/run set it shows. */
  summary: ReactNode;
  /** The view's main actions (ActionButtons) or pickers, at the header's right; wraps under on narrow windows. */
  children?: ReactNode;
  /** Line the actions up with the summary's baseline instead of the title (a picker with its own label). */
  alignEnd?: boolean;
}

/** A view's title, summary and main actions: one header for the views that have actions beside the title. */
export function ViewHeader({ title, summary, children, alignEnd }: Props) {
  return (
    <header className={alignEnd ? 'view-header view-header-row view-header-end' : 'view-header view-header-row'}>
      <div>
        <h1>{title}</h1>
        <p className="muted">{summary}</p>
      </div>
      {children && <div className="button-row">{children}</div>}
    </header>
  );
}
