/** A labelled input or textarea with its hint and error wired up for screen readers. */
import type { ReactNode } from 'react';
import { FieldError } from './FieldError.tsx';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  hint?: string;
  multiline?: boolean;
  type?: string;
  /** Browser autofill hint: `email`, `current-password`, `new-password`, `name`. */
  autoComplete?: string;
  /** Id of a <datalist> of suggestions (a type-ahead), passed as `children`. */
  list?: string;
  children?: ReactNode;
}

export function TextField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  multiline,
  type,
  autoComplete,
  list,
  children,
}: TextFieldProps) {
  const describedBy =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    'aria-invalid': Boolean(error),
    'aria-describedby': describedBy,
  };
  return (
    <div className="kv-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className="kv-hint">
          {hint}
        </span>
      )}
      {multiline ? (
        <textarea
          {...common}
          className="utrecht-textarea kv-textarea"
          rows={3}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input
          {...common}
          type={type ?? 'text'}
          className="utrecht-textbox"
          list={list}
          autoComplete={list ? 'off' : autoComplete}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {children}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
