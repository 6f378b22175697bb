import { useState } from 'react';
import type { FocusBlock, FocusSchedule } from '../../utils/platform/db/records';
import { upcomingBlocks } from '../../utils/focus/schedule/upcoming';
import type { FocusState, Res } from '../../utils/platform/messaging/protocol';
import { SITES, SITE_LABELS } from '../../utils/platform/sites';
import { ActiveFocus } from './ActiveFocus';
import { FocusNow } from './FocusNow';
import { Scheduler } from './Scheduler';
import { TodayFigures } from '../stats/TodayFigures';
import { QuickToggles, type QuickTogglesProps } from '../settings/QuickToggles';
import { SiteHealthList, type SiteHealthListProps } from '../health/SiteHealthList';
import { UpcomingList } from './UpcomingList';
import './popup.css';

export interface PopupActions {
  start: (minutes: number) => void;
  startUntil: (end: number) => void;
  end: (reason?: string) => void;
  scheduleOnce: (start: number, end: number) => Promise<boolean>;
  createSchedule: (rule: { weekdays: number[]; startTime: string; durationMinutes: number }) => Promise<boolean>;
  updateBlock: (id: string, start: number, end: number) => Promise<boolean>;
  deleteBlock: (block: FocusBlock) => void;
  deleteSchedule: (schedule: FocusSchedule) => void;
  undo: () => void;
  dismissUndo: () => void;
  openOptions: () => void;
}

export interface PopupProps {
  now: number;
  /** Local midnight today and the days the pickers offer. */
  today: number;
  days: readonly number[];
  /** Null until the background has answered. */
  state: FocusState | null;
  blocks: readonly FocusBlock[];
  schedules: readonly FocusSchedule[];
  summary: Res<'getTodaySummary'> | null;
  busy: boolean;
  error: string | null;
  /** What the last delete removed, while it can still be undone. */
  undoLabel: string | null;
  /** What the last booking did ("Booked Today · 2:00 – 3:00 PM."), for a while. */
  notice: string | null;
  /** The keyboard shortcut that starts or ends focus, as the browser has it set (null when unset). */
  shortcut: string | null;
  actions: PopupActions;
  /** The compose coach's quick toggles (components/settings/QuickToggles.tsx). */
  quick: QuickTogglesProps;
  /** Whether Focusgate works on each open covered site (components/health/SiteHealthList.tsx); absent in tests of the rest. */
  health?: SiteHealthListProps;
}

const LINKS = [
  { href: '/welcome.html', label: 'What Focusgate does' },
  { href: '/playground.html', label: 'Playground' },
  { href: '/stats.html', label: 'Stats' },
  { href: '/digest.html', label: 'Held notifications' },
];

/** "Slack, Gmail, Calendar, Teams, and Outlook": one line under the links. */
const SITE_LIST = new Intl.ListFormat('en', { type: 'conjunction' }).format(SITES.map((site) => SITE_LABELS[site]));

export function Popup({ now, today, days, state, blocks, schedules, summary, busy, error, undoLabel, notice, shortcut, actions, quick, health }: PopupProps) {
  const upcoming = upcomingBlocks(blocks, now);
  // Starting or ending focus swaps one card for the other: focus follows to the new card.
  const [moveFocus, setMoveFocus] = useState<'active' | 'now' | null>(null);
  return (
    <main className="fg-popup" data-testid="popup-root" aria-busy={state === null}>
      <header className="fg-header">
        <h1>Focusgate</h1>
        <span className={`fg-pill ${state?.active ? 'fg-pill-on' : ''}`} data-testid="focus-status">
          {state === null ? '…' : state.active ? 'Focus on' : 'Idle'}
        </span>
      </header>

      {error && (
        <p className="fg-error fg-banner" role="alert">
          {error}
        </p>
      )}

      {state?.active && state.endsAt !== null ? (
        <ActiveFocus
          endsAt={state.endsAt}
          startedAt={state.startedAt}
          now={now}
          busy={busy}
          takeFocus={moveFocus === 'active'}
          onEnd={(reason) => (setMoveFocus('now'), actions.end(reason))}
        />
      ) : (
        state && (
          <FocusNow
            now={now}
            blocks={blocks}
            busy={busy}
            takeFocus={moveFocus === 'now'}
            onStart={(m) => (setMoveFocus('active'), actions.start(m))}
            onStartUntil={(end) => (setMoveFocus('active'), actions.startUntil(end))}
          />
        )
      )}

      {shortcut && (
        <p className="fg-note fg-shortcut" data-testid="popup-shortcut">
          <kbd>{shortcut}</kbd> starts or ends focus from any tab.
        </p>
      )}

      {/* Today, the coach and the open tabs, one line each in one card: the popup must fit Chrome's 600 px. */}
      <div className="fg-glance">
        {summary && <TodayFigures {...summary} />}
        <QuickToggles {...quick} />
        {health && <SiteHealthList {...health} />}
      </div>

      <Scheduler now={now} today={today} days={days} busy={busy} onScheduleOnce={actions.scheduleOnce} onCreateSchedule={actions.createSchedule} />

      <UpcomingList
        blocks={upcoming}
        allBlocks={blocks}
        now={now}
        schedules={schedules}
        today={today}
        days={days}
        busy={busy}
        onUpdate={actions.updateBlock}
        onDelete={actions.deleteBlock}
        onDeleteSchedule={actions.deleteSchedule}
      />

      <div role="status" className="fg-status">
        {notice && !undoLabel && (
          <span className="fg-notice" data-testid="popup-notice">
            {notice}
          </span>
        )}
        {undoLabel && (
          <span className="fg-undo" data-testid="undo-bar">
            {undoLabel}
            <button type="button" className="fg-link-button" data-testid="undo" onClick={actions.undo}>
              Undo
            </button>
            <button type="button" className="fg-link-button" aria-label="Dismiss" onClick={actions.dismissUndo}>
              ×
            </button>
          </span>
        )}
      </div>

      <nav className="fg-links" aria-label="More">
        {LINKS.map((l) => (
          <a key={l.href} href={l.href} target="_blank" rel="noreferrer">
            {l.label}
          </a>
        ))}
        <button type="button" className="fg-link-button" onClick={actions.openOptions} data-testid="open-options">
          Settings
        </button>
      </nav>
      <p className="fg-sites" data-testid="popup-sites">
        Works on {SITE_LIST}.
      </p>
    </main>
  );
}
