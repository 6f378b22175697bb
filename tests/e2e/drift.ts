import type { ExtensionSession } from './harness';

/*
 * Drift variants of the host fixtures: the same page after the host renamed its hooks, as a
 * redesign does. A rename applies to the page and to the host's own script alike (the host's
 * code ships with its markup, so the page itself keeps working); only Focusgate's selectors
 * go stale. Each variant names what it models: the primary hooks gone (the fallbacks must
 * carry the feature), the send control unrecognisable, or every hook gone.
 */

export type Rename = readonly [from: string, to: string];

export interface Drift {
  name: string;
  renames: readonly Rename[];
}

const apply = (text: string, renames: readonly Rename[]) => renames.reduce((t, [from, to]) => t.split(from).join(to), text);

/**
 * Serves `page` (a fixture) at `url` with `renames` applied, and its host script (`script`,
 * referenced from the page by its fixture path; none when inline) renamed the same way under a
 * variant path.
 */
export async function serveDrift(s: ExtensionSession, url: string, page: string, script: { path: string; fixture: string } | null, drift: Drift): Promise<void> {
  let html = apply(s.fixture(page), drift.renames);
  if (script) {
    const variantPath = script.path.replace(/\.js$/, `-${drift.name}.js`);
    await s.serve(`${new URL(url).origin}${variantPath}`, apply(s.fixture(script.fixture), drift.renames), 'text/javascript; charset=utf-8');
    html = html.split(script.path).join(variantPath);
  }
  await s.serve(url, html);
}

/** Slack (docs/hosts.md): the message_input and send-button hooks; Quill's own editor class. */
const SLACK_SEND_HOOKS: Rename[] = [
  ['texty_send_button', 'composer_send_action'],
  ['c-wysiwyg_container__button--send', 'c-wysiwyg_container__send_action'],
];
export const SLACK_DRIFT = {
  /** data-qa hooks renamed: the editor by its workspace/thread box, the button by its class. */
  fallbacks: { name: 'fallbacks', renames: [['"message_input"', '"composer_input"'], ['data-qa="texty_send_button"', 'data-qa="composer_send_action"']] },
  /** The send button no longer recognisable (Enter still sends in Slack itself). */
  noSend: { name: 'no-send', renames: SLACK_SEND_HOOKS },
  /** Every hook gone: the editor class, the message_input box and the send button. */
  gone: { name: 'gone', renames: [['ql-editor', 'texty-editor'], ['"message_input"', '"composer_input"'], ...SLACK_SEND_HOOKS] },
} satisfies Record<string, Drift>;

/** Google Calendar's full event editor (docs/hosts.md): its body marks and field ids; its script is inline. */
export const CALENDAR_DRIFT = {
  /** The body's view-family mark and the title's id renamed: the view key and the title's label carry the editor. */
  fallbacks: { name: 'fallbacks', renames: [['data-viewfamily=', 'data-view-family='], ['xTiIn', 'xTitleInput']] },
  /** Neither body mark left: the editor is not recognised at all on its own address. */
  gone: { name: 'gone', renames: [['EVENT_EDIT', 'EDIT_EVENT'], ['EVENTEDIT', 'EDITEVENT']] },
} satisfies Record<string, Drift>;
