import { DEFAULT_SETTINGS } from '../../utils/platform/settings/schema';
import { SITES, SITE_LABELS, siteNames } from '../../utils/platform/sites';
import { GATE_MODES, WORKING_HOURS_EFFECT } from '../settings/words';
import { formatTime } from '../../utils/platform/datetime';
import './welcome.css';

/** Today at an "HH:MM" time of day, to write it the browser's way. */
const atClock = (hhmm: string) => new Date(new Date().setHours(Number(hhmm.slice(0, 2)), Number(hhmm.slice(3)), 0, 0));

const FEATURES = [
  {
    name: 'Compose coach',
    where: `${siteNames('compose', 'and')} on the web`,
    what: 'A one-line "async or sync?" note beside the message box. "Make it async" keeps your words and marks what is missing for you to fill in; a bare "got a sec?" is held until you say what you need, or send anyway.',
  },
  {
    name: 'Meeting coach',
    where: siteNames('meeting', 'and'),
    what: 'When you create an invite: could this be async, is there an agenda, what it costs in person-hours, and whether it lands on your focus time.',
  },
  { name: 'Focus blocks', where: 'the toolbar button', what: 'Focus now, book a block for later, or repeat one on weekdays.' },
  {
    name: 'Held notifications',
    where: `${siteNames('notify', 'and')} tabs`,
    what: 'During focus, their notifications wait and arrive as one summary when the block ends. Urgent ones (VIP senders, keywords, repeated pings) still come through.',
  },
  { name: 'Stats', where: 'the Stats page', what: 'What was held, focus planned and kept, pings turned into messages, meeting hours avoided.' },
];

interface Props {
  onOpenSettings: () => void;
}

/** The page that opens once, on install: what Focusgate does, where, what it cannot do, and the settings that matter. */
export function Welcome({ onOpenSettings }: Props) {
  const d = DEFAULT_SETTINGS;
  const gate = GATE_MODES.find((m) => m.value === d.gateMode)!;
  return (
    <main className="fg-welcome" data-testid="welcome">
      <h1>Welcome to Focusgate</h1>
      <p className="fg-lede">It puts the choice between a message and a meeting, a ping and a call, back in front of you, and protects time to focus.</p>

      <section aria-labelledby="fg-w-features">
        <h2 id="fg-w-features">What it does, and where</h2>
        <dl className="fg-features">
          {FEATURES.map((f) => (
            <div key={f.name}>
              <dt>
                {f.name} <span className="fg-where">· {f.where}</span>
              </dt>
              <dd>{f.what}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="fg-w-limits">
        <h2 id="fg-w-limits">What it cannot hold</h2>
        <ul>
          <li>Push notifications a site shows from its own service worker (for example with its tab closed): extensions cannot see them.</li>
          <li>Notifications from sites other than {siteNames('notify')}, and from the desktop apps.</li>
          <li>Slack's "Enter makes a new line" preference is not read: a plain Enter is treated as send.</li>
        </ul>
      </section>

      <section aria-labelledby="fg-w-privacy">
        <h2 id="fg-w-privacy">Privacy</h2>
        <p>
          Nothing leaves your machine: no server, no network requests. Drafts are read in memory and never stored; only counts and times are kept.
        </p>
      </section>

      <section aria-labelledby="fg-w-settings">
        <h2 id="fg-w-settings">Three settings that matter</h2>
        <ul data-testid="welcome-settings">
          <li>
            <strong>Send gate</strong>: {gate.label} (default). {gate.hint}
          </li>
          <li>
            <strong>Compose coach</strong>: on for {SITES.filter((site) => d.coach[site]).map((site) => SITE_LABELS[site]).join(', ')} (default); switch it off per site, or pause it for an hour from the popup.
          </li>
          <li>
            <strong>Working hours</strong>: {formatTime(atClock(d.workingHours.start))}–{formatTime(atClock(d.workingHours.end))}, Monday to Friday (default). {WORKING_HOURS_EFFECT}
          </li>
        </ul>
        <p className="fg-actions">
          <button type="button" className="fg-button" onClick={onOpenSettings}>
            Open settings
          </button>
          <a className="fg-button fg-primary" href="/playground.html" data-testid="welcome-playground">
            Try the coach in the playground
          </a>
        </p>
      </section>
    </main>
  );
}
