/**
 * ImportPreviewDialog: the one dialog shell every importer uses (Jira/Linear CSV, MLflow, W&B …),
 * so all imports look and behave alike: pick a file → preview → import → summary.
 *
 *   <ImportPreviewDialog
 *     title="Import from Jira"          // dialog heading (its accessible name)
 *     open={open}
 *     fileName="export.csv"             // shown under the heading
 *     stage="preview"                   // 'preview' | 'done' | 'refused' (see below)
 *     counts={[{ label: 'to create', value: 12, tone: 'create' }]}
 *     problems={[{ file: 'runs.csv', line: 7, message: 'metric "auc" is not a number' }]}
 *     problemsHeading="2 rows will be skipped"   // optional
 *     error={message}                   // 'refused': why the file was refused; else a failed import
 *     busy={importing}                  // disables the buttons while writing
 *     importLabel="Import 12 items"     // default "Import"
 *     onImport={…} onClose={…} onPickAnother={…}   // onPickAnother optional: "Choose another file…"
 *   >
 *     {body: mapping tables, a sample of rows …}
 *   </ImportPreviewDialog>
 *
 * Stages: 'preview' shows counts, problems, the body, and Cancel / Import; 'done' shows the same
 * parts describing what was written, with one Close button; 'refused' shows only `error`
 * (nothing was written) with Close and, when given, "Choose another file…".
 * Long problem lists show their first 100 entries and a count of the rest, so a 5,000-row file stays fast.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { Modal } from '../dialogs/Modal';
import './import-preview.css';

export interface ImportCount {
  label: string;
  value: number;
  /** Colours a non-zero count: green for creates, accent for updates, amber for skips. */
  tone?: 'create' | 'update' | 'skip' | 'neutral';
}

export interface ImportProblemRow {
  /** Set when an import reads several files. */
  file?: string;
  /** 1-based physical line in the file, or null when the problem has no line. */
  line: number | null;
  message: string;
}

export interface ImportPreviewDialogProps {
  title: string;
  open: boolean;
  fileName?: string;
  stage?: 'preview' | 'done' | 'refused';
  counts?: ImportCount[];
  problems?: ImportProblemRow[];
  problemsHeading?: string;
  error?: string | null;
  busy?: boolean;
  importLabel?: string;
  onImport?: () => void;
  onClose: () => void;
  onPickAnother?: () => void;
  children?: ReactNode;
}

export const PROBLEMS_SHOWN = 100;

export function ImportPreviewDialog({
  title,
  open,
  fileName,
  stage = 'preview',
  counts = [],
  problems = [],
  problemsHeading,
  error,
  busy = false,
  importLabel = 'Import',
  onImport,
  onClose,
  onPickAnother,
  children,
}: ImportPreviewDialogProps) {
  const ref = useRef<HTMLDivElement>(null);
  // The Import button disappears when the import finishes: move focus to Done instead of losing it.
  useEffect(() => {
    if (open && stage !== 'preview') ref.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [open, stage]);
  return (
    <Modal title={title} open={open} onClose={busy ? () => {} : onClose} wide>
      <div className="import-dialog" ref={ref} aria-busy={busy}>
        {fileName && (
          <p className="import-file muted">
            <svg className="import-file-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
              <path d="M4 1.5h5l3.5 3.5v9.5h-8.5z M9 1.5v3.5h3.5" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round" />
            </svg>
            {fileName}
          </p>
        )}
        {stage === 'refused' ? (
          <div className="import-refused" role="alert">
            <p className="import-refused-title">Nothing was imported.</p>
            <p>{error}</p>
          </div>
        ) : (
          <div className="import-body">
            {stage === 'done' && (
              <p className="import-done" role="status">
                <span aria-hidden="true">✓</span> Import finished.
              </p>
            )}
            {counts.length > 0 && (
              <ul className="import-counts" aria-label={stage === 'done' ? 'Result' : 'What the import will do'}>
                {counts.map((c) => (
                  <li key={c.label} className={`import-count tone-${c.value === 0 ? 'neutral' : (c.tone ?? 'neutral')}`}>
                    <span className="import-count-value">{c.value.toLocaleString()}</span>
                    <span className="import-count-label">{c.label}</span>
                  </li>
                ))}
              </ul>
            )}
            {problems.length > 0 && <ProblemList problems={problems} heading={problemsHeading} />}
            {children}
            {error && (
              <p className="error" role="alert">
                {error}
              </p>
            )}
          </div>
        )}
        <footer className="modal-footer import-footer">
          {stage === 'preview' ? (
            <>
              <button type="button" className="button" onClick={onClose} disabled={busy}>
                Cancel
              </button>
              <button type="button" className="button primary" onClick={onImport} disabled={busy || !onImport}>
                {busy ? 'Importing…' : importLabel}
              </button>
            </>
          ) : (
            <>
              {stage === 'refused' && onPickAnother && (
                <button type="button" className="button" onClick={onPickAnother}>
                  Choose another file…
                </button>
              )}
              <button type="button" className="button primary" onClick={onClose} data-autofocus>
                {stage === 'done' ? 'Done' : 'Close'}
              </button>
            </>
          )}
        </footer>
      </div>
    </Modal>
  );
}

function ProblemList({ problems, heading }: { problems: ImportProblemRow[]; heading?: string }) {
  const shown = problems.slice(0, PROBLEMS_SHOWN);
  const where = (p: ImportProblemRow) =>
    [p.file, p.line === null ? null : `line ${p.line}`].filter(Boolean).join(', ') || 'file';
  return (
    <section className="import-problems" aria-label="Problems">
      <h3>{heading ?? `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`}</h3>
      <ol className="import-problem-list">
        {shown.map((p, i) => (
          <li key={i}>
            <span className="import-problem-where">{where(p)}</span>
            <span>{p.message}</span>
          </li>
        ))}
      </ol>
      {problems.length > shown.length && (
        <p className="muted">and {(problems.length - shown.length).toLocaleString()} more</p>
      )}
    </section>
  );
}
