import { beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import { useAppStore } from '../../../renderer/kernel/store';
import { restoreBackup } from '../../../renderer/features/backup/backup';
import { ReportsView } from '../../../renderer/features/reports/ReportsView';
import { useReportsStore } from '../../../renderer/features/reports/reports-slice';
import { FIXTURE_NOW, FIXTURE_WORKSPACE, reportFixture } from '../../unit/reports/report-fixture';
import { freshSession } from '../support/session';

const preview = () => screen.getByTitle(/^Preview: /).getAttribute('srcdoc') ?? '';

describe('the roadmap section in the status report builder', () => {
  beforeEach(async () => {
    const db = await freshSession();
    await restoreBackup(db, 'fraud.json', JSON.stringify(reportFixture()));
    act(() => {
      useAppStore.setState({ workspaceId: FIXTURE_WORKSPACE, view: 'reports' });
      useReportsStore.setState({ draft: null, draftWorkspaceId: null, openReportId: null, pageSize: 'A4' });
    });
  });

  it('previews each open epic with its forecast band, 85 % date, target and verdict, drawn on a timeline', async () => {
    render(<ReportsView />);
    act(() => {
      useReportsStore.getState().startDraft(
        { title: '', period: { kind: 'sprint', sprintId: 'sp-2' }, audience: 'executive', overrideHealth: null, justification: '', summary: null, decisions: [], now: FIXTURE_NOW },
        FIXTURE_WORKSPACE,
      );
    });
    await waitFor(() => expect(preview()).toContain('<h2 id="rp-roadmap-h">Roadmap</h2>'));
    const html = preview();
    expect(html).toContain('<td>2026-03-30 to 2026-04-01</td><td>2026-03-31</td><td>2026-04-05</td><td>on track</td><td>P85 lands 31 Mar, 5 days before the target 5 Apr</td>');
    expect(html).toContain('<title id="rp-roadmap-title">Roadmap forecast</title>');
    expect(html).toContain('FD-1 Launch fraud scoring: 50 % by 2026-03-30, 85 % by 2026-03-31, 95 % by 2026-04-01');
  });
});
