import { errorMessage } from '@shared/domain';
import { useMemo } from 'react';
import type { Member, Workspace } from '@shared/domain';
import { applyReportEdits, healthLabel, latestReportModel, type Health, type ReportInput, type ReportModel } from '@shared/reports';
import { ActionButton } from '../../kernel/actions/ActionButton';
import { DecisionsEditor } from './DecisionsEditor';
import { ExportBar } from './ExportBar';
import { ReportPreview } from './ReportPreview';
import { HealthBadge } from './HealthBadge';
import { baseModelOf, editsOf } from './report-commands';
import { draftInput } from './report-data';
import { useReportsStore, type ReportDraft } from './reports-slice';
import { SelectField } from '../../kernel/fields/SelectField';

const healths: Health[] = ['on track', 'at risk', 'off track'];

function build(input: ReportInput, draft: Pick<ReportDraft, 'period' | 'audience' | 'now'>): { base: ReportModel | null; error: string } {
  try {
    return { base: baseModelOf(input, draft), error: '' };
  } catch (error) {
    return { base: null, error: errorMessage(error) };
  }
}

/** Write a report: choose the period and audience, check the proposed health, write the summary, export. */
export function ReportBuilder({ workspace, input, draft, members }: { workspace: Workspace; input: ReportInput; draft: ReportDraft; members: readonly Member[] }) {
  const update = useReportsStore((s) => s.updateDraft);
  const pageSize = useReportsStore((s) => s.pageSize);
  const { period, audience, now } = draft;
  // The data half is heavy and memoised on what changes it; the user's edits are applied on top.
  const { base, error } = useMemo(() => build(input, { period, audience, now }), [input, period, audience, now]);
  const previous = useMemo(() => latestReportModel(input.reports), [input.reports]);
  const model = useMemo(() => (base ? applyReportEdits(base, editsOf(draft), previous) : null), [base, draft, previous]);
  const sprints = useMemo(() => input.sprints.filter((s) => !s.deleted).sort((a, b) => (a.startDate < b.startDate ? 1 : -1)), [input.sprints]);
  // Read the workspace anew, then move the draft's "as of" moment so the preview follows.
  const refresh = async () => {
    const now = Date.now();
    await draftInput(workspace, now, true);
    update({ now });
  };
  const needsJustification = draft.overrideHealth !== null && !draft.justification.trim();

  return (
    <div className="rp-builder">
      <form className="form rp-form panel" aria-label="Report settings" onSubmit={(e) => e.preventDefault()}>
        <label className="field">
          <span>Title</span>
          <input value={draft.title} placeholder={model?.title ?? 'Status report'} onChange={(e) => update({ title: e.target.value })} />
        </label>
        <fieldset>
          <legend>Period</legend>
          <div className="segmented" role="radiogroup" aria-label="Period kind">
            <label>
              <input type="radio" name="rp-period" checked={period.kind === 'sprint'} disabled={sprints.length === 0}
                onChange={() => sprints[0] && update({ period: { kind: 'sprint', sprintId: sprints[0].id } })} />
              A sprint
            </label>
            <label>
              <input type="radio" name="rp-period" checked={period.kind === 'dates'}
                onChange={() => update({ period: { kind: 'dates', from: model?.period.from ?? '', to: model?.period.to ?? '' } })} />
              Dates
            </label>
          </div>
          {period.kind === 'sprint' ? (
            <label className="field">
              <span>Sprint</span>
              <SelectField
                aria-label="Sprint"
                value={period.sprintId}
                onChange={(sprintId) => update({ period: { kind: 'sprint', sprintId } })}
                options={sprints.map((s) => [s.id, `${s.name} (${s.startDate} to ${s.endDate}, ${s.state})`] as const)}
              />
            </label>
          ) : (
            <div className="field-row">
              <label className="field grow">
                <span>From</span>
                <input type="date" value={period.from} onChange={(e) => update({ period: { ...period, from: e.target.value } })} />
              </label>
              <label className="field grow">
                <span>To</span>
                <input type="date" value={period.to} onChange={(e) => update({ period: { ...period, to: e.target.value } })} />
              </label>
            </div>
          )}
        </fieldset>
        <fieldset>
          <legend>Audience</legend>
          <div className="segmented" role="radiogroup" aria-label="Audience">
            <label>
              <input type="radio" name="rp-audience" checked={audience === 'executive'} onChange={() => update({ audience: 'executive' })} />
              Executive summary
            </label>
            <label>
              <input type="radio" name="rp-audience" checked={audience === 'team'} onChange={() => update({ audience: 'team' })} />
              Team detail
            </label>
          </div>
        </fieldset>
        {error && (
          <p className="error" role="alert">
            The report cannot be built for this period: {error}
          </p>
        )}
        {model && (
          <>
            <fieldset className="rp-health-set">
              <legend>Health</legend>
              <p>
                Proposed from the data: <HealthBadge health={model.health.proposed} />
              </p>
              <ul className="rp-reasons" aria-label="Why">
                {model.health.reasons.map((reason) => (
                  <li key={reason.rule}>
                    <HealthBadge health={reason.level} small /> {reason.text}
                  </li>
                ))}
              </ul>
              <label className="field">
                <span>Health the report states</span>
                <SelectField
                  value={draft.overrideHealth}
                  onChange={(overrideHealth) => update({ overrideHealth })}
                  options={[[null, `As proposed (${healthLabel(model.health.proposed)})`], ...healths.map((h) => [h, `${healthLabel(h)} (override)`] as const)]}
                />
              </label>
              {draft.overrideHealth !== null && (
                <div className="field">
                  <label htmlFor="rp-justification">Why you override it (required, shown in the report)</label>
                  <textarea id="rp-justification" value={draft.justification} aria-invalid={needsJustification} aria-describedby="rp-justify-hint" onChange={(e) => update({ justification: e.target.value })} />
                  <small id="rp-justify-hint" className={needsJustification ? 'error' : 'hint'}>
                    {needsJustification ? 'Without a justification the proposed health stands.' : 'Stakeholders see this next to the health.'}
                  </small>
                </div>
              )}
            </fieldset>
            <div className="field">
              <label htmlFor="rp-summary">Summary (bad news first)</label>
              <textarea id="rp-summary" className="rp-summary-input" aria-describedby="rp-summary-hint" value={draft.summary ?? model.summaryDraft} onChange={(e) => update({ summary: e.target.value })} />
              <span className="button-row">
                <small id="rp-summary-hint" className="hint">{draft.summary === null ? 'Pre-filled from the data; edit it into your own words.' : 'Your text.'}</small>
                {draft.summary !== null && (
                  <button type="button" className="link-button" onClick={() => update({ summary: null })}>
                    Start again from the data
                  </button>
                )}
              </span>
            </div>
            <DecisionsEditor decisions={draft.decisions} members={members.map((m) => m.name)} onChange={(decisions) => update({ decisions })} />
          </>
        )}
        <p className="hint rp-read-at">
          Data as of {new Date(draft.now).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}.{' '}
          <button type="button" className="link-button" onClick={() => void refresh()}>
            Refresh data
          </button>
        </p>
        <div className="button-row rp-form-actions">
          <ActionButton id="report.save" className="button primary">Save snapshot</ActionButton>
          <button type="button" className="button ghost" onClick={() => useReportsStore.getState().closeDraft()}>
            Discard draft
          </button>
        </div>
      </form>
      <section className="rp-preview-pane" aria-label="Report preview">
        <ExportBar />
        {model ? <ReportPreview model={model} pageSize={pageSize} /> : <p className="muted">Choose a period to see the report.</p>}
      </section>
    </div>
  );
}
