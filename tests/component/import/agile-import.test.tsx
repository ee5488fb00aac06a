import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { WorkItem } from '@shared/domain';
import * as writePath from '../../../renderer/data/write-path';
import { useAppStore } from '../../../renderer/kernel/store';
import { runAction } from '../../../renderer/kernel/actions/registry';
import { AgileImportDialog, PREVIEW_ROWS } from '../../../renderer/features/import/AgileImportDialog';
import { closeAgileImport, openAgileFile, useAgileImport } from '../../../renderer/features/import/agile-import-slice';
import type { DataSession } from '../../../renderer/data/session';
import { sessionWithWorkspace } from '../support/session';
import { readFileSync } from 'node:fs';
import { csvLine } from '../../unit/import-agile/fixture-files';

vi.mock('../../../renderer/data/write-path', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../renderer/data/write-path')>();
  return { ...actual, commitChanges: vi.fn(actual.commitChanges) };
});

const JIRA_SERVER = 'tests/fixtures/jira/jira-server-2016-all-fields.csv';
const LINEAR = 'tests/fixtures/linear/linear-export-2023.csv';
const readFixture = (path: string) => readFileSync(path, 'utf8');

let data: DataSession;
let workspaceId: string;

const items = async () =>
  ((await data.db.entity('items').where('workspaceId').equals(workspaceId).toArray()) as unknown as WorkItem[]).filter((i) => !i.deleted);
const dialog = () => screen.getByRole('dialog');
const count = (label: string) =>
  within(screen.getByRole('list', { name: /What the import will do|Result/ }))
    .getByText(label)
    .closest('li')
    ?.querySelector('.import-count-value')?.textContent;

async function open(name: string, text: string) {
  await act(() => openAgileFile(name, text, workspaceId));
}
async function importNow() {
  await act(async () => {
    fireEvent.click(within(dialog()).getByRole('button', { name: /^Import \d/ }));
  });
  await screen.findByText(/Import finished/, undefined, { timeout: 50_000 });
}

beforeEach(async () => {
  ({ session: data, workspaceId } = await sessionWithWorkspace());
  vi.mocked(writePath.commitChanges).mockClear();
  closeAgileImport();
  render(<AgileImportDialog onClose={() => {}} />);
});
afterEach(() => {
  delete (window as { sprintlab?: unknown }).sprintlab;
});

// fake-indexeddb is slow: writing the 90-row Jira export (about 2,000 field ops) takes a few seconds here.
describe('Jira / Linear import dialog', { timeout: 90_000 }, () => {
  it('previews the real Jira Server export, then writes it in one commit that one Undo takes back', async () => {
    const undoSteps = useAppStore.getState().past.length;
    await open('jira-server.csv', readFixture(JIRA_SERVER));
    expect(screen.getByRole('heading', { name: 'Import from Jira' })).toBeInTheDocument();
    expect(count('to create')).toBe('90');
    expect(screen.getByRole('row', { name: /^To Do/ })).toBeInTheDocument();
    // The sample table shows the first rows only; the counts cover all of them.
    const sample = within(screen.getByRole('table', { name: 'Items to import' }));
    expect(sample.getAllByRole('row')).toHaveLength(91);
    expect(within(dialog()).getByRole('heading', { name: /6 sprints/ })).toBeInTheDocument();

    await importNow();
    expect(writePath.commitChanges).toHaveBeenCalledTimes(1);
    expect(count('created')).toBe('90');
    expect(await items()).toHaveLength(90);
    // The import is one undo step, labelled with its file.
    expect(useAppStore.getState().past).toHaveLength(undoSteps + 1);
    expect(useAppStore.getState().past.at(-1)?.label).toBe('Import from Jira (jira-server.csv)');
  });

  it('writes the statuses and types the user chose in the mapping tables', async () => {
    await open('jira-server.csv', readFixture(JIRA_SERVER));
    fireEvent.change(screen.getByRole('combobox', { name: 'Workspace status for To Do' }), { target: { value: 'backlog' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Item type for Epic' }), { target: { value: 'story' } });
    await importNow();

    const rows = await items();
    const parsedToDo = readFixture(JIRA_SERVER).split('\n').filter((l) => /,Story,To Do,|,Bug,To Do,|,Epic,To Do,/.test(l)).length;
    expect(parsedToDo).toBeGreaterThan(0);
    expect(rows.filter((i) => i.status === 'todo')).toHaveLength(0);
    expect(rows.filter((i) => i.status === 'backlog').length).toBeGreaterThanOrEqual(parsedToDo);
    expect(rows.filter((i) => i.type === 'epic')).toHaveLength(0);
    expect(rows.filter((i) => i.type === 'story')).toHaveLength(59 + 29);
  });

  it('re-importing the same file creates nothing and duplicates nothing; a changed mapping updates', async () => {
    await open('linear.csv', readFixture(LINEAR));
    await importNow();
    expect(await items()).toHaveLength(10);
    act(() => closeAgileImport());

    await open('linear.csv', readFixture(LINEAR));
    expect(count('to create')).toBe('0');
    expect(count('unchanged')).toBe('10');
    expect(within(dialog()).queryByRole('heading', { name: 'Also created' })).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: 'Workspace status for Canceled' }), { target: { value: 'backlog' } });
    expect(count('to update')).toBe('2');
    await importNow();
    expect(count('created')).toBe('0');
    expect(count('updated')).toBe('2');
    const rows = await items();
    expect(rows).toHaveLength(10);
    expect(new Set(rows.map((i) => i.sourceRef)).size).toBe(10);
    expect(rows.find((i) => i.sourceRef === 'linear:CLA-2')?.status).toBe('backlog');
  });

  it('remembers the mapping the team chose, so the next import of the same export changes nothing', async () => {
    await open('jira-server.csv', readFixture(JIRA_SERVER));
    fireEvent.change(screen.getByRole('combobox', { name: 'Workspace status for To Do' }), { target: { value: 'backlog' } });
    await importNow();
    act(() => closeAgileImport());

    await open('jira-server.csv', readFixture(JIRA_SERVER));
    expect(screen.getByRole('combobox', { name: 'Workspace status for To Do' })).toHaveValue('backlog');
    expect(count('to update')).toBe('0');
    expect(count('unchanged')).toBe('90');
    expect(within(dialog()).getByRole('button', { name: 'Import (no changes)' })).toBeEnabled();
  });

  it('lists problems with their line numbers and imports only the valid rows', async () => {
    const csv = [
      csvLine(['Summary', 'Issue key', 'Issue Type', 'Status', 'Custom field (Story Points)']),
      csvLine(['Train baseline', 'ML-1', 'Story', 'To Do', '3']),
      csvLine(['', 'ML-2', 'Task', 'Done', '']),
      csvLine(['Tune thresholds', 'ML-3', 'Bug', 'In Progress', 'lots']),
      'Deploy,ML-4',
    ].join('\n');
    await open('partial.csv', csv);
    const problems = within(screen.getByRole('region', { name: 'Problems' }));
    expect(problems.getByRole('heading')).toHaveTextContent('2 rows will be skipped; 1 row will import with a value left out');
    const lines = problems.getAllByRole('listitem').map((li) => li.textContent);
    expect(lines[0]).toMatch(/^line 3.*ML-2 has no Summary/);
    expect(lines[1]).toMatch(/^line 4.*"lots" is not a number/);
    expect(lines[2]).toMatch(/^line 5.*cells/);
    expect(count('skipped')).toBe('2');

    await importNow();
    expect((await items()).map((i) => i.sourceRef).sort()).toEqual(['jira:ML-1', 'jira:ML-3']);
    expect(within(screen.getByRole('region', { name: 'Problems' })).getAllByRole('listitem')[0]).toHaveTextContent('line 3');
  });

  it('refuses a file that is not a Jira or Linear export, naming the file, and writes nothing', async () => {
    await open('budget.csv', 'Account,Amount\nTravel,120\n');
    const alert = within(dialog()).getByRole('alert');
    expect(alert).toHaveTextContent('Nothing was imported.');
    expect(alert).toHaveTextContent('budget.csv is not a Jira or Linear CSV export');
    expect(within(dialog()).queryByRole('button', { name: /^Import/ })).toBeNull();
    expect(writePath.commitChanges).not.toHaveBeenCalled();
    expect(await items()).toHaveLength(0);
  });

  it('cancel writes nothing', async () => {
    await open('linear.csv', readFixture(LINEAR));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(writePath.commitChanges).not.toHaveBeenCalled();
    expect(await items()).toHaveLength(0);
  });

  it('the import.agile action opens the file picker with a CSV filter and previews the chosen file', async () => {
    const openFile = vi.fn(async () => ({ name: 'linear.csv', content: readFixture(LINEAR) }));
    (window as { sprintlab?: unknown }).sprintlab = { openFile };
    await act(() => runAction('import.agile'));
    expect(openFile).toHaveBeenCalledWith({ filters: [{ name: 'Jira or Linear CSV export', extensions: ['csv'] }] });
    expect(screen.getByRole('heading', { name: 'Import from Linear' })).toBeInTheDocument();
    expect(count('to create')).toBe('10');
  });

  it('keeps a 5,000-row preview to the first rows while counting all of them', async () => {
    const header = csvLine(['Summary', 'Issue key', 'Issue Type', 'Status', 'Sprint']);
    const rows = Array.from({ length: 5000 }, (_, i) => csvLine([`Item ${i + 1}`, `BIG-${i + 1}`, 'Task', i % 2 ? 'Done' : 'To Do', `Sprint ${1 + (i % 5)}`]));
    await open('big.csv', [header, ...rows].join('\n'));
    expect(count('to create')).toBe('5,000');
    expect(within(screen.getByRole('table', { name: 'Items to import' })).getAllByRole('row')).toHaveLength(PREVIEW_ROWS + 1);
    expect(screen.getByText(`first ${PREVIEW_ROWS} of 5,000`)).toBeInTheDocument();
    expect(useAgileImport.getState().stage).toBe('preview');
  });
});
