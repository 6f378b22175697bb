import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { CoachAnalysis } from '@/utils/compose/types';

export interface CoachPanelProps {
  analysis: CoachAnalysis;
  collapsed: boolean;
  onToggleCollapsed: () => void;
  onRewrite: () => void;
  /** Escape inside the panel: back to the composer. */
  onEscape: () => void;
}

interface Check {
  id: 'context' | 'ask' | 'deadline' | 'urgency';
  label: string;
  ok: boolean;
  reason: string;
}

const replyByFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

function checksFor(a: CoachAnalysis): Check[] {
  const calm = a.urgency === 'low' || a.urgency === 'normal';
  return [
    {
      id: 'context',
      label: 'Context',
      ok: a.context,
      reason: a.context ? 'Says what is going on' : 'Add why, or what you are working on',
    },
    {
      id: 'ask',
      label: 'Ask',
      ok: a.ask,
      reason: a.ask ? 'States what you need' : 'Say what you need from them',
    },
    {
      id: 'deadline',
      label: 'Reply by',
      ok: a.deadline !== null,
      reason: a.deadline ? replyByFormat.format(a.deadline) : 'Add when you need an answer',
    },
    {
      id: 'urgency',
      label: 'Urgency',
      ok: calm,
      reason: calm ? `${a.urgency[0]!.toUpperCase()}${a.urgency.slice(1)}: fine to read later` : `${a.urgency}: a call may be quicker`,
    },
  ];
}

const HIDDEN = { visibility: 'hidden' } as const;

function verdictText(a: CoachAnalysis): string {
  if (a.ping) return 'Bare ping: add what you need';
  return a.mode === 'sync' ? 'Sync: consider a call or huddle' : 'Async: fine as a written message';
}

/**
 * The coach beside a composer: verdict (announced politely through a status region), the
 * checklist with reasons, a ping warning and "Make it async". It never takes focus by itself;
 * Escape inside it goes back to the composer.
 */
export function CoachPanel({ analysis, collapsed, onToggleCollapsed, onRewrite, onEscape }: CoachPanelProps) {
  const bodyId = useId();
  const unread = analysis.language === null;
  // A live region inserted with its text already visible is not announced by screen readers: the
  // verdict arrives hidden with the panel (taking its room, so the placement holds) and is shown,
  // which adds it to the region, once the region is in the page.
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);
  const hidden = live ? undefined : HIDDEN;
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    onEscape();
  };
  return (
    <section className="fg-panel" aria-label="Focusgate coach" data-collapsed={collapsed} onKeyDown={onKeyDown}>
      <header className="fg-head">
        <p className="fg-verdict" data-testid="coach-verdict" data-mode={unread ? 'none' : analysis.mode} role="status" aria-live="polite">
          {unread ? (
            <span className="fg-verdict-text" data-testid="coach-unread" style={hidden}>
              {analysis.reasons[0]}
            </span>
          ) : (
            <>
              <span className="fg-mode" style={hidden}>
                {analysis.mode === 'sync' ? 'Sync' : 'Async'}
              </span>
              <span className="fg-verdict-text" style={hidden}>
                {verdictText(analysis)}
              </span>
            </>
          )}
        </p>
        {!unread && (
          <button
            type="button"
            className="fg-toggle"
            data-panel-entry
            aria-expanded={!collapsed}
            aria-controls={bodyId}
            onClick={onToggleCollapsed}
            title={collapsed ? 'Show details' : 'Hide details'}
          >
            {collapsed ? '▸' : '▾'}
            <span className="fg-sr">{collapsed ? 'Show details' : 'Hide details'}</span>
          </button>
        )}
      </header>
      {!collapsed && !unread && (
        <div id={bodyId} className="fg-body">
          {analysis.ping && (
            <p className="fg-ping" data-testid="coach-ping">
              A bare ping makes them stop and ask what you need. Say it in this message.
            </p>
          )}
          <ul className="fg-checks">
            {checksFor(analysis).map((c) => (
              <li key={c.id} data-testid="coach-check" data-check={c.id} data-ok={String(c.ok)}>
                <span className="fg-mark" aria-hidden="true">
                  {c.ok ? '✓' : '○'}
                </span>
                <span className="fg-label">{c.label}</span>
                <span className="fg-reason">
                  <span className="fg-sr">{c.ok ? 'present: ' : 'missing: '}</span>
                  {c.reason}
                </span>
              </li>
            ))}
          </ul>
          {analysis.reasons.length > 0 && (
            <ul className="fg-reasons" data-testid="coach-reasons">
              {analysis.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          )}
          <button type="button" className="fg-rewrite" data-testid="coach-rewrite" onClick={onRewrite}>
            Make it async
          </button>
          <p className="fg-hint">Alt+Shift+F from the message box reaches this panel.</p>
        </div>
      )}
    </section>
  );
}
