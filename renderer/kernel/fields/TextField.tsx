import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'children'> {
  label: ReactNode;
  value: string;
  onChange(value: string): void;
  /** A line under the field saying what is expected ("Two to six capitals"). */
  hint?: ReactNode;
  'data-autofocus'?: boolean;
}

/** A labelled text input: the label names the field for screen readers and tests, `onChange` gets the text. */
export function TextField({ label, value, onChange, hint, className, id, 'aria-describedby': describedBy, ...rest }: TextFieldProps) {
  const auto = useId();
  const inputId = id ?? auto;
  const hintId = `${inputId}-hint`;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={inputId}>{label}</label>
      <input {...rest} id={inputId} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={hint ? hintId : describedBy} />
      {hint && (
        <small id={hintId} className="hint">
          {hint}
        </small>
      )}
    </div>
  );
}
