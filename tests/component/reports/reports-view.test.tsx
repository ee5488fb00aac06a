import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Report } from '@shared/domain';
import { runAction } from '../../../renderer/kernel/actions/registry';
import { useAppStore } from '../../../renderer/kernel/store';
import type { DataSession } from '../../../renderer/data/session';
import { commitChanges, updateChanges } from '../../../renderer/data/write-path';
import { restoreBackup } from '../../../renderer/features/backup/backup';
import { ReportsView } from '../../../renderer/features/reports/ReportsView';
import { useReportsStore } from '../../../renderer/features/reports/reports-slice';
import { FIXTURE_NOW, FIXTURE_WORKSPACE, reportFixture } from '../../unit/reports/report-fixture';
import { freshSession } from '../support/session';

let db: DataSession;
const savedReports = async () => ((await db.db.entity('reports').toArray()) as unknown as Report[]).filter((r) => !r.deleted);
const preview = () => screen.getByTitle(/^Preview: /).getAttribute('srcdoc') ?? '';

/** A draft of the sprint 2 report, read as of the fixture's "today". */
function startSprint2Draft(extra: Partial<ReturnType<typeof useReportsStore.getState>['draft'] & object> = {}) {
  act(() => {
    useReportsStore.getState().startDraft({ title: '', period: { kind: 'sprint', sprintId: 'sp-2' }, audience: 'executive', overrideHealth: null, justification: '', summary: null, decisions: [], now: FIXTURE_NOW, ...extra }, FIXTURE_WORKSPACE);
  });
}

describe('status reports view', () => {
  beforeEach(async () => {
    db = await freshSession();
    await restoreBackup(db, 'fraud.json', JSON.stringify(reportFixture()));
    act(() => {
      useAppStore.setState({ workspaceId: FIXTURE_WORKSPACE, view: 'reports' });
      useReportsStore.setState({ draft: null, draftWorkspaceId: null, openReportId: null, pageSize: 'A4' });
    });
  });

  it('starts from an empty state that says what to do, and the button opens the builder on the active sprint', async () => {
    render(<ReportsView />);
    expect(await screen.findByRole('heading', { name: 'No status reports yet' })).toBeInTheDocument();
    fireEvent.click(screen.getAllByRole('button', { name: 'New status report' })[0]);
    const form = await screen.findByRole('form', { name: 'Report settings' });
    expect(within(form).getByLabelText('Sprint')).toHaveValue('sp-2');
  });

  it('keeps an unsaved draft across a reload, in its own workspace only', async () => {
    render(<ReportsView />);
    startSprint2Draft({ summary: 'Half written: the canary waits for the monitor.' });
    const stored = localStorage.getItem('sprintlab.report-draft');
    expect(stored).toContain('Half written: the canary waits for the monitor.');
    // A reload: the in-memory store is gone, what was stored comes back.
    act(() => useReportsStore.setState({ draft: null, draftWorkspaceId: null }));
    localStorage.setItem('sprintlab.report-draft', stored as string);
    await act(() => useReportsStore.persist.rehydrate());
    const form = await screen.findByRole('form', { name: 'Report settings' });
    expect(within(form).getByLabelText('Summary (bad news first)')).toHaveValue('Half written: the canary waits for the monitor.');
    act(() => useAppStore.setState({ workspaceId: 'another-workspace' }));
    expect(useReportsStore.getState().draft).not.toBeNull();
  });

  it('proposes the health with its reasons and pre-fills the summary, bad news first', async () => {
    render(<ReportsView />);
    startSprint2Draft();
    const form = await screen.findByRole('form', { name: 'Report settings' });
    const reasons = await within(form).findByRole('list', { name: 'Why' });
    expect(within(reasons).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      // Three weeks of history: the widened forecast (the sprints view's) no longer promises the due date.
      expect.stringMatching(/^At risk FD-1 Launch fraud scoring is due 2026-04-05: the median forecast .* but the 85 % date .* does not\.$/),
      'At risk 1 open critical risk: Label leakage inflates offline recall (20).',
      'At risk 1 model monitor is triggered: Accuracy floor (fraud-scorer v3).',
      'At risk 1 warning alert is open: Accuracy floor triggered.',
      'At risk 1 blocked item holding 3 points (12 % of the sprint).',
      'On track Sprint 2: 18 of 25 points done after 6 of 10 working days; at this pace 100 % of the scope will be done.',
    ]);
    expect((within(form).getByLabelText('Summary (bad news first)') as HTMLTextAreaElement).value.split('\n')[0]).toBe('Overall: At risk.');
    expect(preview()).toContain('18 of 25 points done (72 %)');
  });

  it('will not save an override without a justification; with one, it saves a frozen snapshot that later plan edits do not change', async () => {
    render(<ReportsView />);
    startSprint2Draft();
    const form = await screen.findByRole('form', { name: 'Report settings' });
    fireEvent.change(within(form).getByLabelText('Health the report states'), { target: { value: 'off track' } });
    expect(within(form).getByText('Without a justification the proposed health stands.')).toBeInTheDocument();
    await act(() => runAction('report.save'));
    expect(useAppStore.getState().toasts.at(-1)?.message).toBe('Write why you override the proposed health before saving.');
    expect(await savedReports()).toHaveLength(0);

    fireEvent.change(within(form).getByLabelText('Why you override it (required, shown in the report)'), { target: { value: 'The canary waits for the monitor.' } });
    fireEvent.click(within(form).getByRole('button', { name: '+ Add decision or ask' }));
    fireEvent.change(within(form).getByLabelText('Entry 1 text'), { target: { value: 'Hold the canary' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save snapshot' }));
    await waitFor(async () => expect(await savedReports()).toHaveLength(1));
    const [row] = await savedReports();
    expect(row).toMatchObject({ title: 'Fraud detection status: Sprint 2', health: 'off track', healthOverride: 'The canary waits for the monitor.', periodFrom: '2026-03-09', periodTo: '2026-03-20' });
    const list = await screen.findByRole('navigation', { name: 'Saved reports' });
    expect(within(list).getByRole('button', { name: /Fraud detection status: Sprint 2/ })).toHaveAttribute('aria-current', 'true');
    expect(preview()).toContain('Label leakage inflates offline recall');

    // The plan changes afterwards: the critical risk is closed. The sent report stays as it was.
    await act(() => commitChanges(db, FIXTURE_WORKSPACE, updateChanges('risks', 'rk-leak', { status: 'closed' })));
    await waitFor(() => expect(preview()).toContain('1 open critical risk: Label leakage inflates offline recall (20).'));
    expect(preview()).toContain('Hold the canary');
  });

  it('a new report from the last one carries its decisions and asks over and compares with it', async () => {
    render(<ReportsView />);
    startSprint2Draft({ decisions: [{ id: 'd1', kind: 'ask', text: 'Two more GPUs', owner: 'Grace Hopper', date: '2026-03-31' }] });
    await screen.findByRole('form', { name: 'Report settings' });
    fireEvent.click(screen.getByRole('button', { name: 'Save snapshot' }));
    await waitFor(async () => expect(await savedReports()).toHaveLength(1));

    await act(() => runAction('report.new-from-last'));
    const form = await screen.findByRole('form', { name: 'Report settings' });
    expect(within(form).getByLabelText('Entry 1 text')).toHaveValue('Two more GPUs');
    expect(within(form).getByLabelText('Entry 1 owner')).toHaveValue('Grace Hopper');
    await waitFor(() => expect(preview()).toContain('Compared with &quot;Fraud detection status: Sprint 2&quot;'));
  });
});
