import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { Modal } from '../../../renderer/kernel/dialogs/Modal';
import { DialogHost } from '../../../renderer/kernel/dialogs/DialogHost';
import { defineDialog, popDialog, pushDialog, useDialogs, type DialogProps } from '../../../renderer/kernel/dialogs/dialog-stack';

const note = defineDialog<{ text: string }>('note', ({ text, onClose }: { text: string } & DialogProps) => (
  <Modal title={text} open onClose={onClose}>
    <p>{text}</p>
  </Modal>
));

describe('dialog stack', () => {
  beforeEach(() => useDialogs.setState({ dialogs: [] }));

  it('opens a second dialog over the first; Escape (the dialog\'s cancel) closes only the top one', () => {
    render(<DialogHost />);
    act(() => void pushDialog(note, { text: 'Item T-1' }));
    act(() => void pushDialog(note, { text: 'Command palette' }));
    const dialogs = screen.getAllByRole('dialog');
    expect(dialogs.map((d) => d.getAttribute('aria-labelledby') && d.querySelector('h2')?.textContent)).toEqual(['Item T-1', 'Command palette']);
    fireEvent(dialogs[1], new Event('cancel', { cancelable: true }));
    expect(screen.getAllByRole('dialog').map((d) => d.querySelector('h2')?.textContent)).toEqual(['Item T-1']);
    act(() => popDialog());
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('closes a dialog by its own close button without touching the one below', () => {
    render(<DialogHost />);
    act(() => void pushDialog(note, { text: 'First' }));
    act(() => void pushDialog(note, { text: 'Second' }));
    fireEvent.click(screen.getAllByRole('button', { name: 'Close' })[0]);
    expect(screen.getAllByRole('dialog').map((d) => d.querySelector('h2')?.textContent)).toEqual(['Second']);
  });
});
