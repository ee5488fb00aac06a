import { useMemo } from 'react';
import type { Report } from '@shared/domain';
import { ActionButton } from '../../kernel/actions/ActionButton';
import { EmptyState } from '../../kernel/views/EmptyState';
import { useRows } from '../../data/live-rows';
import { useCurrentWorkspace, useMembers } from '../../entities/workspaces/queries';
import { ExportBar } from './ExportBar';
import { HealthBadge } from './HealthBadge';
import { ReportBuilder } from './ReportBuilder';
import { ReportPreview } from './ReportPreview';
import { snapshotOf } from './report-commands';
import { useReportInput } from './report-data';
import { useReportsStore } from './reports-slice';
import './reports.css';

const newestFirst = (a: Report, b: Report) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0);
const savedOn = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
};

/** Stakeholder status reports: the builder, and the saved snapshots with their dates. */
export function ReportsView() {
  const workspace = useCurrentWorkspace();
  const members = useMembers(workspace?.id ?? null);
  const rows = useRows('reports', workspace?.id ?? null);
  const draft = useReportsStore((s) => (s.draftWorkspaceId === (workspace?.id ?? null) ? s.draft : null));
  const { input, error } = useReportInput(workspace, draft?.now ?? null);
  const openReportId = useReportsStore((s) => s.openReportId);
  const openReport = useReportsStore((s) => s.openReport);
  const pageSize = useReportsStore((s) => s.pageSize);
  const reports = useMemo(() => [...(rows ?? [])].sort(newestFirst), [rows]);
  const open = reports.find((r) => r.id === openReportId) ?? null;
  const openModel = open ? snapshotOf(open) : null;

  if (!workspace) return null;
  return (
    <div className="view rp-view">
      <header className="view-header rp-header">
        <div>
          <h1>Status reports</h1>
          <p className="muted">One page for stakeholders, written from the plan: health, delivery, experiments, models, risks, decisions and asks.</p>
        </div>
        <div className="button-row">
          <ActionButton id="report.new-from-last" className="button">New from last report</ActionButton>
          <ActionButton id="report.new" className="button primary">New status report</ActionButton>
        </div>
      </header>
      {!draft && reports.length === 0 ? (
        <EmptyState title="No status reports yet" action={<ActionButton id="report.new" className="button primary">New status report</ActionButton>}>
          <p>
            Start a report for the current sprint: Sprintlab proposes the health from the data (sprint progress, forecast, risks, monitors, blocked work), pre-fills the summary, and exports PDF, Markdown, HTML or CSV. Saved reports stay as
            they were sent.
          </p>
        </EmptyState>
      ) : draft ? (
        input ? (
          <ReportBuilder workspace={workspace} input={input} draft={draft} members={members} />
        ) : error ? (
          <p className="error" role="alert">The workspace could not be read for the report: {error}</p>
        ) : (
          <p className="muted" role="status">Reading the workspace…</p>
        )
      ) : (
        <div className="rp-layout">
          <nav className="rp-saved panel" aria-labelledby="rp-saved-h">
            <h2 id="rp-saved-h">Saved reports</h2>
            {reports.length === 0 ? (
              <p className="hint">Saved snapshots appear here with their dates.</p>
            ) : (
              <ul className="rp-saved-list">
                {reports.map((report) => (
                  <li key={report.id}>
                    <button type="button" className="rp-saved-item" aria-current={report.id === openReportId ? 'true' : undefined} onClick={() => openReport(report.id)}>
                      <span className="rp-saved-title">{report.title}</span>
                      <span className="rp-saved-meta">
                        <HealthBadge health={report.health} small /> {report.periodFrom} to {report.periodTo}
                      </span>
                      <span className="rp-saved-meta">Saved {savedOn(report.createdAt)} · {report.audience === 'team' ? 'team detail' : 'executive'}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </nav>
          <div className="rp-main">
            {open ? (
              <section className="rp-snapshot" aria-label={`Saved report: ${open.title}`}>
                <div className="rp-snapshot-head">
                  <div>
                    <h2>{open.title}</h2>
                    <p className="muted">
                      Saved {savedOn(open.createdAt)} · a frozen snapshot: later changes to the plan do not change it.
                    </p>
                  </div>
                  <ExportBar />
                </div>
                {openModel ? <ReportPreview model={openModel} pageSize={pageSize} /> : <p className="error">This report was saved by a newer version of Sprintlab and cannot be shown here.</p>}
              </section>
            ) : (
              <p className="muted rp-pick">Open a saved report on the left, or start a new one.</p>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
