import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { missingParts } from '@/utils/compose/analysis/rewrite';
import type { CoachAnalysis, CoachPauseAction, VerdictKind } from '@/utils/compose/types';
import { formatDayTime } from '@/utils/platform/datetime';
import { EvidenceList } from './EvidenceList';

export interface CoachPanelProps {
  analysis: CoachAnalysis;
  collapsed: boolean;
  onToggleCollapsed: () => void;
  onRewrite: () => void;
  /** Escape inside the panel: back to the composer. */
  onEscape: () => void;
  /** "Not so" on a verdict: drop it for this draft. */
  onDismiss: (about: VerdictKind) => void;
  /** Pausing the coach for an hour, on this site or everywhere; absent where it cannot be paused. */
  pause?: CoachPauseAction;
}

interface Check {
  id: 'context' | 'ask' | 'deadline' | 'urgency';
  label: string;
  ok: boolean;
  reason: string;
}

/** The one line the collapsed panel shows: what the draft most needs, or that it is ready. */
export type HintKind = 'prompt' | 'live' | 'ping' | 'context' | 'ask' | 'deadline' | 'ready';

const capital = (s: string) => `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}`;

function checksFor(a: CoachAnalysis): Check[] {
  const calm = a.urgency === 'low' || a.urgency === 'normal';
  return [
    { id: 'context', label: 'Context', ok: a.context, reason: a.context ? 'Says what is going on' : 'Add why, or what you are working on' },
    { id: 'ask', label: 'Ask', ok: a.ask, reason: a.ask ? 'States what you need' : 'Say what you need from them' },
    {
      id: 'deadline',
      label: 'Reply by',
      ok: a.deadline !== null || a.deadlineText !== null,
      reason: a.deadline ? formatDayTime(a.deadline) : (a.deadlineText ?? 'Add when you need an answer'),
    },
    {
      id: 'urgency',
      label: 'Urgency',
      ok: calm,
      reason: calm ? `${capital(a.urgency)}: fine to read later` : `${capital(a.urgency)}: better said live`,
    },
  ];
}

/** The reason a draft is better said live, as the analyser put it. */
function liveReason(a: CoachAnalysis): string {
  return a.reasons[0] ?? 'It reads as urgent or sensitive';
}

export function hintFor(a: CoachAnalysis): { kind: HintKind; text: string } {
  const n = a.prompts.length;
  if (n) return { kind: 'prompt', text: n === 1 ? 'Fill in the marked part before sending' : `Fill in the ${n} marked parts before sending` };
  if (a.mode === 'sync') return { kind: 'live', text: 'Say it live: start a huddle or call' };
  if (a.ping) return { kind: 'ping', text: 'Bare ping: say what you need' };
  const [first] = missingParts(a);
  if (first === 'context') return { kind: 'context', text: 'Add why, or what you are working on' };
  if (first === 'ask') return { kind: 'ask', text: 'Say what you need from them' };
  if (first === 'replyBy') return { kind: 'deadline', text: 'Add when you need an answer' };
  return { kind: 'ready', text: 'Fine as a written message' };
}

function badgeOf(a: CoachAnalysis): { tone: 'async' | 'sync' | 'warn'; text: string } {
  if (a.mode === 'sync') return { tone: 'sync', text: 'Sync' };
  if (a.ping || a.prompts.length) return { tone: 'warn', text: a.ping ? 'Ping' : 'Draft' };
  return { tone: 'async', text: 'Async' };
}

const HIDDEN = { visibility: 'hidden' } as const;

/**
 * The coach beside a composer. Collapsed it is one line: the verdict and the single most useful
 * hint (announced politely through a status region). Expanded (on demand, or when a send is
 * held) it adds one checklist and the one action that fits: "Make it async" for an async draft
 * missing something, the live route for a draft better said live. It never takes focus by
 * itself; Escape inside it goes back to the composer. Expanded, it also offers to pause the
 * coach for an hour, on this site or everywhere.
 */
export function CoachPanel({ analysis, collapsed, onToggleCollapsed, onRewrite, onEscape, onDismiss, pause }: CoachPanelProps) {
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
  const hint = hintFor(analysis);
  const badge = badgeOf(analysis);
  const offerRewrite = !analysis.prompts.length && missingParts(analysis).length > 0;
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
              <span className="fg-mode" data-tone={badge.tone} data-testid={analysis.ping ? 'coach-ping' : undefined} style={hidden}>
                {badge.text}
              </span>
              <span className="fg-verdict-text" data-testid="coach-hint" data-hint={hint.kind} style={hidden}>
                {hint.text}
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
          <EvidenceList analysis={analysis} onDismiss={onDismiss} />
          <ul className="fg-checks">
            {checksFor(analysis).map((c) => (
              <li key={c.id} data-testid="coach-check" data-check={c.id} data-ok={String(c.ok)}>
                <span className="fg-mark" aria-hidden="true">
                  {c.ok ? '✓' : '○'}
                </span>
                <span className="fg-label">{c.label}</span>
                <span className="fg-reason">
                  <span className="fg-sr">{c.ok ? 'fine: ' : 'to do: '}</span>
                  {c.reason}
                </span>
              </li>
            ))}
          </ul>
          {analysis.mode === 'sync' && (
            <p className="fg-live" data-testid="coach-live">
              <strong>Say it live: start a huddle or call.</strong> {liveReason(analysis)}
            </p>
          )}
          {offerRewrite && (
            <button type="button" className="fg-rewrite" data-testid="coach-rewrite" onClick={onRewrite}>
              Make it async
            </button>
          )}
          {pause && (
            <p className="fg-pause" role="group" aria-label="Pause the coach for 1 hour">
              Pause the coach for 1 hour:
              <button type="button" className="fg-link" data-testid="coach-pause-site" onClick={() => pause.run('site')}>
                on {pause.siteLabel}
              </button>
              <button type="button" className="fg-link" data-testid="coach-pause-all" onClick={() => pause.run('all')}>
                everywhere
              </button>
            </p>
          )}
          <p className="fg-hint">Alt+Shift+F from the message box reaches this panel.</p>
        </div>
      )}
    </section>
  );
}
