import { useState, type FormEvent, type ReactNode } from 'react';
import { Modal } from './Modal';

interface FormDialogProps {
  title: string;
  open: boolean;
  onClose: () => void;
  /** Runs on submit; a thrown error is shown in the dialog and the dialog stays open. */
  onSubmit: () => void | Promise<void>;
  submitLabel: string;
  submitDisabled?: boolean;
  danger?: boolean;
  wide?: boolean;
  children: ReactNode;
}

/**
 * The app's one form dialog: fields, an error line that names what is wrong, and
 * Cancel / submit buttons. Mark the first field `data-autofocus`.
 */
export function FormDialog({ title, open, onClose, onSubmit, submitLabel, submitDisabled, danger, wide, children }: FormDialogProps) {
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await onSubmit();
      setError('');
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    setError('');
    onClose();
  };
  return (
    <Modal title={title} open={open} onClose={close} wide={wide}>
      <form className="form" onSubmit={submit}>
        {children}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <footer className="modal-footer">
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className={danger ? 'button danger' : 'button primary'} disabled={busy || submitDisabled}>
            {submitLabel}
          </button>
        </footer>
      </form>
    </Modal>
  );
}
