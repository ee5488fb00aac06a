import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { riskSchema, type Risk, type Workspace } from '@shared/domain';
import { exportRaidCsv } from '@shared/risks';
import { useAppStore } from '../../../renderer/kernel/store';
import { commitChanges, createChanges } from '../../../renderer/data/write-path';
import type { DataSession } from '../../../renderer/data/session';
import { RiskView } from '../../../renderer/features/risks/RiskView';
import { importRegisterCsv } from '../../../renderer/features/risks/risk-commands';
import { useRisksStore } from '../../../renderer/features/risks/risks-slice';
import { sessionWithWorkspace } from '../support/session';

let db: DataSession;
let workspaceId: string;

const risk = (id: string, fields: Partial<Risk>): Risk =>
  riskSchema.parse({ id, workspaceId, createdAt: '2030-01-01T00:00:00.000Z', title: `Risk ${id}`, ...fields });

async function seed(...risks: Risk[]) {
  await commitChanges(db, workspaceId, risks.flatMap((r) => createChanges('risks', r)));
  act(() => {
    useAppStore.setState({ workspaceId, view: 'risks' });
    useRisksStore.setState({ text: '', filters: {}, cell: null, groupBy: null, form: null, importProblems: null });
  });
}

const registerRows = () => within(screen.getByRole('table', { name: 'Risk register' })).getAllByRole('row').slice(1);

describe('risk log view', () => {
  beforeEach(async () => {
    ({ session: db, workspaceId } = await sessionWithWorkspace());
  });

  it('filters the register to the heatmap cell that was clicked, and clears it again', async () => {
    await seed(risk('a', { title: 'Label noise', likelihood: 4, impact: 5 }), risk('b', { title: 'GPU quota', likelihood: 2, impact: 2 }), risk('c', { title: 'Drift', likelihood: 4, impact: 5 }));
    render(<RiskView />);
    const cell = await screen.findByRole('button', { name: 'Likelihood 4, impact 5: 2 risks (score 20, critical)' });
    expect(cell).toHaveTextContent('2');
    expect(screen.getByRole('grid', { name: /heatmap/ })).toBeInTheDocument();
    expect(registerRows()).toHaveLength(3);

    fireEvent.click(cell);
    expect(cell).toHaveAttribute('aria-pressed', 'true');
    expect(registerRows()).toHaveLength(2);
    expect(screen.getByRole('table', { name: 'Risk register' })).not.toHaveTextContent('GPU quota');

    fireEvent.click(screen.getByRole('button', { name: 'Clear heatmap filter' }));
    expect(registerRows()).toHaveLength(3);
  });

  it('highlights a risk whose review date has passed, in the register and the reviews list', async () => {
    await seed(risk('late', { title: 'Stale consent records', reviewDate: '2001-02-03' }), risk('fine', { title: 'Vendor lock-in', reviewDate: '2999-01-01' }));
    render(<RiskView />);
    const late = (await screen.findAllByRole('row')).find((row) => row.textContent?.includes('Stale consent records'))!;
    expect(late).toHaveClass('overdue');
    expect(late).toHaveTextContent('Overdue');
    const fine = registerRows().find((row) => row.textContent?.includes('Vendor lock-in'))!;
    expect(fine).not.toHaveClass('overdue');
    expect(fine).not.toHaveTextContent('Overdue');
    const reviews = screen.getByRole('region', { name: 'Reviews due' });
    expect(reviews).toHaveTextContent('Stale consent records');
    expect(reviews).toHaveTextContent('Overdue');
  });

  it('refuses a CSV with a bad row, naming its line, and writes nothing', async () => {
    await seed(risk('keep', { title: 'Existing risk' }));
    const good = risk('new1', { title: 'Imported fine' });
    const bad = risk('new2', { title: 'Imported badly' });
    const lines = exportRaidCsv([good, bad]).split('\r\n');
    // Likelihood 9 on the third line (the second data row).
    lines[2] = lines[2].replace(',3,3,9,medium,', ',9,3,9,medium,');
    const workspace = (await db.db.entity('workspaces').get(workspaceId)) as unknown as Workspace;
    const opsBefore = await db.db.ops.count();

    render(<RiskView />);
    await screen.findByText('Existing risk');
    await act(async () => {
      expect(await importRegisterCsv(workspace, { name: 'register.csv', content: lines.join('\r\n') })).toBeNull();
    });
    const dialog = await screen.findByRole('dialog', { name: 'Import refused' });
    expect(dialog).toHaveTextContent('register.csv was not imported: nothing was written');
    expect(dialog).toHaveTextContent('Line 3, Likelihood: expected a whole number from 1 to 5, got "9"');
    expect(await db.db.ops.count()).toBe(opsBefore);
    expect(await db.db.entity('risks').count()).toBe(1);

    // The same file, fixed, imports every row in one go.
    lines[2] = lines[2].replace(',9,3,9,medium,', ',3,3,9,medium,');
    await act(async () => {
      expect(await importRegisterCsv(workspace, { name: 'register.csv', content: lines.join('\r\n') })).toBe(2);
    });
    await waitFor(() => expect(screen.getByRole('table', { name: 'Risk register' })).toHaveTextContent('Imported badly'));
    expect(await db.db.entity('risks').count()).toBe(3);
  });
});
