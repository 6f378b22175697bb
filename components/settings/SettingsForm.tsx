import { useEffect, useRef, useState, type FormEvent } from 'react';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/platform/settings/schema';
import { SITES, SITE_LABELS } from '../../utils/platform/sites';
import { Field } from './Field';
import { GATE_MODES, WORKING_HOURS_EFFECT } from './words';
import { countOf } from '../../utils/platform/plural';
import { linesToList, validateSettings, type FieldErrors } from './validate';
import './options.css';

const WEEK = [
  [1, 'Mon'],
  [2, 'Tue'],
  [3, 'Wed'],
  [4, 'Thu'],
  [5, 'Fri'],
  [6, 'Sat'],
  [0, 'Sun'],
] as const;

/** What the form edits: lists as text (one per line) and numbers as typed, until validated. */
interface Draft {
  settings: Settings;
  vipText: string;
  keywordText: string;
}

const toDraft = (s: Settings): Draft => ({ settings: s, vipText: s.breakthrough.vipSenders.join('\n'), keywordText: s.breakthrough.keywords.join('\n') });

function fromDraft(d: Draft): unknown {
  return {
    ...d.settings,
    breakthrough: { ...d.settings.breakthrough, vipSenders: linesToList(d.vipText), keywords: linesToList(d.keywordText) },
  };
}

/** A number input's value: NaN when empty, so validation reports it instead of saving 0. */
const num = (v: string) => (v.trim() === '' ? Number.NaN : Number(v));

interface Props {
  value: Settings;
  onSave: (next: Settings) => Promise<void>;
}

/** A time to add that is not one of `times` yet: 12:00, else the next free hour. */
function freeTime(times: readonly string[]): string {
  for (let h = 12; h < 36; h++) {
    const t = `${String(h % 24).padStart(2, '0')}:00`;
    if (!times.includes(t)) return t;
  }
  return '12:00';
}

/** The same settings, however the lists were typed: whether the form has unsaved changes. */
const sameSettings = (a: Draft, b: Draft) => JSON.stringify(fromDraft(a)) === JSON.stringify(fromDraft(b));

/** The control a field error belongs to ("digestTimes" → its first time; "breakthrough.vipSenders.3" → the list). */
function controlFor(form: HTMLFormElement, path: string): HTMLElement | null {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const el = form.ownerDocument.getElementById(parts.slice(0, n).join('.'));
    if (el && form.contains(el)) return el;
  }
  return form.querySelector<HTMLElement>(`[id^="${parts[0]}."]`);
}

/**
 * Every setting, validated with the settings schema before anything is saved. A failed save
 * puts focus on the first field that needs attention (or on the message saying why); leaving
 * the page with unsaved changes asks first; "Restore defaults" only fills the form, says that
 * it still needs Save, and can be undone.
 */
export function SettingsForm({ value, onSave }: Props) {
  const [saved, setSaved] = useState<Draft>(() => toDraft(value));
  const [draft, setDraft] = useState<Draft>(saved);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [tried, setTried] = useState(false);
  const [status, setStatus] = useState('');
  const [beforeDefaults, setBeforeDefaults] = useState<Draft | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const s = draft.settings;
  const dirty = !sameSettings(draft, saved);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const update = (next: Draft) => {
    setDraft(next);
    setStatus('');
    setBeforeDefaults(null);
    if (tried) {
      const r = validateSettings(fromDraft(next));
      setErrors(r.ok ? {} : r.errors);
    }
  };

  const restoreDefaults = () => {
    const before = draft;
    update(toDraft(DEFAULT_SETTINGS as Settings));
    setBeforeDefaults(before);
    setStatus('Defaults are in the form, not saved yet: Save to keep them.');
  };

  const undoDefaults = () => {
    if (!beforeDefaults) return;
    update(beforeDefaults);
    setStatus('Your values are back in the form.');
  };
  const set = (patch: Partial<Settings>) => update({ ...draft, settings: { ...s, ...patch } });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    const r = validateSettings(fromDraft(draft));
    setBeforeDefaults(null);
    if (!r.ok) {
      setErrors(r.errors);
      const n = Object.keys(r.errors).length;
      setStatus(`Not saved: ${countOf(n, 'field needs', 'fields need')} attention.`);
      const first = Object.keys(r.errors)[0];
      // After React has drawn the messages: focus lands on the field, its message read with it.
      requestAnimationFrame(() => (first && form.current ? controlFor(form.current, first) : statusRef.current)?.focus());
      return;
    }
    setErrors({});
    try {
      await onSave(r.value);
      const next = toDraft(r.value);
      setSaved(next);
      setDraft(next);
      setStatus('Saved.');
    } catch (err) {
      setStatus(`Not saved: ${err instanceof Error ? err.message : String(err)}`);
      statusRef.current?.focus();
    }
  };

  const err = (path: string) => errors[path];
  const digestError = Object.entries(errors).find(([k]) => k.startsWith('digestTimes'))?.[1];

  return (
    <form ref={form} className="fg-opt" onSubmit={submit} noValidate data-testid="settings-form">
      <h1>Focusgate settings</h1>

      <fieldset>
        <legend>Compose coach</legend>
        <p className="fg-opt-hint">Ask "async or sync?" while you write, per site.</p>
        {SITES.map((site) => (
          <label key={site} className="fg-opt-check">
            <input
              type="checkbox"
              data-testid={`coach-${site}`}
              checked={s.coach[site]}
              onChange={(e) => set({ coach: { ...s.coach, [site]: e.target.checked } })}
            />
            {SITE_LABELS[site]}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Send gate</legend>
        {GATE_MODES.map((m) => (
          <label key={m.value} className="fg-opt-check">
            <input type="radio" name="gateMode" value={m.value} checked={s.gateMode === m.value} onChange={() => set({ gateMode: m.value })} />
            <span>
              {m.label} <span className="fg-opt-hint">— {m.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Working hours</legend>
        <p className="fg-opt-hint">{WORKING_HOURS_EFFECT}</p>
        <div className="fg-opt-row">
          <Field id="workingHours.start" label="Start" error={err('workingHours.start')}>
            {(a) => <input {...a} type="time" value={s.workingHours.start} onChange={(e) => set({ workingHours: { ...s.workingHours, start: e.target.value } })} />}
          </Field>
          <Field id="workingHours.end" label="End" error={err('workingHours.end')}>
            {(a) => <input {...a} type="time" value={s.workingHours.end} onChange={(e) => set({ workingHours: { ...s.workingHours, end: e.target.value } })} />}
          </Field>
        </div>
        <div className="fg-opt-days" role="group" aria-label="Working days">
          {WEEK.map(([d, name]) => (
            <label key={d} className="fg-opt-check">
              <input
                type="checkbox"
                checked={s.workingHours.days.includes(d)}
                onChange={(e) =>
                  set({
                    workingHours: {
                      ...s.workingHours,
                      days: e.target.checked ? [...s.workingHours.days, d].sort() : s.workingHours.days.filter((x) => x !== d),
                    },
                  })
                }
              />
              {name}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>Summary times</legend>
        <p className="fg-opt-hint">Besides the end of each focus block, deliver held notifications at these times (up to 6).</p>
        {s.digestTimes.map((t, i) => (
          <div key={i} className="fg-opt-row">
            <Field id={`digestTimes.${i}`} label={`Time ${i + 1}`} error={err(`digestTimes.${i}`)}>
              {(a) => (
                <input {...a} type="time" value={t} onChange={(e) => set({ digestTimes: s.digestTimes.map((x, j) => (j === i ? e.target.value : x)) })} />
              )}
            </Field>
            <button type="button" className="fg-opt-link" onClick={() => set({ digestTimes: s.digestTimes.filter((_, j) => j !== i) })}>
              Remove
            </button>
          </div>
        ))}
        {s.digestTimes.length === 0 && <p className="fg-opt-hint">No summary times: held notifications arrive when a block ends.</p>}
        <button type="button" className="fg-opt-button" disabled={s.digestTimes.length >= 6} onClick={() => set({ digestTimes: [...s.digestTimes, freeTime(s.digestTimes)] })} data-testid="add-digest-time">
          Add a time
        </button>
        {err('digestTimes') && <p className="fg-opt-error">{err('digestTimes')}</p>}
        {!err('digestTimes') && digestError && <p className="fg-opt-error">{digestError}</p>}
      </fieldset>

      <fieldset>
        <legend>Let through during focus</legend>
        <Field id="breakthrough.vipSenders" label="VIP senders" hint="One name per line, as it appears in the notification." error={err('breakthrough.vipSenders') ?? Object.entries(errors).find(([k]) => k.startsWith('breakthrough.vipSenders.'))?.[1]}>
          {(a) => <textarea {...a} rows={3} value={draft.vipText} onChange={(e) => update({ ...draft, vipText: e.target.value })} />}
        </Field>
        <Field id="breakthrough.keywords" label="Keywords" hint="One per line; a notification containing one is shown at once." error={err('breakthrough.keywords') ?? Object.entries(errors).find(([k]) => k.startsWith('breakthrough.keywords.'))?.[1]}>
          {(a) => <textarea {...a} rows={4} value={draft.keywordText} onChange={(e) => update({ ...draft, keywordText: e.target.value })} />}
        </Field>
        <div className="fg-opt-row">
          <Field id="breakthrough.repeatCount" label="Repeated by the same sender (times)" hint="2 to 20" error={err('breakthrough.repeatCount')}>
            {(a) => (
              <input {...a} type="number" min={2} max={20} value={Number.isNaN(s.breakthrough.repeatCount) ? '' : s.breakthrough.repeatCount} onChange={(e) => set({ breakthrough: { ...s.breakthrough, repeatCount: num(e.target.value) } })} />
            )}
          </Field>
          <Field id="breakthrough.repeatWindowMinutes" label="within (minutes)" hint="1 to 120" error={err('breakthrough.repeatWindowMinutes')}>
            {(a) => (
              <input
                {...a}
                type="number"
                min={1}
                max={120}
                value={Number.isNaN(s.breakthrough.repeatWindowMinutes) ? '' : s.breakthrough.repeatWindowMinutes}
                onChange={(e) => set({ breakthrough: { ...s.breakthrough, repeatWindowMinutes: num(e.target.value) } })}
              />
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset>
        <legend>Focus blocks</legend>
        <label className="fg-opt-check">
          <input type="checkbox" data-testid="focus-notifications" checked={s.focusNotifications} onChange={(e) => set({ focusNotifications: e.target.checked })} />
          Show a browser notification when a block starts and ends
        </label>
      </fieldset>

      <fieldset>
        <legend>Your data</legend>
        <Field id="retentionDays" label="Keep detailed events for (days)" hint="7 to 3650. Daily totals are kept for your stats." error={err('retentionDays')}>
          {(a) => <input {...a} type="number" min={7} max={3650} value={Number.isNaN(s.retentionDays) ? '' : s.retentionDays} onChange={(e) => set({ retentionDays: num(e.target.value) })} />}
        </Field>
      </fieldset>

      <div className="fg-opt-actions">
        <button type="submit" className="fg-opt-button fg-opt-primary" data-testid="settings-save">
          Save
        </button>
        <button type="button" className="fg-opt-button" onClick={restoreDefaults} aria-describedby="fg-opt-defaults-hint" data-testid="settings-defaults">
          Restore defaults
        </button>
        <span id="fg-opt-defaults-hint" className="fg-opt-hint">
          Fills the form with the defaults; nothing changes until you Save.
        </span>
        <p ref={statusRef} tabIndex={-1} role="status" className="fg-opt-status" data-testid="settings-status">
          {status || (dirty ? 'Unsaved changes.' : '')}
          {beforeDefaults && (
            <button type="button" className="fg-opt-link" onClick={undoDefaults} data-testid="settings-undo-defaults">
              Undo
            </button>
          )}
        </p>
      </div>
    </form>
  );
}
