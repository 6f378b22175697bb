import type { GateMode } from '../../utils/platform/settings/schema';

/*
 * The settings as every page names them (options page, popup, welcome page): one vocabulary.
 */

/** The send gate's modes. */
export const GATE_MODES: readonly { value: GateMode; label: string; hint: string }[] = [
  { value: 'off', label: 'Off', hint: 'Never hold a message back.' },
  { value: 'ping-only', label: 'Bare pings only', hint: 'Ask "async or sync?" when a message is just "hey" or "got a minute?".' },
  { value: 'always-ask', label: 'Always ask', hint: 'Ask before every message you send on a covered site.' },
];

/** What working hours change. */
export const WORKING_HOURS_EFFECT = 'The meeting coach points out an invite that starts outside these hours.';
