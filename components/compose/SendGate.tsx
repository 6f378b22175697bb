import { useId, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { GateReason } from '@/utils/compose/types';

export interface SendGateProps {
  reason: GateReason;
  onSendAnyway: () => void;
  /** "Add context" / "Fill them in", Escape or a click outside: close, focus back in the draft, nothing sent. */
  onEdit: () => void;
}

const COPY: Record<GateReason, { title: string; body: string; edit: string }> = {
  prompt: {
    title: 'Fill in what you need first',
    body: 'Your message still has the parts marked "[Fill in: …]". Replace them with your own words, or delete them.',
    edit: 'Fill them in',
  },
  ping: {
    title: 'Send a bare ping?',
    body: 'They will have to stop, reply and wait for what you actually need. Add the question, why, and when you need an answer.',
    edit: 'Add context',
  },
  sync: {
    title: 'Better as a call?',
    body: 'This reads as urgent or sensitive. A quick call or huddle may settle it faster than a message.',
    edit: 'Add context',
  },
};

/** A modal that holds a send: focus moves in, Tab stays in, Escape closes. */
export function SendGate({ reason, onSendAnyway, onEdit }: SendGateProps) {
  const titleId = useId();
  const bodyId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const edit = useRef<HTMLButtonElement>(null);

  // Before paint, so focus is in the dialog as soon as it shows.
  useLayoutEffect(() => {
    edit.current?.focus();
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onEdit();
      return;
    }
    if (e.key !== 'Tab' || !dialog.current) return;
    const items = Array.from(dialog.current.querySelectorAll<HTMLElement>('button'));
    const root = dialog.current.getRootNode() as Document | ShadowRoot;
    const at = items.indexOf(root.activeElement as HTMLElement);
    const next = items[(at + (e.shiftKey ? -1 : 1) + items.length) % items.length];
    e.preventDefault();
    next?.focus();
  };

  const copy = COPY[reason];
  return (
    <div className="fg-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onEdit()}>
      <div
        ref={dialog}
        className="fg-gate"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        data-testid="send-gate"
        data-reason={reason}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{copy.title}</h2>
        <p id={bodyId}>{copy.body}</p>
        <div className="fg-actions">
          <button ref={edit} type="button" className="fg-primary" data-testid="gate-edit" onClick={onEdit}>
            {copy.edit}
          </button>
          <button type="button" data-testid="gate-send-anyway" onClick={onSendAnyway}>
            Send anyway
          </button>
        </div>
      </div>
    </div>
  );
}
