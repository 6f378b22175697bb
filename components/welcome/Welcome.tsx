import { DEFAULT_SETTINGS } from '../../utils/platform/settings/schema';
import './welcome.css';

const FEATURES = [
  {
    name: 'Compose coach',
    where: 'Slack and Gmail on the web',
    what: 'A one-line "async or sync?" note beside the message box. "Make it async" keeps your words and marks what is missing for you to fill in; a bare "got a sec?" is held until you say what you need, or send anyway.',
  },
  {
    name: 'Meeting coach',
    where: 'Google Calendar',
    what: 'When you create an invite: could this be async, is there an agenda, what it costs in person-hours, and whether it lands on your focus time.',
  },
  { name: 'Focus blocks', where: 'the toolbar button', what: 'Focus now, book a block for later, or repeat one on weekdays.' },
  {
    name: 'Held notifications',
    where: 'Slack, Gmail and Calendar tabs',
    what: 'During focus, their notifications wait and arrive as one summary when the block ends. Urgent ones (VIP senders, keywords, repeated pings) still come through.',
  },
  { name: 'Stats', where: 'the Stats page', what: 'What was held, focus planned and kept, pings turned into messages, meeting hours avoided.' },
];

const GATE_LABEL: Record<typeof DEFAULT_SETTINGS.gateMode, string> = {
  off: 'never hold a send',
  'ping-only': 'hold only bare pings and unfilled prompts',
  'always-ask': 'also ask before urgent or sensitive messages',
};

interface Props {
  onOpenSettings: () => void;
}

/** The page that opens once, on install: what Focusgate does, where, what it cannot do, and the settings that matter. */
export function Welcome({ onOpenSettings }: Props) {
  const d = DEFAULT_SETTINGS;
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
          <li>Notifications from sites other than Slack, Gmail and Calendar, and from the desktop apps.</li>
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
            <strong>Send gate</strong>: {GATE_LABEL[d.gateMode]} (default).
          </li>
          <li>
            <strong>Coach on</strong>: Slack, Gmail and Calendar (default: all three).
          </li>
          <li>
            <strong>Working hours</strong>: {d.workingHours.start}–{d.workingHours.end}, Monday to Friday (default). Reply-by dates skip the weekend.
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
