import type { ReactNode } from 'react';

interface Props {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (aria: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }) => ReactNode;
}

/** A labelled control with its hint and its validation message, wired for screen readers. */
export function Field({ id, label, hint, error, children }: Props) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`fg-opt-field${error ? ' fg-opt-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described })}
      {hint && (
        <p id={`${id}-hint`} className="fg-opt-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="fg-opt-error" data-testid={`error-${id}`}>
          {error}
        </p>
      )}
    </div>
  );
}
