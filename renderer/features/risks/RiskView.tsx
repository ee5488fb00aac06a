import { useEffect, useMemo } from 'react';
import { overdueReviews, reviewsDue } from '@shared/risks';
import { ActionButton } from '../../kernel/actions/ActionButton';
import { EmptyState } from '../../kernel/views/EmptyState';
import { Modal } from '../../kernel/dialogs/Modal';
import { useRows } from '../../data/live-rows';
import { useRiskDraftInbox } from '../../entities/risks/raise-risk';
import { useCurrentWorkspace, useMembers } from '../../entities/workspaces/queries';
import { RiskForm } from './RiskForm';
import { RiskHeatmap } from './RiskHeatmap';
import { RiskRegister } from './RiskRegister';
import { today as localToday } from './risk-commands';
import { useRisksStore } from './risks-slice';
import './risks.css';

/** Reviews listed beside the heatmap; the rest are one click away in the register (a long list would bury the heatmap). */
const REVIEWS_SHOWN = 8;

/** The RAID log: heatmap, reviews due and the register, with CSV in and out. */
export function RiskView() {
  const workspace = useCurrentWorkspace();
  const members = useMembers(workspace?.id ?? null);
  const risks = useRows('risks', workspace?.id ?? null);
  const cell = useRisksStore((s) => s.cell);
  const setCell = useRisksStore((s) => s.setCell);
  const setFilter = useRisksStore((s) => s.setFilter);
  const openForm = useRisksStore((s) => s.openForm);
  const importProblems = useRisksStore((s) => s.importProblems);
  const setImportProblems = useRisksStore((s) => s.setImportProblems);
  const pendingDraft = useRiskDraftInbox((s) => s.draft);
  useEffect(() => {
    const draft = pendingDraft && useRiskDraftInbox.getState().take();
    if (draft) openForm({ draft });
  }, [pendingDraft, openForm]);
  const today = localToday();
  const overdue = useMemo(() => overdueReviews(risks ?? [], today), [risks, today]);
  const due = useMemo(() => reviewsDue(risks ?? [], today, 14), [risks, today]);

  if (!workspace || !risks) return null;
  return (
    <div className="view risk-view">
      <header className="view-header risk-header">
        <div>
          <h1>Risks (RAID)</h1>
          <p className="muted">Risks, assumptions, issues and dependencies, with the AI risks: drift, bias, explainability, privacy, regulation.</p>
        </div>
        <div className="button-row">
          <ActionButton id="risk.import-csv" className="button">Import CSV…</ActionButton>
          <ActionButton id="risk.export-csv" className="button">Export CSV</ActionButton>
          <ActionButton id="risk.new" className="button primary">New risk…</ActionButton>
        </div>
      </header>
      {risks.length === 0 ? (
        <EmptyState title="No risks logged yet" action={<ActionButton id="risk.new" className="button primary">New risk…</ActionButton>}>
          <p>Log what could go wrong, from late data to a biased model, score it on likelihood and impact, and track its mitigation in the backlog. Or import a register from CSV.</p>
        </EmptyState>
      ) : (
        <>
          <div className="risk-top">
            <section className="panel" aria-labelledby="heatmap-heading">
              <h2 id="heatmap-heading">Heatmap</h2>
              <p className="muted risk-hint">Open risks by likelihood and impact. Choose a cell to filter the register.</p>
              <RiskHeatmap risks={risks} cell={cell} onCell={setCell} />
            </section>
            <section className="panel" aria-labelledby="reviews-heading">
              <h2 id="reviews-heading">Reviews due</h2>
              {overdue.length + due.length === 0 ? (
                <p className="muted">No review due in the next 14 days.</p>
              ) : (
                <ul className="risk-reviews">
                  {[...overdue, ...due].slice(0, REVIEWS_SHOWN).map((risk) => (
                    <li key={risk.id} className={overdue.includes(risk) ? 'overdue' : ''}>
                      <button type="button" className="link-button" onClick={() => openForm({ id: risk.id })}>{risk.title}</button>
                      <span className="muted">{risk.reviewDate}</span>
                      {overdue.includes(risk) && <span className="risk-overdue-badge">Overdue</span>}
                    </li>
                  ))}
                  {overdue.length + due.length > REVIEWS_SHOWN && (
                    <li>
                      <span className="muted">and {overdue.length + due.length - REVIEWS_SHOWN} more.</span>
                      {overdue.length > 0 && (
                        <button type="button" className="link-button" onClick={() => setFilter('overdue', 'true')}>
                          Show the {overdue.length} overdue in the register
                        </button>
                      )}
                    </li>
                  )}
                </ul>
              )}
            </section>
          </div>
          <RiskRegister risks={risks} members={members} today={today} onOpen={(risk) => openForm({ id: risk.id })} />
        </>
      )}
      <RiskForm workspace={workspace} members={members} risks={risks} />
      <Modal title="Import refused" open={importProblems !== null} onClose={() => setImportProblems(null)} wide>
        {importProblems && (
          <div className="form">
            <p role="alert">
              {importProblems.file} was not imported: nothing was written. Fix {importProblems.problems.length === 1 ? 'this problem' : `these ${importProblems.problems.length} problems`} and import again.
            </p>
            <ul className="risk-problems">
              {importProblems.problems.slice(0, 50).map((p, i) => (
                <li key={i}>Line {p.line}, {p.field}: {p.message}</li>
              ))}
            </ul>
            <div className="modal-footer"><button type="button" className="button primary" onClick={() => setImportProblems(null)}>OK</button></div>
          </div>
        )}
      </Modal>
    </div>
  );
}
