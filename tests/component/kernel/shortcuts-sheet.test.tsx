import { beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { DialogHost } from '../../../renderer/kernel/dialogs/DialogHost';
import { runAction } from '../../../renderer/kernel/actions/registry';
import { viewIds } from '../../../renderer/kernel/views/view-ids';
import { featureViews } from '../../../renderer/app/features';
import { sessionWithWorkspace } from '../support/session';

const row = (sheet: HTMLElement, action: string) => within(sheet).getByRole('cell', { name: action }).closest('tr')!;

describe('keyboard shortcuts sheet', () => {
  beforeEach(async () => {
    await sessionWithWorkspace();
  });

  it('lists the backlog and board keys with the place each applies', async () => {
    render(<DialogHost />);
    await act(() => runAction('app.shortcuts'));
    const sheet = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(row(sheet, 'Delete selected items')).toHaveTextContent('Delete / Backspace in the backlog list');
    expect(row(sheet, 'Select all visible items')).toHaveTextContent('Ctrl+A in the backlog list');
    expect(row(sheet, 'Move selected items to…')).toHaveTextContent('M in the backlog list');
    expect(row(sheet, 'Clear selection')).toHaveTextContent('Escape in the backlog list');
    expect(row(sheet, 'Open focused item')).toHaveTextContent('Enter in the backlog list');
    expect(row(sheet, 'Move focused card to the next column')).toHaveTextContent('Shift+→ on a board card');
    expect(row(sheet, 'Open focused card')).toHaveTextContent('Enter on a board card');
    // Keys without a region apply anywhere and say nothing more.
    expect(row(sheet, 'Open command palette')).toHaveTextContent(/^Open command palette\s*Ctrl\+K$/);
  });
});

describe('views', () => {
  it('has a view for every id of the ViewId union, so the app never falls back to Home for a known id', () => {
    expect(viewIds.filter((id) => !featureViews.some((v) => v.id === id))).toEqual([]);
    expect(new Set(featureViews.map((v) => v.id)).size).toBe(featureViews.length);
  });
});
