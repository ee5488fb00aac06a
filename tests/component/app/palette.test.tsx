import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { CommandPalette } from '../../../renderer/app/palette/CommandPalette';
import { useAppStore } from '../../../renderer/kernel/store';
import { sessionWithWorkspace } from '../support/session';

describe('command palette', () => {
  beforeEach(async () => {
    await sessionWithWorkspace();
  });

  it('lists actions with their shortcuts and runs the chosen one', async () => {
    act(() => useAppStore.getState().openDialog('palette'));
    render(<CommandPalette />);
    expect(screen.getByRole('option', { name: /Create workspace…/ })).toHaveTextContent('Alt+N');
    fireEvent.click(screen.getByRole('option', { name: /Use dark theme/ }));
    expect(useAppStore.getState().theme).toBe('dark');
    expect(useAppStore.getState().dialog).toBeNull();
  });

  it('labels undo with the last edit', async () => {
    act(() => useAppStore.getState().openDialog('palette'));
    render(<CommandPalette />);
    expect(screen.getByRole('option', { name: /Undo Create workspace Test/ })).toBeInTheDocument();
  });
});
