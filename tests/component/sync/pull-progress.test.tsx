import { beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { PullProgress } from '../../../renderer/features/sync/PullProgress';
import { useSyncStore } from '../../../renderer/features/sync/sync-slice';
import { useAppStore } from '../../../renderer/kernel/store';

describe('the pull progress in the status corner', () => {
  beforeEach(() => {
    useAppStore.setState({ workspaceId: 'ws1', view: 'board' });
    useSyncStore.getState().reset('ws1');
  });

  it('shows how far a long pull has come on any view, and goes once it ends', () => {
    render(<PullProgress />);
    expect(screen.queryByRole('status')).toBeNull();
    act(() => useSyncStore.getState().patch('ws1', { syncing: true, progress: { done: 25_000, total: 100_000 } }));
    expect(screen.getByRole('status')).toHaveTextContent('Syncing 25%');
    expect(screen.getByRole('progressbar', { name: 'Changes pulled from the sync server' })).toHaveAttribute('value', '25000');
    act(() => useSyncStore.getState().patch('ws1', { syncing: false, progress: null }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it("is left to the Sync view's own bar there, and shows nothing for another workspace's pull", () => {
    render(<PullProgress />);
    act(() => useSyncStore.getState().patch('other', { syncing: true, progress: { done: 1, total: 50_000 } }));
    expect(screen.queryByRole('status')).toBeNull();
    act(() => useSyncStore.getState().patch('ws1', { syncing: true, progress: { done: 1, total: 50_000 } }));
    act(() => useAppStore.setState({ view: 'sync' }));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
