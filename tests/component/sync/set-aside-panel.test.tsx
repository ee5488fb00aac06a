import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { formatHlc } from '@shared/sync/hlc';
import { applyOps } from '../../../renderer/data/apply-ops';
import { SetAsidePanel } from '../../../renderer/features/sync/SetAsidePanel';
import { sessionWithWorkspace } from '../support/session';

const saved: { suggestedName: string; content: string }[] = [];
vi.mock('../../../renderer/platform', () => ({
  getPlatform: () => ({
    saveFile: async (request: { suggestedName: string; content: string }) => {
      saved.push(request);
      return { saved: true };
    },
  }),
  isDesktop: () => false,
}));

const op = (workspaceId: string, deviceId: string, counter: number, over: Record<string, unknown> = {}) => {
  const hlc = formatHlc({ ms: Date.now() - 1000, counter, deviceId });
  return { id: hlc, hlc, deviceId, workspaceId, entity: 'items', rowId: 'i1', field: 'title', value: 'x', schemaVersion: 1, ...over };
};

describe('Settings → Sync: set-aside ops', () => {
  beforeEach(() => void saved.splice(0));

  it('shows nothing while nothing was set aside', async () => {
    const { workspaceId } = await sessionWithWorkspace();
    const { container } = render(<SetAsidePanel workspaceId={workspaceId} />);
    await new Promise((r) => setTimeout(r, 50));
    expect(container).toBeEmptyDOMElement();
  });

  it('lists how many, from which device and why, and exports them as JSON', async () => {
    const { session, workspaceId } = await sessionWithWorkspace();
    const ahead = formatHlc({ ms: Date.now() + 3 * 86_400_000, counter: 0, deviceId: 'skewed01' });
    await applyOps(session.db, [
      op(workspaceId, 'evil0001', 1, { field: '_clk', value: 'x' }),
      op(workspaceId, 'evil0001', 2, { field: 'estimate', value: 'five' }),
      op(workspaceId, 'evil0001', 3, { field: 'estimate', value: 'six' }),
      { ...op(workspaceId, 'skewed01', 0), id: ahead, hlc: ahead },
    ] as never, { workspaceId });
    render(<SetAsidePanel workspaceId={workspaceId} />);
    const panel = await screen.findByRole('region', { name: 'Set aside' });
    expect(panel).toHaveTextContent('4 changes were received but set aside, not applied.');
    const rows = within(panel).getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(rows).toEqual([
      expect.stringMatching(/^evil00012a value this field cannot hold — e\.g\. items\.estimate: /),
      expect.stringMatching(/^evil00011writes a field no change may write/),
      expect.stringMatching(/^skewed011dated more than a day ahead/),
    ]);
    await userEvent.click(within(panel).getByRole('button', { name: 'Export set-aside ops…' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const exported = JSON.parse(saved[0].content) as { format: string; ops: { deviceId: string }[] };
    expect(exported.format).toBe('sprintlab-set-aside');
    expect(exported.ops.map((r) => r.deviceId).sort()).toEqual(['evil0001', 'evil0001', 'evil0001', 'skewed01']);
    // Only ops set aside for being early can be applied anyway.
    await userEvent.click(within(panel).getByRole('button', { name: 'Apply changes set aside for being dated ahead' }));
    await waitFor(() => expect(panel).toHaveTextContent('3 changes were received'));
    expect(await session.db.entity('items').get('i1')).toMatchObject({ title: 'x' });
  });
});
