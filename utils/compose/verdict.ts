import type { CoachAnalysis, VerdictKind } from './types';

/**
 * The first words of the analyser's reasons for each verdict (utils/compose/analysis/message.ts):
 * a dismissed verdict takes its reason line with it.
 */
const REASON_OF: Record<VerdictKind, RegExp> = {
  ping: /^Bare ping\b/,
  urgency: /^(?:Critical|Urgent|Low urgency):/,
  sensitive: /^Sensitive:/,
};

/**
 * The analysis as the writer corrected it: each verdict they dismissed for this draft is taken
 * back (a ping is no ping, the urgency is normal, it is not sensitive) and the mode follows.
 * Pure: the analysis in, a new one out.
 */
export function withoutDismissed(analysis: CoachAnalysis, dismissed: ReadonlySet<VerdictKind>): CoachAnalysis {
  if (dismissed.size === 0) return analysis;
  const ping = analysis.ping && !dismissed.has('ping');
  const urgency = dismissed.has('urgency') ? 'normal' : analysis.urgency;
  const sensitive = !!analysis.sensitive && !dismissed.has('sensitive');
  return {
    ...analysis,
    ping,
    urgency,
    sensitive,
    mode: urgency === 'high' || urgency === 'critical' || sensitive ? 'sync' : 'async',
    reasons: analysis.reasons.filter((r) => ![...dismissed].some((kind) => REASON_OF[kind].test(r))),
    evidence: analysis.evidence?.filter((e) => !dismissed.has(e.about)),
  };
}
