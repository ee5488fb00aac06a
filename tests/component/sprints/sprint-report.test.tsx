import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import type { WorkItem, Workspace } from '@shared/domain';
import { updateItems } from '../../../renderer/entities/items/item-commands';
import { startSprint } from '../../../renderer/features/sprints/sprint-commands';
import { SprintReportView } from '../../../renderer/features/sprints/SprintReportView';
import { useSprintsUi } from '../../../renderer/features/sprints/sprints-slice';
import { addItems, addSprint, itemsById, sprintById, sprintWorkspace } from './support';
import { clearDialogs } from '../support/with-dialogs';

// Only Date is faked: the clock that stamps ops reads it, so the op log carries these moments.
const at = (iso: string) => vi.setSystemTime(new Date(iso));

let workspace: Workspace;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  at('2026-02-16T09:00:00');
  ({ workspace } = await sprintWorkspace());
  useSprintsUi.setState({ selectedSprintId: null, reportSprintId: null });
  clearDialogs();
});

afterEach(() => {
  vi.useRealTimers();
});

/**
 * Two earlier weeks finishing two items each (throughput 2, 2); a completed Sprint 0; then
 * Sprint 1 (2–13 Mar, ten working days) committing 5 + 3 + 2 = 10 points, finishing the 3 on
 * Tuesday and taking on 2 more on Wednesday. "Now" is Thursday 5 March, 09:00.
 */
async function history() {
  const early: WorkItem[] = await addItems(workspace, [1, 2, 3, 4].map((n) => ({ title: `Early ${n}`, estimate: 1 })));
  at('2026-02-17T10:00:00');
  await updateItems(workspace, early.slice(0, 2), { status: 'done' });
  at('2026-02-24T10:00:00');
  await updateItems(workspace, early.slice(2), { status: 'done' });
  await addSprint(workspace, {
    name: 'Sprint 0',
    startDate: '2026-02-16',
    endDate: '2026-02-27',
    state: 'completed',
    summary: { committed: 6, completed: 4, added: 0, carriedOver: 2 },
  });

  at('2026-03-02T09:00:00');
  const sprint = await addSprint(workspace, { name: 'Sprint 1', startDate: '2026-03-02', endDate: '2026-03-13' });
  const [, three] = await addItems(workspace, [
    { title: 'Train', estimate: 5, sprintId: sprint.id },
    { title: 'Evaluate', estimate: 3, sprintId: sprint.id },
    { title: 'Deploy', estimate: 2, sprintId: sprint.id },
  ]);
  at('2026-03-02T09:30:00');
  await startSprint(workspace, await sprintById(workspace.id, sprint.id), [sprint], [...(await itemsById(workspace.id)).values()], {
    name: 'Sprint 1', goal: '', startDate: '2026-03-02', endDate: '2026-03-13',
  });
  at('2026-03-03T10:00:00');
  await updateItems(workspace, [three], { status: 'done' });
  at('2026-03-04T11:00:00');
  await addItems(workspace, [{ title: 'Hotfix', estimate: 2, sprintId: sprint.id }]);
  at('2026-03-05T09:00:00');
}

const label = (name: RegExp) => screen.findByRole('img', { name }).then((svg) => svg.getAttribute('aria-label'));

describe('sprint report', () => {
  it('draws burndown and burnup from the op log, with the scope added mid-sprint', async () => {
    await history();
    render(<SprintReportView />);
    expect(await label(/^Sprint 1 burndown/)).toBe(
      'Sprint 1 burndown. Committed 10 points over 10 working days. 9 points remaining of 12 on 5 Mar (ideal 6). Scope changed 1 time: 2 points added, 0 points removed.',
    );
    expect(await label(/^Sprint 1 burnup/)).toContain('3 points completed of 12 in scope on 5 Mar (ideal 4)');
    expect(screen.getByRole('group', { name: 'Sprint 1 in numbers' })).toHaveTextContent('10 pointscommitted at start2 pointsadded mid-sprint');
  });

  it('shows cumulative flow by status category for the sprint’s working days', async () => {
    await history();
    render(<SprintReportView />);
    expect(await label(/^Sprint 1 cumulative flow/)).toBe(
      'Sprint 1 cumulative flow. Items by status over 4 days. 2 Mar: 3 to do, 0 in progress, 0 done. 5 Mar: 3 to do, 0 in progress, 1 done.',
    );
  });

  it('shows velocity of the completed sprints', async () => {
    await history();
    render(<SprintReportView />);
    expect(await label(/^Velocity/)).toBe(
      'Velocity, last 6 sprints. Sprint 0 committed 6, completed 4. Average completed over the last 1 sprint: 4 points.',
    );
  });

  it('refuses a forecast from two weeks of history instead of giving one date three times, and says how much history there is', async () => {
    await history();
    render(<SprintReportView />);
    expect(await label(/^Completion forecast/)).toBe(
      'Completion forecast. No forecast: only 2 weeks of throughput history: a forecast needs at least 3 full weeks, or its dates would only repeat those weeks',
    );
    expect(screen.getByText(/3 open items \(3 items\) · 2 weeks of throughput history/)).toBeInTheDocument();
  });

  it('says what to do when no sprint has started', async () => {
    render(<SprintReportView />);
    expect(await screen.findByRole('heading', { name: 'No sprint has started yet' })).toBeInTheDocument();
    expect(await label(/^Completion forecast/)).toContain('No forecast: no throughput history yet');
  });
});
