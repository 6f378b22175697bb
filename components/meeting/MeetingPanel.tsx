import { MAX_GUESTS, type MeetingPanelModel } from '../../utils/meeting/panel';

export interface MeetingPanelProps {
  model: MeetingPanelModel;
  /** Short confirmation announced in the status region ("Copied…"). */
  status: string;
  canInsertAgenda: boolean;
  collapsed: boolean;
  onToggle: () => void;
  onCopyDraft: () => void;
  onInsertAgenda: () => void;
}

const KIND_LABEL: Record<MeetingPanelModel['kind'], string> = {
  'status-update': 'status update',
  brainstorm: 'brainstorm',
  decision: 'decision',
  feedback: 'feedback',
  crisis: 'incident',
  social: 'social time',
  'one-on-one': 'one-on-one',
  other: 'meeting',
};

/** The meeting coach: verdict, cost and checks for the event being edited, and the written alternative. */
export function MeetingPanel({ model, status, canInsertAgenda, collapsed, onToggle, onCopyDraft, onInsertAgenda }: MeetingPanelProps) {
  const asyncVerdict = model.mode === 'async';
  return (
    <section className="fg-panel" aria-label="Focusgate meeting coach" data-mode={model.mode}>
      <header className="fg-head">
        <p className="fg-verdict" data-testid="meeting-verdict" data-mode={model.mode}>
          <span className={`fg-badge fg-${model.mode}`}>{asyncVerdict ? 'Could be async' : 'Worth meeting live'}</span>
          <span className="fg-kind">{KIND_LABEL[model.kind]}</span>
        </p>
        <button type="button" className="fg-link" aria-expanded={!collapsed} onClick={onToggle}>
          {collapsed ? 'Show details' : 'Hide details'}
        </button>
      </header>
      {!collapsed && (
        <>
          {model.reasons[0] && <p className="fg-why">{model.reasons[0]}</p>}
          <ul className="fg-checks">
            <li data-testid="meeting-cost" data-person-hours={model.personHours ?? undefined}>
              <strong>Cost:</strong> {model.costText}
            </li>
            <li data-testid="meeting-agenda" data-ok={String(model.hasAgenda)} className={model.hasAgenda ? 'fg-ok' : 'fg-warn'}>
              {model.hasAgenda ? 'Agenda: present' : 'Agenda: missing — list the topics, or state the goal and the expected outcome'}
            </li>
            {model.tooManyGuests && (
              <li data-testid="meeting-guests" className="fg-warn">
                {model.attendees} guests: more than {MAX_GUESTS} — does everyone need to be there?
              </li>
            )}
            {model.overlappingBlocks !== null && model.overlappingBlocks > 0 && (
              <li data-testid="meeting-focus-overlap" className="fg-warn">
                Overlaps {model.overlappingBlocks === 1 ? 'one of your focus blocks' : `${model.overlappingBlocks} of your focus blocks`}
              </li>
            )}
            {model.outsideWorkingHours && (
              <li data-testid="meeting-hours" className="fg-warn">
                Starts outside your working hours
              </li>
            )}
          </ul>
          <div className="fg-actions">
            <button type="button" data-testid="meeting-async-draft" className={asyncVerdict ? 'fg-primary' : ''} onClick={onCopyDraft}>
              Copy a written alternative
            </button>
            {canInsertAgenda && !model.hasAgenda && (
              <button type="button" data-testid="meeting-agenda-insert" onClick={onInsertAgenda}>
                Add an agenda outline
              </button>
            )}
          </div>
        </>
      )}
      <p className="fg-status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
