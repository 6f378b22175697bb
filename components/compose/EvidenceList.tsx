import type { CoachAnalysis, VerdictEvidence, VerdictKind } from '@/utils/compose/types';

export interface EvidenceListProps {
  analysis: CoachAnalysis;
  /** "Not so": drops this verdict for the rest of the draft. */
  onDismiss: (about: VerdictKind) => void;
}

function labelOf(e: VerdictEvidence, a: CoachAnalysis): string {
  if (e.about === 'ping') return 'Bare ping';
  if (e.about === 'sensitive') return 'Sensitive';
  return a.urgency === 'critical' ? 'Critical' : a.urgency === 'high' ? 'Urgent' : a.urgency === 'low' ? 'Low urgency' : 'Urgency';
}

/** A verdict worth dismissing: it makes the coach push for a call, or hold the send. */
function dismissible(e: VerdictEvidence, a: CoachAnalysis): boolean {
  return e.about !== 'urgency' || a.urgency === 'high' || a.urgency === 'critical';
}

/**
 * What drove each verdict, quoted from the draft ("Urgent: “prod is down” (a system is down)"),
 * each with a one-click "Not so" when the coach got it wrong.
 */
export function EvidenceList({ analysis, onDismiss }: EvidenceListProps) {
  const evidence = analysis.evidence ?? [];
  if (!evidence.length) return null;
  return (
    <ul className="fg-evidence" data-testid="coach-evidence" aria-label="Why">
      {evidence.map((e) => {
        const label = labelOf(e, analysis);
        return (
          <li key={e.about} data-about={e.about}>
            <span className="fg-label">{label}</span>{' '}
            <q className="fg-quote">{e.quote}</q> <span className="fg-why">({e.why})</span>
            {dismissible(e, analysis) && (
              <button type="button" className="fg-dismiss" data-testid="coach-dismiss" onClick={() => onDismiss(e.about)} aria-label={`Not so: drop “${label}” for this draft`}>
                Not so
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
