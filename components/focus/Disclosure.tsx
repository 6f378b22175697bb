import { useEffect, useState, type ReactNode } from 'react';

export interface DisclosureProps {
  /** Something in it needs the user (a pause to resume, an error, a site in trouble): it opens by itself. */
  attention: boolean;
  summary: ReactNode;
  children: ReactNode;
}

/**
 * A popup section folded to one line (the popup must fit Chrome's 600 px). It opens by itself when
 * `attention` turns true and otherwise stays as the user left it: it never folds under their
 * hands (pressing Resume inside it leaves it open).
 */
export function Disclosure({ attention, summary, children }: DisclosureProps) {
  const [open, setOpen] = useState(attention);
  useEffect(() => {
    if (attention) setOpen(true);
  }, [attention]);
  return (
    <details className="fg-disclosure" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
