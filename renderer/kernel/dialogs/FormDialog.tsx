import { useState, type FormEvent, type ReactNode } from 'react';
import { Modal } from './Modal';
import { errorMessage } from '@shared/domain';

/** Throw from `onSubmit` to show several problems at once, one a line. */
export class FormProblems extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'FormProblems';
  }
}

interface FormDialogProps {
  title: string;
  open: boolean;
  onClose: () => void;
  /** Runs on submit; a thrown error is shown in the dialog and the dialog stays open. */
  onSubmit: () => void | Promise<void>;
  submitLabel: string;
  submitDisabled?: boolean;
  /** Focus the submit button when the dialog opens (for dialogs without fields). */
  submitAutoFocus?: boolean;
  danger?: boolean;
  wide?: boolean;
  /** Skip the browser's own validation: `onSubmit` names what is wrong. */
  noValidate?: boolean;
  /** Show errors as a list (one item per problem of a thrown `FormProblems`). */
  errorList?: boolean;
  /** Shown in the footer before the buttons, e.g. a live count. */
  footerExtra?: ReactNode;
  children: ReactNode;
}

/**
 * The app's one form dialog: fields, an error line that names what is wrong, and
 * Cancel / submit buttons. Mark the first field `data-autofocus`.
 */
export function FormDialog({
  title,
  open,
  onClose,
  onSubmit,
  submitLabel,
  submitDisabled,
  submitAutoFocus,
  danger,
  wide,
  noValidate,
  errorList,
  footerExtra,
  children,
}: FormDialogProps) {
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await onSubmit();
      setErrors([]);
    } catch (e) {
      setErrors(e instanceof FormProblems ? e.problems : [errorMessage(e)]);
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    setErrors([]);
    onClose();
  };
  return (
    <Modal title={title} open={open} onClose={close} wide={wide}>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate={noValidate}>
        {children}
        {errors.length > 0 &&
          (errorList ? (
            <ul className="error form-errors" role="alert">
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          ) : (
            <p className="error" role="alert">
              {errors.join('\n')}
            </p>
          ))}
        <footer className="modal-footer">
          {footerExtra}
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button
            type="submit"
            className={danger ? 'button danger' : 'button primary'}
            disabled={busy || submitDisabled}
            data-autofocus={submitAutoFocus || undefined}
          >
            {submitLabel}
          </button>
        </footer>
      </form>
    </Modal>
  );
}
