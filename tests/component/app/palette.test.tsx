import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { DialogHost } from '../../../renderer/kernel/dialogs/DialogHost';
import { useDialogs } from '../../../renderer/kernel/dialogs/dialog-stack';
import { runAction } from '../../../renderer/kernel/actions/registry';
import { useAppStore } from '../../../renderer/kernel/store';
import { sessionWithWorkspace } from '../support/session';

describe('command palette', () => {
  beforeEach(async () => {
    await sessionWithWorkspace();
  });

  it('lists actions with their shortcuts and runs the chosen one', async () => {
    render(<DialogHost />);
    await act(() => runAction('app.palette'));
    expect(screen.getByRole('option', { name: /Create workspace…/ })).toHaveTextContent('Alt+N');
    fireEvent.click(screen.getByRole('option', { name: /Use dark theme/ }));
    expect(useAppStore.getState().theme).toBe('dark');
    expect(useDialogs.getState().dialogs).toEqual([]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('labels undo with the last edit', async () => {
    render(<DialogHost />);
    await act(() => runAction('app.palette'));
    expect(screen.getByRole('option', { name: /Undo Create workspace Test/ })).toBeInTheDocument();
  });
});
