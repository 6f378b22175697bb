import { useEffect, useRef, useState, type ReactNode } from 'react';

export interface DisclosureProps {
  /** Something in it needs the user (a pause to resume, an error, a site in trouble): it opens by itself. */
  attention: boolean;
  summary: ReactNode;
  children: ReactNode;
}

/**
 * A popup section folded to one line (the popup must fit Chrome's 600 px). It opens by itself when
 * `attention` turns true, and folds again by itself when that passes unless the user has done
 * something in it: it never folds under their hands (pressing Resume inside it leaves it open), and
 * a tab that answers "working" a moment after the popup opened does not leave it unfolded.
 */
export function Disclosure({ attention, summary, children }: DisclosureProps) {
  const [open, setOpen] = useState(attention);
  const touched = useRef(false);
  const touch = () => {
    touched.current = true;
  };
  useEffect(() => {
    if (attention) setOpen(true);
    else if (!touched.current) setOpen(false);
  }, [attention]);
  return (
    <details className="fg-disclosure" open={open} onToggle={(e) => setOpen(e.currentTarget.open)} onClick={touch} onKeyDown={touch}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
