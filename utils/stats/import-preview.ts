import type { Settings } from '../platform/settings/schema';
import { SITE_LABELS, SITES } from '../platform/sites';
import { isFinishedBlock, isLiveSchedule, type ExportFile } from './export-file';

/*
 * What an import would change, for the page to show before anything is written: how many rows
 * the file holds, how many blocks or schedules lie ahead (they come in only if the user says so),
 * and each setting the file would change. Pure: file and current settings in, text out.
 */

export interface ImportPreview {
  events: number;
  blocks: number;
  schedules: number;
  days: number;
  /** Running or upcoming blocks and live repeating schedules: brought in only when confirmed. */
  upcoming: number;
  /** One line per setting the file would change, "Label: now → in the file". */
  settingsChanges: string[];
}

const GATE_LABELS: Record<Settings['gateMode'], string> = { off: 'never', 'ping-only': 'bare pings', 'always-ask': 'every message' };
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const SHOWN_NAMES = 5;

const onOff = (b: boolean) => (b ? 'on' : 'off');
const none = (list: readonly string[]) => (list.length ? list.join(', ') : 'none');

function names(list: readonly string[]): string {
  const shown = list.slice(0, SHOWN_NAMES).map((n) => `"${n}"`).join(', ');
  return list.length > SHOWN_NAMES ? `${shown} and ${list.length - SHOWN_NAMES} more` : shown;
}

/** "adds "Ann", "Bo"; removes "Cy"" — the difference between two lists, by exact entry. */
function listChange(before: readonly string[], after: readonly string[]): string {
  const added = after.filter((x) => !before.includes(x));
  const removed = before.filter((x) => !after.includes(x));
  return [added.length ? `adds ${names(added)}` : '', removed.length ? `removes ${names(removed)}` : ''].filter(Boolean).join('; ') || 'same entries, new order';
}

function hours(w: Settings['workingHours']): string {
  return `${w.start}–${w.end} on ${w.days.length ? w.days.map((d) => WEEKDAYS[d]).join(' ') : 'no days'}`;
}

/** Each setting `next` would change, as "Label: current → next". Empty when they are the same. */
export function settingsChanges(current: Settings, next: Settings): string[] {
  const out: string[] = [];
  const line = (label: string, a: string, b: string) => a !== b && out.push(`${label}: ${a} → ${b}`);
  for (const site of SITES) line(`Coach on ${SITE_LABELS[site]}`, onOff(current.coach[site]), onOff(next.coach[site]));
  line('Hold the send of', GATE_LABELS[current.gateMode], GATE_LABELS[next.gateMode]);
  line('Working hours', hours(current.workingHours), hours(next.workingHours));
  line('Summary times', none(current.digestTimes), none(next.digestTimes));
  const [b, nb] = [current.breakthrough, next.breakthrough];
  if (b.vipSenders.join('\n') !== nb.vipSenders.join('\n')) out.push(`VIP senders: ${listChange(b.vipSenders, nb.vipSenders)}`);
  if (b.keywords.join('\n') !== nb.keywords.join('\n')) out.push(`Keywords: ${listChange(b.keywords, nb.keywords)}`);
  line('Shown when repeated', `${b.repeatCount} times in ${b.repeatWindowMinutes} min`, `${nb.repeatCount} times in ${nb.repeatWindowMinutes} min`);
  line('Focus notifications', onOff(current.focusNotifications), onOff(next.focusNotifications));
  line('Keep events for', `${current.retentionDays} days`, `${next.retentionDays} days${next.retentionDays < current.retentionDays ? ' (older events will be deleted)' : ''}`);
  return out;
}

export function previewImport(file: ExportFile, current: Settings): ImportPreview {
  return {
    events: file.events.length,
    blocks: file.blocks.length,
    schedules: file.schedules.length,
    days: file.rollups.length,
    upcoming: file.blocks.filter((b) => !isFinishedBlock(b)).length + file.schedules.filter(isLiveSchedule).length,
    settingsChanges: settingsChanges(current, file.settings),
  };
}
