import { beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { alertSchema } from '@shared/domain';
import { Sidebar } from '../../../renderer/app/Sidebar';
import { commitReactions } from '../../../renderer/features/monitoring/retraining-commands';
import { createChanges, updateChanges } from '../../../renderer/data/write-path';
import { useAppStore } from '../../../renderer/kernel/store';
import { sessionWithWorkspace } from '../support/session';

let workspaceId: string;
beforeEach(async () => {
  ({ workspaceId } = await sessionWithWorkspace());
  useAppStore.getState().selectWorkspace(workspaceId);
});

const raise = async (title: string, severity: 'critical' | 'warning') => {
  const alert = alertSchema.parse({ id: crypto.randomUUID(), workspaceId, createdAt: new Date().toISOString(), title, severity, source: `monitor:${title}` });
  await commitReactions(workspaceId, createChanges('alerts', alert));
  return alert;
};

describe('sidebar alert count', () => {
  it('names the open alerts and the critical ones in the Alerts link, and follows resolving', async () => {
    render(<Sidebar />);
    expect(screen.getByRole('button', { name: 'Alerts' })).toBeInTheDocument();

    const critical = await raise('accuracy', 'critical');
    await raise('latency', 'critical');
    await raise('drift', 'warning');
    const link = await screen.findByRole('button', { name: 'Alerts 3 open, 2 critical' });
    expect(link.querySelector('.nav-badge')).toHaveClass('critical');

    await act(() => commitReactions(workspaceId, [...updateChanges('alerts', critical.id, { resolved: true })]));
    expect(await screen.findByRole('button', { name: 'Alerts 2 open, 1 critical' })).toBeInTheDocument();
  });

  it('is plain (not critical) when only warnings are open', async () => {
    render(<Sidebar />);
    await raise('drift', 'warning');
    const link = await screen.findByRole('button', { name: 'Alerts 1 open' });
    expect(link.querySelector('.nav-badge')).not.toHaveClass('critical');
  });
});
